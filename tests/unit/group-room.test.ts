// The workshop in the room, the pure parts: the presentation's running order (slides split so each
// fits), distributions per round, actions carried into the next round with a status to set, the
// CSV of every round, the join addresses and the organisation marks.
import { describe, expect, it } from 'vitest';
import { allRoundsCsv, CSV_HEADER } from '../../src/lib/group/csv';
import { defaultJoinTool, joinAddresses, SHORT_PATHS } from '../../src/lib/group/join';
import { addRound, carriedActions, createGroup, decodeGroups, encodeGroups, type Group, type Round } from '../../src/lib/group/model';
import { markOf, orgIndex } from '../../src/lib/group/orgs';
import { comparable, distributions } from '../../src/lib/group/rounds';
import { isDiscussion, PER_SLIDE, pieces, planSlides, TOP, type DeckPlan } from '../../src/lib/group/slides';
import { TOOL_META } from '../../src/tools/meta';
import { GROUP_SPECS } from '../support/models';

let n = 0;
const id = (prefix: string) => `${prefix}-${++n}`;
const spec = GROUP_SPECS.checklistor;
const WORDS = {
  actions: 'Åtgärder',
  agreed: 'Beslutad',
  reviewed: 'Från förra',
  status: { klar: 'Klar', pagar: 'Pågår', 'ej-paborjad': 'Inte påbörjad' },
};

const member = (answer: string, org = 'Kommunen', name?: string) => ({
  id: id('m'),
  name,
  org,
  answers: { checklistor: { 'balans-problem': answer } },
});
const round = (date: string, answers: string[], extra: Partial<Round> = {}): Round => ({
  id: id('r'),
  date,
  members: answers.map((a) => member(a)),
  nextSteps: '',
  ...extra,
});
const group = (...rounds: Round[]): Group => ({ id: 'g', name: 'Ledningsgruppen', date: rounds[0]!.date, rounds });

describe('the presentation plan', () => {
  const base: DeckPlan = { revealed: true, tools: [], findings: 0, questions: 0, review: 0, actions: 0 };

  it('cuts a list into pieces that fit a slide', () => {
    expect(pieces(0, 3)).toEqual([]);
    expect(pieces(7, 3)).toEqual([
      { from: 0, to: 3 },
      { from: 3, to: 6 },
      { from: 6, to: 7 },
    ]);
  });

  it('before the reveal shows only how to join and the count', () => {
    const plan = planSlides({ ...base, revealed: false, findings: 5, questions: 9, tools: [{ tool: 'a', disagreements: 4, compare: 0 }] });
    expect(plan.map((s) => s.kind)).toEqual(['join', 'waiting']);
  });

  it('after the reveal gives one finding and one disagreement per slide, rows split by six', () => {
    const plan = planSlides({
      ...base,
      findings: 5,
      questions: 7,
      review: 5,
      actions: 2,
      tools: [
        { tool: 'ambitionstrappan', pictureRows: 8, disagreements: 5, compare: 3 },
        { tool: 'hindrens-isberg', pictureRows: 0, figure: true, disagreements: 1, compare: 0 },
        { tool: 'processen', disagreements: 0, compare: 0 },
      ],
    });
    const kinds = plan.map((s) =>
      s.kind === 'picture' || s.kind === 'disagreement' || s.kind === 'compare' ? `${s.kind}:${s.tool}` : s.kind,
    );
    expect(kinds).toEqual([
      'join',
      'review',
      'review',
      ...Array(TOP.findings).fill('finding'),
      'picture:ambitionstrappan',
      'picture:ambitionstrappan',
      ...Array(TOP.disagreements).fill('disagreement:ambitionstrappan'),
      'compare:ambitionstrappan',
      'compare:ambitionstrappan',
      'picture:hindrens-isberg',
      'disagreement:hindrens-isberg',
      'questions',
      'questions',
      'questions',
      'actions',
    ]);
    const pictures = plan.filter((s) => s.kind === 'picture' && s.tool === 'ambitionstrappan');
    expect(pictures).toEqual([
      { kind: 'picture', tool: 'ambitionstrappan', from: 0, to: PER_SLIDE.rows },
      { kind: 'picture', tool: 'ambitionstrappan', from: PER_SLIDE.rows, to: 8 },
    ]);
    expect(plan.filter(isDiscussion).map((s) => s.kind)).toEqual([
      'review',
      'review',
      'disagreement',
      'disagreement',
      'disagreement',
      'disagreement',
      'questions',
      'questions',
      'questions',
    ]);
  });

  it('always ends with a slide for the actions, even before any are written', () => {
    expect(planSlides(base).map((s) => s.kind)).toEqual(['join', 'actions']);
  });
});

