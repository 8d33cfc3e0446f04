// Två ledarstilar: the model file, the schema's messages, where each factor and the whole profile
// lean, and every sentence of the result.
import { describe, expect, it } from 'vitest';
import { fitAnswers } from '../../src/lib/answers';
import { overallLean, scoreLeadershipStyles, stepLean, type Lean } from '../../src/tools/ledarstilar/score';
import { describeLeadershipStyles } from '../../src/tools/ledarstilar/words';
import { csvRowsFor } from '../../src/tools/derived';
import { leadershipStylesReport } from '../../src/tools/ledarstilar/summary';
import { leadershipStylesModel as model } from '../support/models';
import type { Answers } from '../../src/tools/shared/schema';
import { leadershipStylesModelSchema, type LeadershipStylesModel } from '../../src/tools/ledarstilar/schema';
import { spaceFor } from '../../src/tools/derived';

const ALL = model.factors.map((f) => f.id);
const fill = (ids: string[], value: string): Answers => Object.fromEntries(ids.map((id) => [id, value]));
/** Factors answered in the model's order: kommunikation, medarbetarna, granser, styrning, roll, kontroll. */
const steps = (...values: string[]): Answers => Object.fromEntries(values.flatMap((v, i) => (v ? [[ALL[i]!, v]] : [])));

describe('the model file', () => {
  it('has the six factors of the manual’s table, in its order', () => {
    expect(model.factors.map((f) => f.name)).toEqual(['Kommunikation', 'Medarbetarna', 'Gränser', 'Styrning', 'Roll', 'Kontroll']);
  });
  it('names the two styles and a five-step line between them', () => {
    expect([model.poles.preserving.name, model.poles.crossing.name]).toEqual(['Gränsbevarande ledarskap', 'Gränsöverskridande ledarskap']);
    expect(model.scale).toEqual([
      'helt gränsbevarande',
      'mest gränsbevarande',
      'lika mycket av båda',
      'mest gränsöverskridande',
      'helt gränsöverskridande',
    ]);
    expect(model.thresholds).toEqual({ preservingMax: 2.5, crossingMin: 3.5 });
  });
  it.each([
    { id: 'kommunikation', preserving: /direktiv.*order.*uppifrån/, crossing: /dialog.*sidled/ },
    { id: 'medarbetarna', preserving: /ansvarslösa.*hjälplösa.*statiska.*misstror/, crossing: /ansvarstagande.*kapabla.*växande.*litar/ },
    { id: 'granser', preserving: /Stelhet.*bevakas/, crossing: /Flexibilitet.*passagerna/ },
    {
      id: 'styrning',
      preserving: /egna organisationen.*mål, regler och resultat/,
      crossing: /uppdragsdialog.*helheten.*visioner, värderingar och mål/,
    },
    { id: 'roll', preserving: /expert.*egna vinster.*egna organisationen/, crossing: /förebild.*social kompetens.*vinna–vinna.*problemet/ },
    {
      id: 'kontroll',
      preserving: /Kontrollen behålls.*risker tas inte.*misslyckanden.*kaos ska undvikas/,
      crossing: /tillit.*risker tas.*lärande.*kaos.*kreativitet/,
    },
  ])('describes both poles of $id as the manual does', ({ id, preserving, crossing }) => {
    const f = model.factors.find((x) => x.id === id)!;
    expect(f.preserving).toMatch(preserving);
    expect(f.crossing).toMatch(crossing);
  });
  it('points its links at headings of chapters 5 and 7', () => {
    expect(Object.values(model.links).map((l) => l.href)).toEqual([
      '/handboken/gransoverskridande-ledarskap/#två-ledarstilar-sida-vid-sida',
      '/handboken/gransoverskridande-ledarskap/#vad-gränsöverskridande-ledarskap-kräver',
      '/handboken/samverkansledning/#två-sätt-att-leda--i-samma-person',
    ]);
  });
});

