// A case's example in a tool island, in happy-dom: the island shows the example with its banner,
// edits and "Återställ exemplet" stay in the example slot, and leaving it shows the reader's own
// answers again – which were never written.
import { cleanTestStorage, getTestStorage, useTestStorageEngine } from '@nanostores/persistent';
import { clearStored, getStored, setStored } from '../support/stored';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ExampleBanner } from '../../src/ui/tool/ExampleBanner';
import { LadderTool } from '../../src/tools/ambitionstrappan/LadderTool';
import { ToolActions } from '../../src/ui/tool/ToolActions';
import { ladderModel } from '../support/models';
import { $example, leaveExample, loadExample } from '../../src/stores/example';

beforeAll(() => useTestStorageEngine());
afterEach(() => {
  cleanup();
  leaveExample();
  clearStored();
  cleanTestStorage();
});

const OWN = '{"v":1,"answers":{"ses-alls":"nej"},"savedAt":"2026-11-25T10:00:00.000Z"}';
const checked = (name: string) => document.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;

describe('a tool with a case’s example loaded', () => {
  it('shows the example and its banner, keeps edits in the slot, and gives the own answers back', async () => {
    setStored('samverkan:ambitionstrappan', OWN);
    loadExample({ case: 'prov', title: 'Provprojektet', answers: { ambitionstrappan: { 'ses-alls': 'ja', mal: 'strategisk' } } });
    render(<LadderTool model={ladderModel} />);
    await act(() => Promise.resolve());
    expect(screen.getByText('Exempel: Provprojektet')).toBeTruthy();
    expect(checked('ambitionstrappan-ses-alls')).toBe('ja');

    fireEvent.click(document.querySelector('input[name="ambitionstrappan-regelbundet"][value="delvis"]')!);
    expect($example.get()?.answers.ambitionstrappan).toEqual({ 'ses-alls': 'ja', mal: 'strategisk', regelbundet: 'delvis' });
    fireEvent.click(screen.getByRole('button', { name: 'Återställ exemplet' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, återställ exemplet' }));
    expect($example.get()?.answers.ambitionstrappan).toEqual({ 'ses-alls': 'ja', mal: 'strategisk' });
    expect(getStored('samverkan:ambitionstrappan')).toBe(OWN);

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Tillbaka till mina egna svar' }));
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(screen.queryByText('Exempel: Provprojektet')).toBeNull();
    expect(checked('ambitionstrappan-ses-alls')).toBe('nej');
    expect(getStored('samverkan:ambitionstrappan')).toBe(OWN);
    // The example slot is gone with the example.
    expect(getTestStorage()).toEqual({});
  });

  it('shows the reader’s own answers, without a banner, in a tool the example does not cover', async () => {
    setStored('samverkan:ambitionstrappan', OWN);
    loadExample({ case: 'prov', title: 'Provprojektet', answers: { checklistor: { 'balans-mal': 'ja' } } });
    render(<LadderTool model={ladderModel} />);
    await act(() => Promise.resolve());
    expect(screen.queryByText('Exempel: Provprojektet')).toBeNull();
    expect(checked('ambitionstrappan-ses-alls')).toBe('nej');
  });
});

describe('ExampleBanner and ToolActions', () => {
  it('the banner says nothing without an example, and links back to the case', () => {
    const { container } = render(<ExampleBanner example={null} />);
    expect(container.textContent).toBe('');
    cleanup();
    render(<ExampleBanner example={{ case: 'prov', title: 'Provprojektet', original: {}, answers: {} }} />);
    expect(screen.getByRole('link', { name: 'Läs fallstudien' }).getAttribute('href')).toBe('/fallstudier/prov/');
    expect(screen.getByText(/dina egna svar ligger kvar/)).toBeTruthy();
  });
  it('reset in an example restores the example and says so', () => {
    let resets = 0;
    render(<ToolActions onReset={() => resets++} inExample />);
    fireEvent.click(screen.getByRole('button', { name: 'Återställ exemplet' }));
    expect(screen.getByText(/Dina egna svar påverkas inte/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ja, återställ exemplet' }));
    expect(resets).toBe(1);
    expect(screen.getByRole('status').textContent).toBe('Exemplet är återställt.');
  });
});