describe('distributions per round', () => {
  it('counts each option in each round and puts the questions that moved most first', () => {
    const g = group(round('2026-01-10', ['nej', 'nej', 'delvis', 'ja']), round('2026-03-10', ['ja', 'ja', 'delvis', 'ja']));
    expect(comparable(spec, g)).toBe(true);
    const [top] = distributions(spec, g);
    expect(top!.item.id).toBe('balans-problem');
    const ids = top!.item.options.map((o) => o.id);
    const count = (r: number, o: string) => top!.rounds[r]!.counts[ids.indexOf(o)];
    expect([count(0, 'nej'), count(0, 'delvis'), count(0, 'ja')]).toEqual([2, 1, 1]);
    expect([count(1, 'nej'), count(1, 'delvis'), count(1, 'ja')]).toEqual([0, 1, 3]);
    expect(top!.rounds.map((r) => [r.round, r.date, r.n])).toEqual([
      [1, '2026-01-10', 4],
      [2, '2026-03-10', 4],
    ]);
    // Half the shares moved: from 2 nej + 1 ja to 3 ja.
    expect(top!.shift).toBeCloseTo(0.5);
    // The other questions were not answered: counted as open, and they did not move.
    const other = distributions(spec, g).find((d) => d.item.id === 'balans-mal')!;
    expect(other.rounds.map((r) => r.unanswered)).toEqual([4, 4]);
    expect(other.shift).toBe(0);
  });

  it('compares only up to the round on screen, and needs two rounds with answers', () => {
    const g = group(round('2026-01-10', ['nej']), round('2026-03-10', ['ja']), round('2026-05-10', []));
    expect(comparable(spec, g, 1)).toBe(false);
    expect(comparable(spec, g, 2)).toBe(true);
    expect(distributions(spec, g, 3).find((d) => d.item.id === 'balans-problem')!.rounds).toHaveLength(2);
  });
});

describe('actions carried into the next round', () => {
  it('a new round opens with the last round’s actions, waiting for a status', () => {
    const g = createGroup('Ledningsgruppen', '2026-01-10', id);
    const first: Round = {
      ...g.rounds[0]!,
      actions: [
        { id: 'a1', what: 'Boka möte med uppdragsgivarna', who: 'Kim', by: '2026-02-01' },
        { id: 'a2', what: '  ', who: '', by: '' },
      ],
    };
    const next = addRound({ ...g, rounds: [first] }, '2026-03-10', id);
    expect(next.rounds[1]!.review).toEqual([{ id: 'a1', what: 'Boka möte med uppdragsgivarna', who: 'Kim', by: '2026-02-01' }]);
    expect(next.rounds[1]!.actions).toBeUndefined();
  });

  it('an older round’s free-text next steps come along as one action, line breaks kept', () => {
    expect(carriedActions({ id: 'r1', date: '2026-01-10', members: [], nextSteps: 'Rad ett\nRad två' })).toEqual([
      { id: 'r1-steg', what: 'Rad ett\nRad två', who: '', by: '' },
    ]);
    expect(carriedActions({ id: 'r1', date: '2026-01-10', members: [], nextSteps: '' })).toEqual([]);
  });

  it('actions, statuses and the expected count survive storage; broken ones are dropped, the round kept', () => {
    const g = group(
      round('2026-01-10', ['ja'], { actions: [{ id: 'a1', what: 'Skriv avtal', who: 'Alex', by: 'mars' }], expected: 8 }),
      round('2026-03-10', ['ja'], { review: [{ id: 'a1', what: 'Skriv avtal', who: 'Alex', by: 'mars', status: 'pagar' }] }),
    );
    const back = decodeGroups(encodeGroups({ groups: [g] }));
    expect(back.ok && back.value.groups[0]!.rounds).toEqual(g.rounds);
    const raw = JSON.parse(encodeGroups({ groups: [g] }));
    raw.groups[0].rounds[0].actions = [{ id: 'a1', what: 'x', status: 'kanske' }, { what: 'utan id' }, 'text'];
    raw.groups[0].rounds[0].expected = -3;
    raw.groups[0].rounds[1].review = 'inte en lista';
    const broken = decodeGroups(JSON.stringify(raw));
    expect(broken.ok).toBe(true);
    const rounds = broken.ok ? broken.value.groups[0]!.rounds : [];
    expect(rounds[0]!.actions).toEqual([{ id: 'a1', what: 'x', who: '', by: '' }]);
    expect(rounds[0]!.expected).toBeUndefined();
    expect(rounds[1]!.review).toBeUndefined();
    expect(rounds[1]!.members).toHaveLength(1);
  });
});

