// The islands' behaviour in happy-dom: real radio groups, the result in words, reset only after
// confirmation, and the storage notice – without a browser.
import { cleanStores } from 'nanostores';
import { cleanTestStorage, useTestStorageEngine } from '@nanostores/persistent';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AgreementQuestion } from '../../src/ui/tool/AgreementQuestion';
import { StorageNotice } from '../../src/ui/tool/StorageNotice';
import { ToolActions } from '../../src/ui/tool/ToolActions';

beforeAll(() => useTestStorageEngine());
afterEach(() => {
  cleanup();
  cleanTestStorage();
});

describe('AgreementQuestion', () => {
  it('is a fieldset with the question as legend and four labelled radios', () => {
    const onChange = vi.fn();
    render(<AgreementQuestion name="q1" question="Träffas ni varje månad?" value={undefined} onChange={onChange} />);
    const group = screen.getByRole('group', { name: 'Träffas ni varje månad?' });
    const radios = screen.getAllByRole('radio');
    expect(group.tagName).toBe('FIELDSET');
    expect(radios.map((r) => (r as HTMLInputElement).labels?.[0]?.textContent)).toEqual(['Ja', 'Delvis', 'Nej', 'Vet inte']);
    fireEvent.click(screen.getByLabelText('Vet inte'));
    expect(onChange).toHaveBeenCalledWith('vet-inte');
  });

  it('shows the saved answer as checked', () => {
    render(<AgreementQuestion name="q2" question="Har ni en strategi?" value="delvis" onChange={() => {}} />);
    expect(screen.getByLabelText<HTMLInputElement>('Delvis').checked).toBe(true);
  });
});

describe('ToolActions', () => {
  it('resets only after the reader confirms', () => {
    const onReset = vi.fn();
    render(<ToolActions onReset={onReset} />);
    fireEvent.click(screen.getByRole('button', { name: 'Börja om' }));
    fireEvent.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(onReset).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Börja om' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, radera svaren' }));
    expect(onReset).toHaveBeenCalledOnce();
    expect(screen.getByRole('status').textContent).toBe('Svaren är raderade.');
  });
});

describe('StorageNotice', () => {
  it('says nothing when all is well, and speaks up (as an alert) when saved data was unusable', () => {
    const { rerender } = render(<StorageNotice message={null} onDismiss={() => {}} />);
    expect(screen.queryByRole('alert')).toBeNull();
    const onDismiss = vi.fn();
    rerender(<StorageNotice message="Dina sparade svar kunde inte användas." onDismiss={onDismiss} />);
    expect(screen.getByRole('alert').textContent).toContain('kunde inte användas');
    fireEvent.click(screen.getByRole('button', { name: 'Jag förstår' }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });
});

describe('LadderTool', async () => {
  const { LadderTool } = await import('../../src/tools/ambitionstrappan/LadderTool');
  const { answersStore } = await import('../../src/stores/answers-store');
  const ladderStore = answersStore('ambitionstrappan');
  const { ladderModel } = await import('../support/models');
  afterEach(() => cleanStores(ladderStore.$stored));

  it('places the group as the reader answers, and saves every answer', async () => {
    render(<LadderTool model={ladderModel} />);
    expect(screen.getByText(/Svara på frågorna så visas här/)).toBeTruthy();
    for (const id of ['ses-alls', 'kanner-varandra']) {
      const radio = document.querySelector<HTMLInputElement>(`input[name="ambitionstrappan-${id}"][value="ja"]`)!;
      fireEvent.click(radio);
    }
    expect(await screen.findByText('Gruppen står på nivå 1, Kaffe och mazarin-grupp.')).toBeTruthy();
    expect(ladderStore.$stored.get().answers).toEqual({ 'ses-alls': 'ja', 'kanner-varandra': 'ja' });
    expect(screen.getByText(/För nivå 2, Problemlösningsgrupp/)).toBeTruthy();
  });
});
