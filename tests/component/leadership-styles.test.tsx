// Två ledarstilar's island in happy-dom: placed by clicking, each factor shown with its two poles,
// the headline follows the answers, the store keeps them, and a case's example is what it shows.
import { act, fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { LeadershipStylesTool } from '../../src/tools/ledarstilar/LeadershipStylesTool';
import { loadExample } from '../../src/stores/example';
import { useIsland } from '../support/island';
import { leadershipStylesModel as model } from '../support/models';

const TOOL = 'ledarstilar';
const { store, radio, checked, headline } = useIsland(TOOL);

describe('LeadershipStylesTool', () => {
  it('asks each factor on a line of five steps, with both poles read out with the question', () => {
    render(<LeadershipStylesTool model={model} />);
    expect(document.querySelectorAll('fieldset.question')).toHaveLength(6);
    const control = screen.getByRole('group', { name: 'Kontroll' });
    const poles = document.getElementById(control.getAttribute('aria-describedby')!)!;
    expect([...poles.querySelectorAll('dt')].map((d) => d.textContent)).toEqual([
      'Gränsbevarande ledarskap',
      'Gränsöverskridande ledarskap',
    ]);
    expect(poles.textContent).toContain('kaos ska undvikas');
    expect([...control.querySelectorAll('label')].map((l) => l.textContent?.trim())).toEqual([
      '1 Helt gränsbevarande',
      '2 Mest gränsbevarande',
      '3 Lika mycket av båda',
      '4 Mest gränsöverskridande',
      '5 Helt gränsöverskridande',
      'Vet inte',
    ]);
    expect(headline()).toMatch(/^Placera ert ledarskap/);
  });

  it('draws the profile as the reader clicks and saves every answer', async () => {
    render(<LeadershipStylesTool model={model} />);
    fireEvent.click(radio('kommunikation', '5'));
    fireEvent.click(radio('kontroll', '1'));
    fireEvent.click(radio('roll', 'vet-inte'));
    expect(await screen.findByText('Ert ledarskap i samverkan blandar de två stilarna.')).toBeTruthy();
    expect(store.$stored.get().answers).toEqual({ kommunikation: '5', kontroll: '1', roll: 'vet-inte' });
    // The advice for the factor that leans boundary-preserving, under its name.
    const advice = [...document.querySelectorAll('.tool__result .callout')].map((c) => c.textContent);
    expect(advice).toEqual([`Kontroll${model.factors.find((f) => f.id === 'kontroll')!.advice}`]);
  });

  it('shows a loaded case example, with its banner, and edits it in the example slot', async () => {
    store.setAnswer('kommunikation', '5');
    loadExample({ case: 'prov', title: 'Provprojektet', answers: { [TOOL]: { kommunikation: '2', styrning: '1' } } });
    render(<LeadershipStylesTool model={model} />);
    await act(() => Promise.resolve());
    expect(screen.getByText('Exempel: Provprojektet')).toBeTruthy();
    expect([checked('kommunikation'), checked('styrning')]).toEqual(['2', '1']);
    expect(headline()).toBe('Ert ledarskap i samverkan är övervägande gränsbevarande.');
    fireEvent.click(radio('roll', '4'));
    expect(store.$stored.get().answers).toEqual({ kommunikation: '5' });
  });
});