describe('the schema refuses broken model data with a readable message', () => {
  const raw = structuredClone(model);
  it.each<{ change: (m: LeadershipStylesModel) => unknown; message: RegExp }>([
    { change: (m) => (m.thresholds.preservingMax = 4), message: /preservingMax.*lägre än.*crossingMin/ },
    { change: (m) => m.scale.pop(), message: /exakt fem steg/ },
    { change: (m) => m.scale.reverse(), message: /första steg ska nämna den gränsbevarande/ },
    { change: (m) => (m.factors[1]!.id = 'kommunikation'), message: /eget id/ },
    { change: (m) => (m.factors[0]!.crossing = 'Dialog. Och förhandling i sidled.'), message: /en enda mening/ },
    { change: (m) => (m.poles.crossing.short = 'Gränsöverskridande'), message: /liten bokstav/ },
    { change: (m) => (m.question = 'Var står ni.'), message: /frågetecken/ },
  ])('$message', ({ change, message }) => {
    const m = structuredClone(raw);
    change(m);
    const r = leadershipStylesModelSchema.safeParse(m);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message).join(' ')).toMatch(message);
  });
  it('accepts the model file as it is', () => {
    expect(leadershipStylesModelSchema.safeParse(raw).success).toBe(true);
  });
});

describe('leaning', () => {
  it.each<{ step: number; lean: Lean }>([
    { step: 1, lean: 'preserving' },
    { step: 2, lean: 'preserving' },
    { step: 3, lean: 'mixed' },
    { step: 4, lean: 'crossing' },
    { step: 5, lean: 'crossing' },
  ])('a factor at step $step leans $lean', ({ step, lean }) => {
    expect(stepLean(step)).toBe(lean);
  });
  it.each<{ mean: number | undefined; lean: Lean | undefined }>([
    { mean: undefined, lean: undefined },
    { mean: 1, lean: 'preserving' },
    { mean: 2.5, lean: 'preserving' },
    { mean: 2.6, lean: 'mixed' },
    { mean: 3.4, lean: 'mixed' },
    { mean: 3.5, lean: 'crossing' },
    { mean: 5, lean: 'crossing' },
  ])('a profile with mean $mean leans $lean', ({ mean, lean }) => {
    expect(overallLean(model, mean)).toBe(lean);
  });
});

