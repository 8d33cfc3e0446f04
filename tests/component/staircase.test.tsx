// Samverkanstrappan in happy-dom: answered by clicking, the headline follows and the store keeps
// every answer; every question has an option per step; the requirements common to every step are
// asked and what is missing is said; a case's example is shown with its banner.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { StaircaseTool } from '../../src/tools/samverkanstrappan/StaircaseTool';
import { loadExample } from '../../src/stores/example';
import { useIsland } from '../support/island';
import { staircaseModel } from '../support/models';

const { store, radio, checked, headline } = useIsland('samverkanstrappan');
const click = (item: string, option: string) => fireEvent.click(radio(item, option));
const result = () => document.getElementById('samverkanstrappan-resultat')!.closest('section')!;

describe('StaircaseTool', () => {
  it('recommends a step as the reader clicks, says what is missing, and saves every answer', async () => {
    render(<StaircaseTool model={staircaseModel} />);
    // four graded questions, the form, three requirements, three key questions
    expect(document.querySelectorAll('fieldset.question')).toHaveLength(11);
    for (const f of ['malgrupp', 'insatskedja', 'resurser', 'ambition']) {
      // one option per step, and "vet inte"
      expect(document.querySelectorAll(`input[name="samverkanstrappan-${f}"]`)).toHaveLength(6);
    }
    const team = document.querySelector('input[name="samverkanstrappan-form"][value="multikompetenta-team"]')!.closest('label')!;
    expect(team.querySelector('.question__detail')?.textContent).toMatch(/långsiktighet/);

    click('malgrupp', 'hanger-ihop');
    click('insatskedja', 'glapp');
    click('form', 'arbetsgrupper-deltid');
    click('uppdrag', 'nej');
    expect(
      await screen.findByText(
        'Behovet pekar mot steg 3, Arbetsgrupper på deltid. Er form passar behovet. Ett tydligt uppdrag saknas – och det behövs vilket steg ni än väljer.',
      ),
    ).toBeTruthy();
    expect(store.$stored.get().answers).toEqual({
      malgrupp: 'hanger-ihop',
      insatskedja: 'glapp',
      form: 'arbetsgrupper-deltid',
      uppdrag: 'nej',
    });
    const section = result();
    expect(section.textContent).toContain('Det här saknas, vilket steg ni än väljer: ett tydligt uppdrag.');
    expect(section.querySelector('svg[role="img"]')?.getAttribute('aria-label')).toContain('Förslaget: steg 3, Arbetsgrupper på deltid.');
    expect([...section.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toContain(
      '/handboken/fran-prat-till-verkstad/#det-som-alla-steg-kräver',
    );

    click('uppdrag', 'ja');
    await waitFor(() => expect(headline()).toBe('Behovet pekar mot steg 3, Arbetsgrupper på deltid. Er form passar behovet.'));
  });

  it('shows a case’s example, with its banner, instead of the reader’s own answers', async () => {
    loadExample({
      case: 'prov',
      title: 'Provprojektet',
      answers: { samverkanstrappan: { malgrupp: 'skora', insatskedja: 'saknas', form: 'permanenta-natverk' } },
    });
    render(<StaircaseTool model={staircaseModel} />);
    await act(() => Promise.resolve());
    expect(screen.getByText('Exempel: Provprojektet')).toBeTruthy();
    expect(checked('form')).toBe('permanenta-natverk');
    expect(headline()).toBe('Behovet pekar mot steg 5, Multikompetenta team. Er form är underdimensionerad.');
    expect(store.$stored.get().answers).toEqual({});
  });
});
