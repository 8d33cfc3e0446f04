// Samverkanskollen's island in happy-dom: the questions in the bank's order under their parts, the
// progress counted from the answers, each answer kept in the store of the tool the question
// comes from – so the deep-dive tool shows it (marked as answered in the check) and an edit there
// shows in the check at once – and the diagnosis, loaded only once enough is answered.
import { act, fireEvent, render, waitFor } from '@testing-library/preact';
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answersStore } from '../../src/stores/answers-store';
import { LadderTool } from '../../src/tools/ambitionstrappan/LadderTool';
import { askedInKollen, kollenQuestions } from '../../src/tools/samverkanskollen/page-data';
import { DIAGNOSIS_FROM } from '../../src/tools/samverkanskollen/ready';
import { SamverkanskollenTool } from '../../src/tools/samverkanskollen/SamverkanskollenTool';
import { MODELS } from '../support/models';
import { clearStored } from '../support/stored';

const QUESTIONS = kollenQuestions(MODELS);

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  clearStored();
});

const radio = (tool: string, item: string, option: string) =>
  document.querySelector<HTMLInputElement>(`.kollen input[name="${tool}-${item}"][value="${option}"]`)!;
const progress = () => document.getElementById('kollen-progress')!;

describe('SamverkanskollenTool', () => {
  it('asks every bank question once, in order, under its part, each with "vet inte" or an undecided choice', () => {
    render(<SamverkanskollenTool questions={QUESTIONS} />);
    const names = [...document.querySelectorAll<HTMLFieldSetElement>('.kollen fieldset.question')].map(
      (f) => f.querySelector<HTMLInputElement>('input')!.name,
    );
    expect(names).toEqual(QUESTIONS.map((q) => `${q.tool}-${q.item.id}`));
    expect(new Set(names).size).toBe(names.length);
    const headings = [...document.querySelectorAll('.kollen__questions h2')].map((h) => h.textContent);
    expect(headings).toEqual([...new Set(QUESTIONS.map((q) => q.topic))]);
    expect(progress().textContent).toBe(`0 av ${QUESTIONS.length} frågor besvarade`);
    expect(progress().getAttribute('aria-live')).toBe('polite');
    expect(progress().getAttribute('role')).toBe('status');
  });

  it('keeps each answer in its own tool’s store, counts it, and follows edits made elsewhere live', async () => {
    render(<SamverkanskollenTool questions={QUESTIONS} />);
    await act(() => Promise.resolve());
    fireEvent.click(radio('ambitionstrappan', 'kanner-varandra', 'delvis'));
    fireEvent.click(radio('samverkanstrappan', 'malgrupp', 'skora'));
    await waitFor(() => expect(progress().textContent).toBe(`2 av ${QUESTIONS.length} frågor besvarade`));
    expect(answersStore('ambitionstrappan').$stored.get().answers).toEqual({ 'kanner-varandra': 'delvis' });
    expect(answersStore('samverkanstrappan').$stored.get().answers).toEqual({ malgrupp: 'skora' });

    // The same store, edited by the deep-dive tool (or another tab): the check shows it at once.
    await act(() => answersStore('ambitionstrappan').setAnswer('kanner-varandra', 'nej'));
    await waitFor(() => expect(radio('ambitionstrappan', 'kanner-varandra', 'nej').checked).toBe(true));
    expect(progress().textContent).toBe(`2 av ${QUESTIONS.length} frågor besvarade`);
  });

  it('shows an answer from the check in the deep-dive tool as answered there, and an edit there in the check', async () => {
    render(
      <>
        <SamverkanskollenTool questions={QUESTIONS} />
        <LadderTool model={MODELS.ambitionstrappan} asked={askedInKollen('ambitionstrappan')} />
      </>,
    );
    await act(() => Promise.resolve());
    const inLadder = (item: string, option: string) =>
      document.querySelector<HTMLInputElement>(`[data-tool="ambitionstrappan"] input[name="ambitionstrappan-${item}"][value="${option}"]`)!;
    const note = (item: string) => inLadder(item, 'ja').closest('fieldset')!.textContent;
    expect(note('regelbundet')).not.toContain('Besvarad i Samverkanskollen');

    fireEvent.click(radio('ambitionstrappan', 'regelbundet', 'ja'));
    await waitFor(() => expect(inLadder('regelbundet', 'ja').checked).toBe(true));
    expect(note('regelbundet')).toContain('Besvarad i Samverkanskollen');
    // a ladder question the check does not ask gets no note
    fireEvent.click(inLadder('ses-alls', 'ja'));
    await waitFor(() => expect(inLadder('ses-alls', 'ja').checked).toBe(true));
    expect(note('ses-alls')).not.toContain('Besvarad i Samverkanskollen');

    fireEvent.click(inLadder('regelbundet', 'nej'));
    await waitFor(() => expect(radio('ambitionstrappan', 'regelbundet', 'nej').checked).toBe(true));
  });

  it('loads the diagnosis and the models only once enough is answered', async () => {
    // Each tool's model is a file of its own, /verktyg/<id>/modell.json.
    const fetch = vi.fn((url: string) => {
      const id = /verktyg\/([^/]+)\/modell\.json$/.exec(url)?.[1] as keyof typeof MODELS;
      return Promise.resolve(new Response(JSON.stringify(MODELS[id])));
    });
    vi.stubGlobal('fetch', fetch);
    render(<SamverkanskollenTool questions={QUESTIONS} />);
    await act(() => Promise.resolve());
    const diagnosis = () => document.getElementById('kollen-diagnos')!.closest('section')!;
    // "nej" where the question offers it (the ladder's criteria among them: the mandate too)
    const no = (q: (typeof QUESTIONS)[number]) => (q.item.options.some((o) => o.id === 'nej') ? 'nej' : q.item.options[0]!.id);
    for (const q of QUESTIONS.slice(0, DIAGNOSIS_FROM - 1)) fireEvent.click(radio(q.tool, q.item.id, no(q)));
    await waitFor(() => expect(progress().textContent).toBe(`${DIAGNOSIS_FROM - 1} av ${QUESTIONS.length} frågor besvarade`));
    expect(diagnosis().textContent).toContain(`minst ${DIAGNOSIS_FROM} frågor`);
    expect(fetch).not.toHaveBeenCalled();

    const last = QUESTIONS[DIAGNOSIS_FROM - 1]!;
    fireEvent.click(radio(last.tool, last.item.id, no(last)));
    await waitFor(() => expect(diagnosis().querySelector('[data-diagnosis]')).not.toBeNull(), { timeout: 20_000 });
    // every model once, nothing else
    expect(fetch.mock.calls.map(([url]) => url).sort()).toEqual(
      Object.keys(MODELS)
        .map((id) => `/verktyg/${id}/modell.json`)
        .sort(),
    );
    const findings = [...diagnosis().querySelectorAll('.finding')];
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.length).toBeLessThanOrEqual(5);
    expect(diagnosis().querySelectorAll('[data-standing]').length).toBeGreaterThanOrEqual(5);
    // Nothing of level 1 holds: the ladder's most basic finding leads, with the answers behind it.
    expect(findings[0]!.getAttribute('data-rule')).toBe('ambitionstrappan/under-niva-1');
    expect(findings[0]!.textContent).toContain('Svaren bakom:');
  }, 30_000);
});