describe('scoring the profile', () => {
  it.each<{
    name: string;
    answers: Answers;
    overall: Lean | undefined;
    mean: number | undefined;
    preserving: string[];
    crossing: string[];
    split: boolean;
    counts: [number, number, number];
  }>([
    {
      name: 'nothing answered',
      answers: {},
      overall: undefined,
      mean: undefined,
      preserving: [],
      crossing: [],
      split: false,
      counts: [0, 0, 6],
    },
    {
      name: 'everything "vet inte"',
      answers: fill(ALL, 'vet-inte'),
      overall: undefined,
      mean: undefined,
      preserving: [],
      crossing: [],
      split: false,
      counts: [0, 6, 0],
    },
    {
      name: 'everything 1 (the preserving pole)',
      answers: fill(ALL, '1'),
      overall: 'preserving',
      mean: 1,
      preserving: ALL,
      crossing: [],
      split: false,
      counts: [6, 0, 0],
    },
    {
      name: 'everything 5 (the crossing pole)',
      answers: fill(ALL, '5'),
      overall: 'crossing',
      mean: 5,
      preserving: [],
      crossing: ALL,
      split: false,
      counts: [6, 0, 0],
    },
    {
      name: 'everything in the middle',
      answers: fill(ALL, '3'),
      overall: 'mixed',
      mean: 3,
      preserving: [],
      crossing: [],
      split: false,
      counts: [6, 0, 0],
    },
    {
      name: 'a split profile, the most preserving first',
      answers: steps('5', '2', '4', '1', '3', '2'),
      overall: 'mixed',
      mean: 17 / 6,
      preserving: ['styrning', 'medarbetarna', 'kontroll'],
      crossing: ['kommunikation', 'granser'],
      split: true,
      counts: [6, 0, 0],
    },
    {
      name: 'one factor placed',
      answers: steps('', '', '', '', '', '4'),
      overall: 'crossing',
      mean: 4,
      preserving: [],
      crossing: ['kontroll'],
      split: false,
      counts: [1, 0, 5],
    },
    {
      name: 'placed, "vet inte" and unanswered',
      answers: steps('2', 'vet-inte', '2', '3'),
      overall: 'preserving',
      mean: 7 / 3,
      preserving: ['kommunikation', 'granser'],
      crossing: [],
      split: false,
      counts: [3, 1, 2],
    },
  ])('$name', ({ answers, overall, mean, preserving, crossing, split, counts }) => {
    const r = scoreLeadershipStyles(model, answers);
    expect(r.overall).toBe(overall);
    if (mean === undefined) expect(r.mean).toBeUndefined();
    else expect(r.mean).toBeCloseTo(mean);
    expect(r.preserving.map((f) => f.factor.id)).toEqual(preserving);
    expect(r.crossing.map((f) => f.factor.id)).toEqual(crossing);
    expect(r.split).toBe(split);
    expect([r.placed, r.unknown, r.unanswered]).toEqual(counts);
    expect(r.answered).toBe(counts[0] + counts[1]);
    expect(r.total).toBe(6);
  });

  it('never counts "vet inte" or an unanswered factor as a step', () => {
    const r = scoreLeadershipStyles(model, { kommunikation: '5', medarbetarna: 'vet-inte' });
    expect(r.mean).toBe(5);
    expect(r.factors.map((f) => f.position)).toEqual([5, 'vet-inte', undefined, undefined, undefined, undefined]);
    expect(r.factors.map((f) => f.lean)).toEqual(['crossing', undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('the result in words', () => {
  const text = (a: Answers) => describeLeadershipStyles(model, scoreLeadershipStyles(model, a));
  const all = (a: Answers) => {
    const t = text(a);
    return [t.headline, ...t.notes, ...t.factors, ...t.advice.map((x) => `${x.factor}: ${x.text}`), ...t.reflections].join(' ');
  };
  const hrefs = (a: Answers) => text(a).readNext.map((r) => r.href.split('#')[1]);

  it('asks for answers when nothing is answered, and shows no result', () => {
    const t = text({});
    expect(t.headline).toBe('Placera ert ledarskap på linjen för varje faktor, så visas er profil här.');
    expect([t.notes, t.factors, t.advice, t.reflections]).toEqual([[], [], [], []]);
    expect(hrefs({})).toEqual(['två-ledarstilar-sida-vid-sida']);
  });

  it.each([
    {
      name: 'all "vet inte"',
      answers: fill(ALL, 'vet-inte'),
      expected: [
        /^Ni har bara svarat ”vet inte” hittills, så någon profil går inte att visa\./,
        /Alla 6 faktorer är besvarade\./,
        /På 6 faktorer har ni svarat ”vet inte”/,
        /Kontroll – vet inte\./,
      ],
    },
    {
      name: 'all 1',
      answers: fill(ALL, '1'),
      expected: [
        /^Ert ledarskap i samverkan är övervägande gränsbevarande\./,
        /I snitt står ni på 1, på en linje från 1 \(helt gränsbevarande\) till 5 \(helt gränsöverskridande\)\./,
        /Kommunikation – helt gränsbevarande\. Tydliga direktiv/,
        /Kontroll: Välj något som ni medvetet släpper/,
        /Stilarna är inga betyg/,
      ],
    },
    {
      name: 'all 5',
      answers: fill(ALL, '5'),
      expected: [
        /^Ert ledarskap i samverkan är övervägande gränsöverskridande\./,
        /Roll – helt gränsöverskridande\. Ledaren som förebild/,
        /ser de samma sak som ni\?/,
      ],
    },
    {
      name: 'all 3',
      answers: fill(ALL, '3'),
      expected: [/^Ert ledarskap i samverkan blandar de två stilarna\./, /Styrning – lika mycket av båda\.( |$)/, /I snitt står ni på 3,/],
    },
    {
      name: 'a split profile',
      answers: steps('5', '2', '4', '1', '3', '2'),
      expected: [
        /I snitt står ni på 2,8/,
        /Profilen är ojämn: ni leder gränsöverskridande när det gäller kommunikation och gränser, men gränsbevarande när det gäller medarbetarna, styrning och kontroll\./,
        /Styrning: Forma uppdraget.*Medarbetarna: Visa teamet.*Kontroll: Välj något/,
      ],
    },
    {
      name: 'one factor placed',
      answers: steps('', '', '', '', '', '4'),
      expected: [
        /^Ert ledarskap i samverkan är övervägande gränsöverskridande\./,
        /5 av 6 faktorer är obesvarade\./,
        /Kommunikation – inte besvarad ännu\./,
        /Kontroll – mest gränsöverskridande\. Kontrollen släpps/,
      ],
    },
    {
      name: 'one unanswered, one "vet inte"',
      answers: steps('4', 'vet-inte', '4', '4', '4'),
      expected: [/1 av 6 faktorer är obesvarad\./, /På en faktor har ni svarat ”vet inte”/],
    },
  ])('$name', ({ answers, expected }) => {
    const words = all(answers);
    for (const e of expected) expect(words).toMatch(e);
  });

  it.each([
    { name: 'all crossing', answers: fill(ALL, '4'), allCrossing: true },
    { name: 'crossing with one in the middle', answers: steps('4', '4', '4', '4', '4', '3'), allCrossing: false },
    { name: 'crossing with "vet inte"', answers: steps('5', 'vet-inte'), allCrossing: true },
    { name: 'only "vet inte"', answers: fill(ALL, 'vet-inte'), allCrossing: false },
  ])('the check against the team’s view: $name', ({ answers, allCrossing }) => {
    expect(text(answers).reflections.includes(model.allCrossing)).toBe(allCrossing);
  });

  it.each([
    { name: 'nothing', answers: {}, expected: ['två-ledarstilar-sida-vid-sida'] },
    { name: 'only "vet inte"', answers: fill(ALL, 'vet-inte'), expected: ['två-ledarstilar-sida-vid-sida'] },
    { name: 'all crossing', answers: fill(ALL, '5'), expected: ['två-ledarstilar-sida-vid-sida', 'två-sätt-att-leda--i-samma-person'] },
    {
      name: 'some preserving',
      answers: steps('2', '4'),
      expected: ['två-ledarstilar-sida-vid-sida', 'vad-gränsöverskridande-ledarskap-kräver', 'två-sätt-att-leda--i-samma-person'],
    },
  ])('links to the sections that fit: $name', ({ answers, expected }) => {
    expect(hrefs(answers)).toEqual(expected);
  });
});

describe('fitting stored answers to the model', () => {
  it('drops unknown factors and invalid steps, keeps the rest', () => {
    const { answers, dropped } = fitAnswers(
      { kommunikation: '5', roll: 'vet-inte', kontroll: '0', granser: '6', styrning: 'ja', borttagen: '3' },
      spaceFor('ledarstilar', model),
    );
    expect(answers).toEqual({ kommunikation: '5', roll: 'vet-inte' });
    expect(dropped).toBe(4);
  });
});

describe('Min självskattning', () => {
  it.each([
    { name: 'nothing', answers: {}, findings: [], details: [] },
    { name: 'all "vet inte"', answers: fill(ALL, 'vet-inte'), findings: ['ledarstilar/vet-inte'], details: [] },
    { name: 'all in the middle', answers: fill(ALL, '3'), findings: [], details: [] },
    { name: 'wholly boundary-preserving', answers: fill(ALL, '1'), findings: ['ledarstilar/gransbevarande'], details: expect.any(Array) },
    { name: 'wholly boundary-crossing', answers: fill(ALL, '5'), findings: ['ledarstilar/gransoverskridande'], details: [] },
    {
      name: 'a split profile',
      answers: steps('5', '2', '4', '1', '3', '2'),
      findings: [],
      details: ['Styrning: helt gränsbevarande', 'Medarbetarna: mest gränsbevarande', 'Kontroll: mest gränsbevarande'],
    },
  ])('$name', ({ answers, findings, details }) => {
    const r = leadershipStylesReport(model, answers);
    expect(r.findings.map((f) => f.rule.id)).toEqual(findings);
    expect(r.summary.details).toEqual(details);
  });
  it('writes the answers into the CSV rows in words', () => {
    const rows = csvRowsFor('ledarstilar', model, { kommunikation: '4', roll: 'vet-inte' });
    expect(rows).toHaveLength(6);
    expect(rows[0]).toEqual({
      tool: 'Två ledarstilar',
      section: 'Två ledarstilar',
      item: 'Kommunikation',
      answer: '4 – mest gränsöverskridande',
    });
    expect(rows.find((r) => r.item === 'Roll')?.answer).toBe('Vet inte');
    expect(rows.find((r) => r.item === 'Kontroll')?.answer).toBe('');
  });
});
