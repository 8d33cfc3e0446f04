// The islands' behaviour in happy-dom: real radio groups, the result in words, reset only after
// confirmation, and the storage notice – without a browser.
import { cleanTestStorage, useTestStorageEngine } from '@nanostores/persistent';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ScaleQuestion } from '../../src/ui/tool/ScaleQuestion';
import { agreementOptions, ratingOptions } from '../../src/tools/shared/scale';
import { StorageNotice } from '../../src/ui/tool/StorageNotice';
import { ToolActions } from '../../src/ui/tool/ToolActions';
import { clearStored } from '../support/stored';

beforeAll(() => useTestStorageEngine());
afterEach(() => {
  cleanup();
  cleanTestStorage();
});

describe('ScaleQuestion', () => {
  const item = { id: 'q1', label: 'Träffas ni varje månad?', section: 'Rytm', options: agreementOptions(), higherIsBetter: true };
  const rating = {
    id: 'q2',
    label: 'Sekretess',
    section: 'Formella hinder',
    options: ratingOptions(['inget hinder', 'i hög grad'], 0),
    higherIsBetter: false,
  };

  it('is a fieldset with the question as legend and a labelled radio per option, named by tool and item', () => {
    const onAnswer = vi.fn();
    render(<ScaleQuestion tool="prov" item={item} value={undefined} onAnswer={onAnswer} />);
    const group = screen.getByRole('group', { name: 'Träffas ni varje månad?' });
    const radios = screen.getAllByRole<HTMLInputElement>('radio');
    expect(group.tagName).toBe('FIELDSET');
    expect(radios.map((r) => r.labels?.[0]?.textContent?.trim())).toEqual(['Ja', 'Delvis', 'Nej', 'Vet inte']);
    expect(radios.every((r) => r.name === 'prov-q1')).toBe(true);
    fireEvent.click(screen.getByLabelText('Vet inte'));
    expect(onAnswer).toHaveBeenCalledWith('q1', 'vet-inte');
  });

  it('shows the saved answer as checked, and a rating’s number in a badge with the hint read out', () => {
    render(<ScaleQuestion tool="prov" item={rating} value="1" onAnswer={() => {}} numbered hint="Regler om vad som får lämnas ut." />);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: /I hög grad/ }).checked).toBe(true);
    expect(document.querySelector('.question__n')?.textContent).toBe('0');
    expect(screen.getByRole('group').getAttribute('aria-describedby')).toBe('prov-q2-forklaring');
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
  afterEach(() => clearStored());

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
