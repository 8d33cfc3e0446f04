// Vad är framgång? in happy-dom: answered by clicking, the headline follows and the store keeps
// every answer; a case's example is shown with its banner.
import { act, fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { SuccessTool } from '../../src/tools/framgang/SuccessTool';
import { loadExample } from '../../src/stores/example';
import { useIsland } from '../support/island';
import { successModel } from '../support/models';

const { store, radio, checked, headline } = useIsland('framgang');
const click = (item: string, option: string) => fireEvent.click(radio(item, option));
const result = () => document.getElementById('framgang-resultat')!.closest('section')!;

describe('SuccessTool', () => {
  it('shows every question as a radio group, and the result follows the answers', async () => {
    render(<SuccessTool model={successModel} />);
    // three levels, step movement, three measures, kept apart, four asked pitfalls, three evaluation questions
    expect(document.querySelectorAll('fieldset.question')).toHaveLength(15);
    expect(headline()).toMatch(/^Svara på frågorna så visas här/);
    click('konkret', 'huvudmal');
    click('system', 'andra-hand');
    click('fordelning', 'nej');
    click('bara-kvantitet', 'delvis');
    expect(
      await screen.findByText(
        'Ni siktar på nivå 1 (det konkreta arbetet) och nivå 3 (minskad hjälplöshet och förändrade system). En av de fem fallgroparna är en risk för er, och en undviker ni bara delvis.',
      ),
    ).toBeTruthy();
    expect(store.$stored.get().answers).toEqual({
      konkret: 'huvudmal',
      system: 'andra-hand',
      fordelning: 'nej',
      'bara-kvantitet': 'delvis',
    });
    expect(checked('system')).toBe('andra-hand');
    const section = result();
    expect(section.textContent).toContain('Fallgrop 5: Bara det som går att räkna');
    expect(section.textContent).toContain('missa båda slagen av kvalitativ förändring');
  });

  it('shows a case’s example, with its banner, instead of the reader’s own answers', async () => {
    loadExample({ case: 'prov', title: 'Provprojektet', answers: { framgang: { metoder: 'huvudmal', 'matt-mjuka': 'ja' } } });
    render(<SuccessTool model={successModel} />);
    await act(() => Promise.resolve());
    expect(screen.getByText('Exempel: Provprojektet')).toBeTruthy();
    expect(checked('metoder')).toBe('huvudmal');
    expect(headline()).toBe('Ni siktar på nivå 2 (att metoderna lever vidare).');
    expect(store.$stored.get().answers).toEqual({});
  });
});
