// Checklistor före start in happy-dom: answered area by area, each area's own result and the
// overall headline follow and the answers are stored by id; a chapter's narrowed model shows only
// its areas and leaves the other answers alone; a case's example shows with its banner.
import { getStored, setStored } from '../support/stored';
import { act, fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { CASES } from '../../src/models/cases';
import { $example, loadExample } from '../../src/stores/example';
import { ChecklistsTool } from '../../src/tools/checklistor/ChecklistsTool';
import { useIsland } from '../support/island';
import { checklistsModel as model } from '../support/models';

const KEY = 'samverkan:checklistor';
const { store, radio } = useIsland('checklistor');
const headline = () => document.querySelector('.tool__headline')?.textContent.replace(/\u00a0/g, ' ');
const answer = (item: string, option: string) => fireEvent.click(radio(item, option));
// The radios' checked property: after a click, happy-dom's :checked can still follow the attribute.
const checked = (item: string) =>
  [...document.querySelectorAll<HTMLInputElement>(`input[name="checklistor-${item}"]`)].find((r) => r.checked)?.value;
const stored = () => store.$stored.get().answers;
const settle = () => act(() => new Promise((r) => setTimeout(r, 0)));

describe('ChecklistsTool', () => {
  it('has one section per area, its questions as radio groups and the areas in a table of contents', async () => {
    render(<ChecklistsTool model={model} />);
    await settle();
    for (const [i, a] of model.areas.entries()) {
      const section = document.getElementById(`checklistor-${a.id}`)!;
      expect(section.querySelector('h2')!.textContent).toBe(`${i + 1}. ${a.title}`);
      expect(section.querySelectorAll('fieldset').length).toBe(a.items.length);
      expect(screen.getAllByRole('link', { name: a.title })[0]!.getAttribute('href')).toBe(`#checklistor-${a.id}`);
    }
    expect(headline()).toMatch(/^Svara på frågorna/);
    expect(document.getElementById('checklistor-resultat')!.textContent).toBe('Resultat');
  });

  it('judges an area once answered, names it as weakest so far, and stores the answers by id', async () => {
    render(<ChecklistsTool model={model} />);
    await settle();
    const [first] = model.areas;
    first!.items.forEach((item, i) => answer(item.id, i === 0 ? 'nej' : 'ja'));
    await settle();
    const share = Math.round(((first!.items.length - 1) / first!.items.length) * 100);
    expect(headline()).toBe(`Svagast hittills: ${first!.title} – ojämn (${share} %).`);
    const area = document.querySelector(`#checklistor-${first!.id} .checklists__area-result`)!;
    expect(area.textContent).toContain('Att arbeta med');
    expect(area.querySelectorAll('li').length).toBe(1);
    expect(stored()).toEqual(Object.fromEntries(first!.items.map((item, i) => [item.id, i === 0 ? 'nej' : 'ja'])));
  });

  it('narrowed to some areas in a chapter, shows only those and keeps the answers of the others', async () => {
    const outside = model.areas.find((a) => a.id !== 'uppenbara' && a.id !== 'subtila')!.items[0]!.id;
    setStored(KEY, JSON.stringify({ v: 1, answers: { [outside]: 'nej' }, savedAt: '2026-11-25T10:00:00.000Z' }));
    const narrowed = { ...model, areas: model.areas.filter((a) => ['uppenbara', 'subtila'].includes(a.id)) };
    render(<ChecklistsTool model={narrowed} />);
    await settle();
    expect(document.querySelectorAll('.checklists__area').length).toBe(2);
    expect(headline()).toMatch(/^Svara på frågorna/);
    const item = narrowed.areas[0]!.items[0]!.id;
    answer(item, 'delvis');
    await settle();
    expect(stored()).toEqual({ [outside]: 'nej', [item]: 'delvis' });
  });

  it('shows a case’s example with its banner, and the reader’s own answers are not written', async () => {
    const own = JSON.stringify({ v: 1, answers: { 'balans-problem': 'nej' }, savedAt: '2026-11-25T10:00:00.000Z' });
    setStored(KEY, own);
    const slug = 'samverkan-utan-granser';
    const example = CASES[slug]!.examples.tools.checklistor!.answers;
    loadExample({ case: slug, title: 'Samverkan utan gränser', answers: { checklistor: example } });
    render(<ChecklistsTool model={model} />);
    await settle();
    expect(screen.getByText('Exempel: Samverkan utan gränser')).toBeTruthy();
    for (const [id, option] of Object.entries(example)) expect(checked(id)).toBe(option);
    expect(headline()).toMatch(/^(Svagaste länken|Svagaste länkarna|Svagast hittills): /);
    answer('balans-problem', 'vet-inte');
    await settle();
    expect($example.get()?.answers.checklistor?.['balans-problem']).toBe('vet-inte');
    expect(checked('balans-problem')).toBe('vet-inte');
    expect(getStored(KEY)).toBe(own);
  });
});
