// Tid och fördelning in happy-dom: the horizon and the amounts give the headline and are stored by
// id; fast typing loses no digits; a case's example shows with its banner, and amounts typed into
// it stay in the example slot – as fast, and as whole, as in the reader's own answers.
import { getStored, setStored } from '../support/stored';
import { act, fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { formatAmount } from '../../src/lib/amounts';
import { $example, loadExample } from '../../src/stores/example';
import { PaybackTool } from '../../src/tools/tid-och-fordelning/PaybackTool';
import { exampleAnswers } from '../../src/tools/tid-och-fordelning/score';
import { useIsland } from '../support/island';
import { paybackModel as model } from '../support/models';

const KEY = 'samverkan:tid-och-fordelning';
const { store, headline } = useIsland('tid-och-fordelning');
const nb = (s: string) => s.replace(/(\d) (\d{3})/g, '$1\u00a0$2');
const field = (key: string) => document.getElementById(`tid-och-fordelning-${key}`) as HTMLInputElement;
const type = (key: string, text: string) => fireEvent.input(field(key), { target: { value: text } });
const stored = () => store.$stored.get().answers;
const settle = () => act(() => new Promise((r) => setTimeout(r, 0)));

describe('PaybackTool', () => {
  it('works out payback from the horizon and the amounts, and stores them by id', async () => {
    render(<PaybackTool model={model} />);
    await settle();
    expect(headline()).toMatch(/^Fyll i kostnader/);
    fireEvent.click(screen.getByRole('radio', { name: '3 år' }));
    await settle();
    type('kommunen-kostnad-1', '1 000');
    type('kommunen-kostnad-2', '500');
    type('kommunen-vinst-2', '800');
    type('kommunen-vinst-3', '1200');
    type('arbetsformedlingen-kostnad-2', '400');
    await settle();
    expect(headline()).toBe('Samverkan har tjänat in sina kostnader år 3. Efter 3 år blir det ett överskott på 100 tkr.');
    expect(document.querySelector('.payback-warning')!.textContent).toContain('Svarte Petter');
    expect(stored()).toEqual({
      ar: '3',
      'kommunen-kostnad-1': '1000',
      'kommunen-kostnad-2': '500',
      'kommunen-vinst-2': '800',
      'kommunen-vinst-3': '1200',
      'arbetsformedlingen-kostnad-2': '400',
    });
    // Three years shown: no field for year 4.
    expect(field('kommunen-kostnad-4')).toBeNull();
  });

  it('loses no digit when the reader types faster than the island renders', async () => {
    render(<PaybackTool model={model} />);
    await settle();
    for (const text of ['1', '15', '150', '1500']) type('regionen-vinst-1', text);
    await settle();
    expect(field('regionen-vinst-1').value).toBe('1500');
    expect(stored()['regionen-vinst-1']).toBe('1500');
  });

  it('shows a case’s example with its banner; amounts typed into it stay in the example', async () => {
    const own = JSON.stringify({ v: 1, answers: { 'kommunen-kostnad-1': '7' }, savedAt: '2026-11-25T10:00:00.000Z' });
    setStored(KEY, own);
    loadExample({ case: 'prov', title: 'Provprojektet', answers: { 'tid-och-fordelning': exampleAnswers(model) } });
    render(<PaybackTool model={model} />);
    await settle();
    expect(screen.getByText('Exempel: Provprojektet')).toBeTruthy();
    expect(headline()).toBe(nb('Samverkan har tjänat in sina kostnader år 4. Efter 5 år blir det ett överskott på 2 350 tkr.'));
    expect(field('kommunen-kostnad-1').value).toBe(formatAmount(Number(exampleAnswers(model)['kommunen-kostnad-1'])));

    for (const text of ['9', '90', '900']) type('individen-vinst-5', text);
    await settle();
    expect(field('individen-vinst-5').value).toBe('900');
    expect($example.get()?.answers['tid-och-fordelning']?.['individen-vinst-5']).toBe('900');
    type('individen-vinst-5', '');
    await settle();
    expect($example.get()?.answers['tid-och-fordelning']).not.toHaveProperty('individen-vinst-5');
    expect(getStored(KEY)).toBe(own);

    // "Återställ exemplet" brings the case's amounts back, and the fields show them.
    fireEvent.click(screen.getByRole('button', { name: 'Återställ exemplet' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, återställ exemplet' }));
    await settle();
    expect(field('individen-vinst-5').value).toBe(formatAmount(Number(exampleAnswers(model)['individen-vinst-5'])));

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Tillbaka till mina egna svar' }));
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(field('kommunen-kostnad-1').value).toBe('7');
  });
});
