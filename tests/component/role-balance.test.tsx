// Styra – stödja – lära's island in happy-dom: rated by clicking, the headline and the mistakes
// follow the answers, the store keeps them, and a case's example is what it shows.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { RoleBalanceTool } from '../../src/tools/styra-stodja-lara/RoleBalanceTool';
import { loadExample } from '../../src/stores/example';
import { useIsland } from '../support/island';
import { roleBalanceModel as model } from '../support/models';

const TOOL = 'styra-stodja-lara';
const BELIEF = model.instruments.id;
const { store, radio, checked, headline } = useIsland(TOOL);
const roles = (side: number) => model.sides[side]!.roles.map((r) => r.id);

describe('RoleBalanceTool', () => {
  it('asks the twelve roles as ratings and the instruments question as ja / delvis / nej / vet inte', () => {
    render(<RoleBalanceTool model={model} />);
    expect(document.querySelectorAll('fieldset.question')).toHaveLength(13);
    const guide = screen.getByRole('group', { name: 'Vägvisare' });
    expect(guide.querySelector('.question__hint')?.textContent).toBe(model.sides[0]!.roles[0]!.explanation);
    expect(guide.querySelectorAll('.question__n')).toHaveLength(4);
    const belief = screen.getByRole('group', { name: model.instruments.question });
    expect([...belief.querySelectorAll('label')].map((l) => l.textContent?.trim())).toEqual(['Ja', 'Delvis', 'Nej', 'Vet inte']);
    expect(screen.getByRole('heading', { name: 'Styrmedel' })).toBeTruthy();
    expect(headline()).toMatch(/^Skatta rollerna/);
  });

  it('weighs the sides as the reader clicks and saves every answer', async () => {
    render(<RoleBalanceTool model={model} />);
    for (const id of roles(0)) fireEvent.click(radio(id, '3'));
    fireEvent.click(radio('trouble-shooter', '0'));
    fireEvent.click(radio(BELIEF, 'delvis'));
    expect(await screen.findByText('Tyngdpunkten ligger på att styra; svagast är att stödja.')).toBeTruthy();
    expect(store.$stored.get().answers).toEqual({
      vagvisare: '3',
      beslutsfattare: '3',
      'mandat-och-resursgivare': '3',
      'trouble-shooter': '0',
      [BELIEF]: 'delvis',
    });
    const mistakes = [...document.querySelectorAll('.callouts--marked .callout__title')].map((t) => t.textContent);
    expect(mistakes).toEqual([model.mistakes.steeringWithoutSupport.title, model.mistakes.noInstruments.title]);
  });

  it('says plainly when the group does little of all three sides', async () => {
    render(<RoleBalanceTool model={model} />);
    for (const id of [...roles(0), ...roles(1), ...roles(2)]) fireEvent.click(radio(id, '1'));
    await waitFor(() =>
      expect(headline()).toBe('Ledningsgruppen gör lite av alla tre sidorna: den styr, stöder och lär i liten grad eller inte alls.'),
    );
  });

  it('shows a loaded case example, with its banner, and edits it in the example slot', async () => {
    store.setAnswer('vagvisare', '0');
    loadExample({ case: 'prov', title: 'Provprojektet', answers: { [TOOL]: { vagvisare: '3', legitimerare: '1', [BELIEF]: 'ja' } } });
    render(<RoleBalanceTool model={model} />);
    await act(() => Promise.resolve());
    expect(screen.getByText('Exempel: Provprojektet')).toBeTruthy();
    expect([checked('vagvisare'), checked('legitimerare'), checked(BELIEF)]).toEqual(['3', '1', 'ja']);
    expect(headline()).toBe('Tyngdpunkten ligger på att styra; svagast är att stödja.');
    fireEvent.click(radio('utvecklare', '2'));
    expect(store.$stored.get().answers).toEqual({ vagvisare: '0' });
  });
});
