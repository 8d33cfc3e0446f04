// Hindrens isberg's island in happy-dom: rated by clicking, the headline and the real-reason
// question follow the answers, the store keeps them, and a case's example is what it shows.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { IcebergTool } from '../../src/tools/hindrens-isberg/IcebergTool';
import { loadExample } from '../../src/stores/example';
import { useIsland } from '../support/island';
import { icebergModel as model } from '../support/models';

const TOOL = 'hindrens-isberg';
const { store, radio, checked, headline } = useIsland(TOOL);

describe('IcebergTool', () => {
  it('asks every obstacle as a rating with its explanation, the number in a badge', () => {
    render(<IcebergTool model={model} />);
    expect(document.querySelectorAll('fieldset.question')).toHaveLength(20);
    const secrecy = screen.getByRole('group', { name: 'Sekretess' });
    expect(secrecy.getAttribute('aria-describedby')).toBe(`${TOOL}-sekretess-forklaring`);
    expect(secrecy.querySelector('.question__hint')?.textContent).toBe(model.zones[0]!.obstacles[1]!.explanation);
    expect([...secrecy.querySelectorAll('label')].map((l) => l.textContent?.trim())).toEqual([
      '0 Inte alls',
      '1 I liten grad',
      '2 I ganska hög grad',
      '3 I hög grad',
      'Vet inte',
    ]);
    expect(secrecy.querySelectorAll('.question__n')).toHaveLength(4);
    expect(headline()).toBe('Skatta hindren så visas här var i isberget tyngdpunkten ligger.');
  });

  it('weighs the zones as the reader clicks, saves every answer, and asks for the real reason', async () => {
    render(<IcebergTool model={model} />);
    fireEvent.click(radio('sekretess', '3'));
    fireEvent.click(radio('misstro-och-historia', '2'));
    fireEvent.click(radio('radsla', 'vet-inte'));
    expect(await screen.findByText('Tyngst väger hindren ovanför ytan.')).toBeTruthy();
    expect(store.$stored.get().answers).toEqual({ sekretess: '3', 'misstro-och-historia': '2', radsla: 'vet-inte' });
    // Formal obstacles are cited, and something further down is too: the question, the milder why.
    const reason = document.querySelector('.iceberg-reason')!;
    expect(reason.textContent).toContain(`Fråga er: ${model.realReason.question}`);
    expect(reason.textContent).toContain(model.realReason.explanation);
    expect(document.querySelector(`#${TOOL}-resultat`)?.textContent).toBe('Resultat');

    // Nothing further down cited any more: the sharper why. No formal obstacle cited: no question.
    fireEvent.click(radio('misstro-och-historia', '1'));
    await waitFor(() => expect(document.querySelector('.iceberg-reason')?.textContent).toContain(model.realReason.nothingDeeper));
    fireEvent.click(radio('sekretess', '1'));
    await waitFor(() => expect(document.querySelector('.iceberg-reason')).toBeNull());
  });

  it('shows a loaded case example, with its banner, and edits it in the example slot', async () => {
    store.setAnswer('sekretess', '0');
    loadExample({
      case: 'prov',
      title: 'Provprojektet',
      answers: { [TOOL]: { sekretess: '3', 'gemensam-budget': '2', 'kampen-om-resurser': '3' } },
    });
    render(<IcebergTool model={model} />);
    await act(() => Promise.resolve());
    expect(screen.getByText('Exempel: Provprojektet')).toBeTruthy();
    expect([checked('sekretess'), checked('gemensam-budget'), checked('kampen-om-resurser')]).toEqual(['3', '2', '3']);
    expect(headline()).toBe('Tyngst väger hindren under ytan.');
    fireEvent.click(radio('radsla', '1'));
    expect(store.$stored.get().answers).toEqual({ sekretess: '0' });
  });
});