describe('the CSV of every round', () => {
  const g = group(
    round('2026-01-10', ['nej', 'ja'], { actions: [{ id: 'a1', what: '=HYPERLINK("x")', who: 'Kim', by: '2026-02-01' }] }),
    round('2026-03-10', ['delvis'], { review: [{ id: 'a1', what: '=HYPERLINK("x")', who: 'Kim', by: '2026-02-01', status: 'klar' }] }),
  );
  g.rounds[0]!.members[0]!.name = 'Anna Berg';
  const csv = allRoundsCsv(g, [spec], false, WORDS);
  const rows = csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');

  it('has every round, its date and the answer’s value, one header and the same width throughout', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(rows[0]).toBe(CSV_HEADER.map((h) => `"${h}"`).join(';'));
    expect(rows.every((r) => r.split('";"').length === CSV_HEADER.length)).toBe(true);
    const answers = rows.filter((r) => r.includes('"Checklistor före start"'));
    expect(answers).toHaveLength(3 * spec.items.length);
    expect(rows).toContain(
      `"Ledningsgruppen";"2";"Person 1";"Kommunen";"Checklistor före start";"${spec.items[0]!.section}";"${spec.items[0]!.label}";"Delvis";"1";"2026-03-10";""`,
    );
  });

  it('lists each round’s actions and statuses, formula-safe, and no names unless asked', () => {
    expect(rows).toContain(`"Ledningsgruppen";"1";"Kim";"";"Åtgärder";"Beslutad";"'=HYPERLINK(""x"")";"";"";"2026-01-10";"2026-02-01"`);
    expect(rows).toContain(
      `"Ledningsgruppen";"2";"Kim";"";"Åtgärder";"Från förra";"'=HYPERLINK(""x"")";"Klar";"";"2026-03-10";"2026-02-01"`,
    );
    expect(csv).not.toContain('Anna Berg');
    expect(allRoundsCsv(g, [spec], true, WORDS)).toContain('"Anna Berg"');
  });
});

describe('joining', () => {
  it('has a distinct short path for every tool that has one, and prefers the check', () => {
    const paths = Object.values(SHORT_PATHS);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.every((p) => /^[a-z]$/.test(p))).toBe(true);
    for (const tool of TOOL_META) expect(SHORT_PATHS[tool.id], tool.id).toBeDefined();
    expect(defaultJoinTool(['ambitionstrappan', 'samverkanskollen'])).toBe('samverkanskollen');
    expect(defaultJoinTool(['ambitionstrappan', 'checklistor'])).toBe('ambitionstrappan');
  });

  it('links the QR code straight to the tool and gives a short address to type', () => {
    expect(joinAddresses('https://example.org/handbok/', 'samverkanskollen')).toEqual({
      link: 'https://example.org/handbok/verktyg/samverkanskollen/',
      short: 'example.org/handbok/k',
    });
    expect(joinAddresses('http://localhost:4321/', 'okänt')).toEqual({
      link: 'http://localhost:4321/verktyg/okänt/',
      short: 'localhost:4321/verktyg/okänt',
    });
  });
});

describe('organisation marks', () => {
  it('numbers organisations in order of appearance, ignoring case, and leaves out those without one', () => {
    const r = round('2026-01-10', []);
    r.members = [member('ja', 'Region Skåne'), member('ja', 'Kommunen'), member('ja', 'region skåne'), member('ja', '')];
    const orgs = orgIndex(r);
    expect(orgs.names).toEqual(['Region Skåne', 'Kommunen']);
    expect([0, 1, 2, 3].map(orgs.of)).toEqual([0, 1, 0, undefined]);
    expect([0, 9, undefined].map(markOf)).toEqual(['0', '1', 'none']);
  });
});
