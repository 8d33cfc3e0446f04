import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fitAnswers } from '../../src/lib/answers';
import { FORM_KEY, scoreStaircase, UNKNOWN, type FactorKind, type StaircaseResult } from '../../src/tools/samverkanstrappan/score';
import { describeStaircase, inWords, ruleText } from '../../src/tools/samverkanstrappan/words';
import { staircaseModel as model } from '../support/models';
import type { Answers } from '../../src/tools/shared/schema';
import { staircaseModelSchema, type StaircaseModel } from '../../src/tools/samverkanstrappan/schema';
import { spaceFor } from '../../src/tools/derived';

const factorOf = (kind: FactorKind) => model.factors.find((f) => f.kind === kind)!;
const stepId = (n: number) => model.steps[n - 1]!.id;
const keyIds = model.keyQuestions.map((q) => q.id);
const reqIds = model.requirements.map((q) => q.id);

interface Given {
  komplexitet?: number | 'vet-inte';
  luckor?: number | 'vet-inte';
  resurser?: number | 'vet-inte';
  ambition?: number | 'vet-inte';
  /** the step of the group's form, or "inget" for "inget beslutat ännu" */
  form?: number | 'inget';
  /** the same answer to all three key questions */
  keys?: string;
  /** the same answer to all three requirements common to every step */
  reqs?: string;
}

/** Answers from steps: { komplexitet: 4 } picks the option that points to step 4. */
function given(g: Given): Answers {
  const a: Answers = {};
  for (const kind of ['komplexitet', 'luckor', 'resurser', 'ambition'] as const) {
    const v = g[kind];
    if (v === undefined) continue;
    const f = factorOf(kind);
    if (v === 'vet-inte') a[f.id] = UNKNOWN;
    else {
      const option = f.options.find((o) => o.step === v);
      if (!option) throw new Error(`no option for step ${v} in ${kind}`);
      a[f.id] = option.id;
    }
  }
  if (g.form === 'inget') a[FORM_KEY] = model.form.undecided.id;
  else if (g.form !== undefined) a[FORM_KEY] = stepId(g.form);
  if (g.keys) for (const id of keyIds) a[id] = g.keys;
  if (g.reqs) for (const id of reqIds) a[id] = g.reqs;
  return a;
}

const score = (g: Given): StaircaseResult => scoreStaircase(model, given(g));
const text = (g: Given) => describeStaircase(model, score(g));
const words = (g: Given) => {
  const t = text(g);
  return [
    t.headline,
    ...t.lines,
    t.requirementSummary ?? '',
    ...t.requirementLines.map((k) => `${k.title}. ${k.text}`),
    t.keySummary ?? '',
    ...t.keyLines.map((k) => `${k.title}. ${k.text}`),
  ].join(' ');
};

describe('the model file', () => {
  it('has the manual’s five forms in rising order', () => {
    expect(model.steps.map((s) => s.name)).toEqual([
      'Tillfälliga nätverk med roterande bemanning',
      'Permanenta nätverk med personlig representation',
      'Arbetsgrupper på deltid',
      'Arbetsgrupper på heltid',
      'Multikompetenta team',
    ]);
  });
  it.each([
    { kind: 'komplexitet', mentions: /dubbeldiagnos/ },
    { kind: 'luckor', mentions: /saknas helt/ },
    { kind: 'resurser', mentions: /Heltidstjänster/ },
    { kind: 'ambition', mentions: /helhetsansvar/ },
  ] as const)('asks a graded question on $kind with one concrete option per step, 1 to 5', ({ kind, mentions }) => {
    const f = factorOf(kind);
    expect(f.options.map((o) => o.step)).toEqual([1, 2, 3, 4, 5]);
    expect(f.options.some((o) => mentions.test(o.label))).toBe(true);
  });
  it('keeps every option id of version 1, in the same order among themselves (answers people hold still read)', () => {
    const v1 = JSON.parse(readFileSync('src/tools/samverkanstrappan/codes-v1.json', 'utf8')) as [string, string[]][];
    expect(model.version).toBe(3);
    for (const [id, options] of v1) {
      const now = spaceFor('samverkanstrappan', model).options.get(id)!;
      expect(now.filter((o) => options.includes(o))).toEqual(options);
    }
  });
  it.each([
    { kind: 'komplexitet', added: 'hanger-ihop', step: 3 },
    { kind: 'luckor', added: 'delar-saknas', step: 4 },
    { kind: 'resurser', added: 'team-lang-sikt', step: 5 },
    { kind: 'ambition', added: 'arbeta-ihop-deltid', step: 3 },
  ] as const)('version 2 fills the step $step that $kind could not point at', ({ kind, added, step }) => {
    expect(factorOf(kind).options.find((o) => o.id === added)?.step).toBe(step);
  });
  it('step 3 tells the duration apart from step 4 in the target group (more integrated *and* longer-lasting)', () => {
    const f = factorOf('komplexitet');
    expect(f.options[2]!.label).toMatch(/begränsad tid/);
    expect(f.options[3]!.label).toMatch(/lång tid/);
  });
  it('has the three requirements common to every step (8.1): mission, commissioner, mandates and rules of play', () => {
    expect(model.requirements.map((q) => [q.id, q.title])).toEqual([
      ['uppdrag', 'Ett tydligt uppdrag'],
      ['uppdragsgivare', 'En uppdragsgivare som stödjer och leder'],
      ['spelregler', 'Klara mandat och spelregler'],
    ]);
    expect(model.requirements[0]!.question).toMatch(/tydligt.*förstår.*genomföra/);
    expect(model.requirements[1]!.question).toMatch(/gett uppdraget.*stödjer och leder/);
    expect(model.requirements[2]!.question).toMatch(/besluta om.*agera.*linjeorganisationerna/);
    expect(ruleText(model).join(' ')).toMatch(/Tre krav gäller vilket steg ni än väljer/);
  });
  it('words the steps as the review asked: rotating staff and part of the working time', () => {
    expect(model.steps[0]!.summary).toMatch(/ofta olika personer från gång till gång/);
    expect(model.steps[0]!.summary).not.toMatch(/den som har tid/);
    expect(model.steps[2]!.summary).toMatch(/en del av arbetstiden/);
    expect(model.steps[2]!.summary).not.toMatch(/dagar i veckan/);
  });
  it('offers the five forms, “inget beslutat ännu” and “vet inte” for the group’s own form', () => {
    expect(spaceFor('samverkanstrappan', model).options.get(FORM_KEY)).toEqual([
      ...model.steps.map((s) => s.id),
      'inget-beslutat',
      'vet-inte',
    ]);
    expect(model.form.undecided.label).toBe('Inget beslutat ännu');
  });
  it('has the three key questions: interplay with the line, mandates, continuity', () => {
    expect(model.keyQuestions.map((q) => q.title)).toEqual(['Samspelet med linjen', 'Mandaten', 'Kontinuiteten']);
    expect(model.keyQuestions[0]!.question).toMatch(/konkurrens.*vi och dom/);
    expect(model.keyQuestions[1]!.question).toMatch(/lika starka/);
    expect(model.keyQuestions[2]!.question).toMatch(/tillit/);
  });
  it('states the harmony rule with a gap of two steps', () => {
    expect(model.rule.gap).toBe(2);
    expect(ruleText(model).join(' ')).toMatch(
      /två steg eller mer, säger verktyget att ambition, problem, uppdrag och resurser inte är i harmoni/,
    );
    expect(ruleText(model).join(' ')).not.toMatch(/\{avstand\}/);
  });
  const slug = (heading: string) =>
    heading
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s-]/gu, '')
      .trim()
      .replace(/\s+/g, '-');
  it.each(Object.entries(model.readNext))('read-next "%s" points at a real heading', (_, link) => {
    const [, chapter, anchor] = /^\/handboken\/([^/]+)\/#(.+)$/.exec(link.href) ?? [];
    const file = readdirSync('content/chapters').find((f) => f.endsWith(`-${chapter}.mdx`));
    expect(file).toBeDefined();
    const headings = readFileSync(`content/chapters/${file}`, 'utf8')
      .match(/^#{2,4} .+$/gm)!
      .map((h) => slug(h.replace(/^#+ /, '')));
    expect(headings).toContain(anchor);
  });
});

describe('the schema’s content rules', () => {
  const broken = (change: (m: StaircaseModel) => void) => {
    const m = structuredClone(model);
    change(m);
    const r = staircaseModelSchema.safeParse(m);
    return r.success ? '' : r.error.issues.map((i) => i.message).join(' | ');
  };
  it.each([
    { what: 'steps out of order', change: (m: StaircaseModel) => (m.steps[0]!.number = 2), message: /numreras 1, 2, 3/ },
    {
      what: 'two questions of one kind',
      change: (m: StaircaseModel) => (m.factors[3]!.kind = 'resurser'),
      message: /precis en fråga av varje slag/,
    },
    {
      what: 'an option beyond the top step',
      change: (m: StaircaseModel) => (m.factors[0]!.options[3]!.step = 6),
      message: /steg som inte finns/,
    },
    {
      what: 'options not rising',
      change: (m: StaircaseModel) => (m.factors[0]!.options[1]!.step = 1),
      message: /från lättast till tyngst/,
    },
    {
      what: 'an option called vet-inte',
      change: (m: StaircaseModel) => (m.factors[0]!.options[0]!.id = 'vet-inte'),
      message: /"vet-inte" finns redan/,
    },
    { what: 'a question called form', change: (m: StaircaseModel) => (m.keyQuestions[0]!.id = 'form'), message: /"form" är upptaget/ },
    {
      what: 'a key question sharing a factor’s id',
      change: (m: StaircaseModel) => (m.keyQuestions[0]!.id = m.factors[0]!.id),
      message: /eget id/,
    },
    {
      what: '“inget beslutat” sharing a step’s id',
      change: (m: StaircaseModel) => (m.form.undecided.id = m.steps[0]!.id),
      message: /inget beslutat/,
    },
    {
      what: 'a sixth option',
      change: (m: StaircaseModel) => m.factors[0]!.options.push({ id: 'extra', label: 'Ett sjätte alternativ', step: 6 }),
      message: /steg som inte finns/,
    },
    {
      what: 'a step no option points at',
      change: (m: StaircaseModel) => m.factors[0]!.options.splice(2, 1),
      message: /ett svarsalternativ per steg/,
    },
    {
      what: 'a scale that starts above step 1',
      change: (m: StaircaseModel) => m.factors[1]!.options.shift(),
      message: /ett svarsalternativ per steg/,
    },
    {
      what: 'a requirement sharing a key question’s id',
      change: (m: StaircaseModel) => (m.requirements[0]!.id = m.keyQuestions[0]!.id),
      message: /eget id/,
    },
  ])('refuses $what', ({ change, message }) => {
    expect(broken(change)).toMatch(message);
  });
  it('accepts the model as it is', () => {
    expect(broken(() => {})).toBe('');
  });
});

describe('the recommended step(s)', () => {
  it.each([
    { g: { komplexitet: 1, luckor: 1 }, need: 1, recommended: [1] },
    { g: { komplexitet: 2, luckor: 2 }, need: 2, recommended: [2] },
    { g: { komplexitet: 4, luckor: 3 }, need: 3.5, recommended: [3, 4] },
    { g: { komplexitet: 5, luckor: 5 }, need: 5, recommended: [5] },
    { g: { komplexitet: 5, luckor: 1 }, need: 3, recommended: [3] },
    { g: { komplexitet: 1, luckor: 5 }, need: 3, recommended: [3] },
    { g: { komplexitet: 2, luckor: 5 }, need: 3.5, recommended: [3, 4] },
    { g: { komplexitet: 4, luckor: 1 }, need: 2.5, recommended: [2, 3] },
    { g: { komplexitet: 4 }, need: 4, recommended: [4] },
    { g: { luckor: 3 }, need: 3, recommended: [3] },
    { g: { komplexitet: 'vet-inte', luckor: 5 }, need: 5, recommended: [5] },
    { g: { komplexitet: 'vet-inte', luckor: 'vet-inte' }, need: undefined, recommended: [] },
    { g: { resurser: 4, ambition: 5 }, need: undefined, recommended: [] },
    { g: { komplexitet: 3, luckor: 3 }, need: 3, recommended: [3] },
    { g: { komplexitet: 3, luckor: 4 }, need: 3.5, recommended: [3, 4] },
    { g: { komplexitet: 4, luckor: 4 }, need: 4, recommended: [4] },
  ] as { g: Given; need: number | undefined; recommended: number[] }[])(
    '$g → need $need, steps $recommended',
    ({ g, need, recommended }) => {
      const r = score(g);
      expect(r.need).toBe(need);
      expect(r.recommended).toEqual(recommended);
    },
  );
});

describe('harmony between the need and what the group can carry', () => {
  it.each([
    { g: { komplexitet: 2, luckor: 2, resurser: 2, ambition: 2 }, carry: 2, harmony: 'i-harmoni', wish: 'i-harmoni' },
    { g: { komplexitet: 5, luckor: 5, resurser: 4, ambition: 4 }, carry: 4, harmony: 'nagot-under', wish: 'i-harmoni' },
    { g: { komplexitet: 5, luckor: 5, resurser: 3, ambition: 4 }, carry: 3.5, harmony: 'nagot-under', wish: 'i-harmoni' },
    { g: { komplexitet: 5, luckor: 5, resurser: 3, ambition: 2 }, carry: 2.5, harmony: 'for-lite', wish: 'i-harmoni' },
    { g: { komplexitet: 5, luckor: 3, resurser: 2, ambition: 2 }, carry: 2, harmony: 'for-lite', wish: 'i-harmoni' },
    { g: { komplexitet: 1, luckor: 1, resurser: 2, ambition: 2 }, carry: 2, harmony: 'nagot-over', wish: 'i-harmoni' },
    { g: { komplexitet: 1, luckor: 1, resurser: 3, ambition: 2 }, carry: 2.5, harmony: 'nagot-over', wish: 'i-harmoni' },
    { g: { komplexitet: 1, luckor: 1, resurser: 3, ambition: 4 }, carry: 3.5, harmony: 'for-mycket', wish: 'i-harmoni' },
    { g: { komplexitet: 1, luckor: 2, resurser: 4, ambition: 5 }, carry: 4.5, harmony: 'for-mycket', wish: 'i-harmoni' },
    { g: { komplexitet: 4, luckor: 2, resurser: 1, ambition: 5 }, carry: 3, harmony: 'i-harmoni', wish: 'mer-onskat' },
    { g: { komplexitet: 4, luckor: 2, resurser: 4, ambition: 1 }, carry: 2.5, harmony: 'i-harmoni', wish: 'mer-avsatt' },
    { g: { komplexitet: 4, luckor: 2, resurser: 3 }, carry: 3, harmony: 'i-harmoni', wish: undefined },
    { g: { komplexitet: 4, luckor: 2, resurser: 'vet-inte', ambition: 'vet-inte' }, carry: undefined, harmony: undefined, wish: undefined },
    { g: { resurser: 1, ambition: 5 }, carry: 3, harmony: undefined, wish: 'mer-onskat' },
    { g: { komplexitet: 5, luckor: 5, resurser: 5, ambition: 5 }, carry: 5, harmony: 'i-harmoni', wish: 'i-harmoni' },
    { g: { komplexitet: 3, luckor: 3, resurser: 3, ambition: 3 }, carry: 3, harmony: 'i-harmoni', wish: 'i-harmoni' },
    { g: { komplexitet: 2, luckor: 2, resurser: 5, ambition: 3 }, carry: 4, harmony: 'for-mycket', wish: 'mer-avsatt' },
  ] as { g: Given; carry: number | undefined; harmony: string | undefined; wish: string | undefined }[])(
    '$g → carry $carry, $harmony, ambition vs resources $wish',
    ({ g, carry, harmony, wish }) => {
      const r = score(g);
      expect(r.carry).toBe(carry);
      expect(r.harmony).toBe(harmony);
      expect(r.wishVsPay).toBe(wish);
    },
  );
});

describe('the group’s own form against the recommendation', () => {
  it.each([
    { g: { komplexitet: 4, luckor: 3, form: 1 }, fit: 'under', distance: 2 },
    { g: { komplexitet: 4, luckor: 3, form: 2 }, fit: 'under', distance: 1 },
    { g: { komplexitet: 4, luckor: 3, form: 3 }, fit: 'passar', distance: 0 },
    { g: { komplexitet: 4, luckor: 3, form: 4 }, fit: 'passar', distance: 0 },
    { g: { komplexitet: 4, luckor: 3, form: 5 }, fit: 'over', distance: 1 },
    { g: { komplexitet: 1, luckor: 1, form: 5 }, fit: 'over', distance: 4 },
    { g: { komplexitet: 1, luckor: 1, form: 'inget' }, fit: undefined, distance: 0 },
    { g: { form: 3 }, fit: undefined, distance: 0 },
  ] as { g: Given; fit: string | undefined; distance: number }[])('$g → $fit by $distance', ({ g, fit, distance }) => {
    const r = score(g);
    expect(r.form.fit).toBe(fit);
    expect(r.form.distance).toBe(distance);
    expect(r.form.undecided).toBe(g.form === 'inget');
  });
  it.each([
    { g: { resurser: 1, form: 3 }, beyond: true },
    { g: { resurser: 1, form: 2 }, beyond: false },
    { g: { resurser: 2, form: 5 }, beyond: true },
    { g: { resurser: 'vet-inte', form: 5 }, beyond: false },
    { g: { resurser: 1 }, beyond: false },
  ] as { g: Given; beyond: boolean }[])('$g → beyond the resources: $beyond', ({ g, beyond }) => {
    expect(score(g).form.beyondResources).toBe(beyond);
  });
});

describe('edges', () => {
  it('nothing answered: no step, no verdicts, and a prompt', () => {
    const r = scoreStaircase(model, {});
    expect(r).toMatchObject({
      answered: 0,
      total: 11,
      need: undefined,
      carry: undefined,
      recommended: [],
      harmony: undefined,
      wishVsPay: undefined,
    });
    expect(r.form).toMatchObject({ chosen: undefined, undecided: false, fit: undefined });
    expect(describeStaircase(model, r)).toEqual({
      headline: 'Svara på frågorna så visas här vilket steg på samverkanstrappan som passar er.',
      lines: [],
      keyLines: [],
      keySummary: undefined,
      requirementLines: [],
      requirementSummary: undefined,
      readNext: [model.readNext.choice],
    });
  });
  it('all lowest: step 1, in harmony, form fits, every key question warns', () => {
    const g: Given = { komplexitet: 1, luckor: 1, resurser: 1, ambition: 1, form: 1, keys: 'nej', reqs: 'nej' };
    expect(score(g)).toMatchObject({
      answered: 11,
      recommended: [1],
      harmony: 'i-harmoni',
      wishVsPay: 'i-harmoni',
      form: { fit: 'passar' },
    });
    expect(text(g).keyLines).toHaveLength(3);
    expect(text(g).requirementLines).toHaveLength(3);
  });
  it('all highest: step 5, in harmony, form fits, no warnings', () => {
    const g: Given = { komplexitet: 5, luckor: 5, resurser: 5, ambition: 5, form: 5, keys: 'ja', reqs: 'ja' };
    expect(score(g)).toMatchObject({
      answered: 11,
      recommended: [5],
      carry: 5,
      harmony: 'i-harmoni',
      form: { fit: 'passar', beyondResources: false },
    });
    expect(text(g).keyLines).toEqual([]);
    expect(text(g).requirementLines).toEqual([]);
    expect(score(g).missing).toEqual([]);
  });
  it('“vet inte” everywhere: answered, but nothing points to a step', () => {
    const g: Given = { komplexitet: 'vet-inte', luckor: 'vet-inte', resurser: 'vet-inte', ambition: 'vet-inte', keys: 'vet-inte' };
    const r = score(g);
    expect(r).toMatchObject({ answered: 7, need: undefined, carry: undefined, recommended: [] });
    expect(text(g).headline).toBe('Verktyget kan inte föreslå något steg förrän ni vet mer om målgruppen och om luckorna i insatskedjan.');
    expect(text(g).keyLines.every((k) => /^Ni vet inte/.test(k.text))).toBe(true);
  });
  it('partly answered: counts what is missing, never as a "nej"', () => {
    const r = score({ komplexitet: 4, form: 2 });
    expect(r).toMatchObject({ answered: 2, recommended: [4], form: { fit: 'under', distance: 2 } });
    expect(r.keyQuestions.map((k) => k.answer)).toEqual([undefined, undefined, undefined]);
    expect(words({ komplexitet: 4, form: 2 })).toMatch(/9 av 11 frågor är obesvarade/);
  });
  it('drops stored answers that do not fit the model', () => {
    const { answers, dropped } = fitAnswers(
      { malgrupp: 'skora', insatskedja: 'kanske', borttagen: 'ja', [FORM_KEY]: 'steg-9', mandat: 'ja', samspel: 'skora' },
      spaceFor('samverkanstrappan', model),
    );
    expect(answers).toEqual({ malgrupp: 'skora', mandat: 'ja' });
    expect(dropped).toBe(4);
  });
});

describe('the requirements common to every step', () => {
  const req = (a: Answers) => describeStaircase(model, scoreStaircase(model, a));
  it.each([
    { a: {}, missing: [] as string[] },
    { a: { uppdrag: 'ja', uppdragsgivare: 'ja', spelregler: 'ja' }, missing: [] as string[] },
    { a: { uppdrag: 'nej' }, missing: ['uppdrag'] },
    { a: { uppdrag: 'delvis', uppdragsgivare: 'ja', spelregler: 'nej' }, missing: ['uppdrag', 'spelregler'] },
    { a: { uppdrag: 'vet-inte' }, missing: [] as string[] },
  ])('$a → missing $missing', ({ a, missing }) => {
    expect(scoreStaircase(model, a).missing.map((k) => k.requirement.id)).toEqual(missing);
  });

  it.each([
    {
      g: { komplexitet: 2, luckor: 2, reqs: 'nej' },
      headline:
        'Behovet pekar mot steg 2, Permanenta nätverk med personlig representation. Ett tydligt uppdrag, en uppdragsgivare som stödjer och leder och klara mandat och spelregler saknas – och de behövs vilket steg ni än väljer.',
    },
    {
      g: { komplexitet: 5, luckor: 5, form: 5, reqs: 'delvis' },
      headline: 'Behovet pekar mot steg 5, Multikompetenta team. Er form passar behovet.',
    },
    {
      g: { komplexitet: 5, luckor: 5, form: 5, reqs: 'ja' },
      headline: 'Behovet pekar mot steg 5, Multikompetenta team. Er form passar behovet.',
    },
    {
      g: { reqs: 'vet-inte' },
      headline: 'Svara på frågorna om målgruppen och om luckorna i insatskedjan, så föreslår verktyget ett steg.',
    },
  ] as { g: Given; headline: string }[])('headline for $g', ({ g, headline }) => {
    expect(text(g).headline).toBe(headline);
  });

  it('names a single missing requirement in the headline, whatever the form', () => {
    expect(text({ ...{ komplexitet: 3, luckor: 3, form: 3 } }).headline).not.toMatch(/saknas/);
    const t = req({ ...given({ komplexitet: 3, luckor: 3, form: 3 }), uppdragsgivare: 'nej' });
    expect(t.headline).toBe(
      'Behovet pekar mot steg 3, Arbetsgrupper på deltid. Er form passar behovet. En uppdragsgivare som stödjer och leder saknas – och det behövs vilket steg ni än väljer.',
    );
  });

  it.each([
    { a: {}, summary: undefined },
    {
      a: { uppdrag: 'ja', uppdragsgivare: 'ja', spelregler: 'ja' },
      summary:
        'Alla tre kraven som gäller på varje steg finns på plats: ett tydligt uppdrag, en uppdragsgivare som stödjer och leder och klara mandat och spelregler.',
    },
    { a: { uppdrag: 'ja' }, summary: 'Det ni har svarat på av kraven finns på plats. Två av kraven är obesvarade.' },
    {
      a: { uppdrag: 'nej', spelregler: 'delvis', uppdragsgivare: 'ja' },
      summary: 'Det här saknas, vilket steg ni än väljer: ett tydligt uppdrag och klara mandat och spelregler.',
    },
    {
      a: { spelregler: 'nej' },
      summary: 'Det här saknas, vilket steg ni än väljer: klara mandat och spelregler. Två av kraven är obesvarade.',
    },
    { a: { uppdrag: 'vet-inte', uppdragsgivare: 'ja', spelregler: 'ja' }, summary: 'Inget av kraven saknas, men ni vet inte allt.' },
  ] as { a: Answers; summary: string | undefined }[])('sums up the requirements: $a', ({ a, summary }) => {
    expect(req(a).requirementSummary).toBe(summary);
  });

  it.each([
    { answer: 'nej', title: 'Ett tydligt uppdrag saknas', text: (m: string) => m },
    { answer: 'delvis', title: 'Ett tydligt uppdrag finns bara delvis', text: (m: string) => m },
    {
      answer: 'vet-inte',
      title: 'Ett tydligt uppdrag: ni vet inte',
      text: (m: string) => `Ta reda på det – kravet gäller vilket steg ni än väljer. ${m}`,
    },
  ])('says what is missing when the mission is answered $answer', ({ answer, title, text: t }) => {
    expect(req({ uppdrag: answer }).requirementLines).toEqual([{ id: 'uppdrag', title, text: t(model.requirements[0]!.missing) }]);
  });

  it('puts what is missing first in Min självskattning', async () => {
    const { staircaseReport } = await import('../../src/tools/samverkanstrappan/summary');
    const report = staircaseReport(model, { ...given({ komplexitet: 2, luckor: 2, keys: 'nej' }), spelregler: 'nej' });
    expect(report.summary.details[0]).toMatch(/^Klara mandat och spelregler saknas\. Skriv ned/);
    expect(report.summary.details).toHaveLength(3);
  });
});

describe('the result in words', () => {
  it.each([
    { g: { komplexitet: 2, luckor: 2 }, headline: 'Behovet pekar mot steg 2, Permanenta nätverk med personlig representation.' },
    {
      g: { komplexitet: 4, luckor: 3 },
      headline: 'Behovet pekar mot steg 3 eller 4: Arbetsgrupper på deltid eller Arbetsgrupper på heltid.',
    },
    { g: { komplexitet: 5, luckor: 5, form: 5 }, headline: 'Behovet pekar mot steg 5, Multikompetenta team. Er form passar behovet.' },
    {
      g: { komplexitet: 5, luckor: 5, form: 2 },
      headline: 'Behovet pekar mot steg 5, Multikompetenta team. Er form är underdimensionerad.',
    },
    {
      g: { komplexitet: 1, luckor: 1, form: 4 },
      headline: 'Behovet pekar mot steg 1, Tillfälliga nätverk med roterande bemanning. Er form är överdimensionerad.',
    },
    {
      g: { komplexitet: 'vet-inte', luckor: 'vet-inte' },
      headline: 'Verktyget kan inte föreslå något steg förrän ni vet mer om målgruppen och om luckorna i insatskedjan.',
    },
    {
      g: { komplexitet: 'vet-inte' },
      headline: 'Svara på frågorna om målgruppen och om luckorna i insatskedjan, så föreslår verktyget ett steg.',
    },
    { g: { keys: 'ja' }, headline: 'Svara på frågorna om målgruppen och om luckorna i insatskedjan, så föreslår verktyget ett steg.' },
  ] as { g: Given; headline: string }[])('headline for $g', ({ g, headline }) => {
    expect(text(g).headline).toBe(headline);
  });

  it.each([
    {
      g: { komplexitet: 4, luckor: 3 },
      says: /Ert svar om målgruppen och problemet pekar mot steg 4, och ert svar om luckorna i insatskedjan mot steg 3\. Det hamnar mitt emellan två steg/,
    },
    {
      g: { komplexitet: 4 },
      says: /Ert svar om målgruppen och problemet pekar mot steg 4\. Förslaget bygger bara på ett av svaren, eftersom frågan om luckorna i insatskedjan är obesvarad\./,
    },
    {
      g: { komplexitet: 4, luckor: 'vet-inte' },
      says: /eftersom ni inte vet hur det är med luckorna i insatskedjan\. Ta reda på det – svaret kan flytta förslaget\./,
    },
    { g: { komplexitet: 2, luckor: 2 }, says: /Ett högre steg är inte automatiskt bättre/ },
    {
      g: { komplexitet: 2, luckor: 2, resurser: 2, ambition: 2 },
      says: /räcker till ungefär steg 2\. Det stämmer med behovet: problem, ambition, uppdrag och resurser är i harmoni\./,
    },
    {
      g: { komplexitet: 5, luckor: 5, resurser: 4, ambition: 4 },
      says: /räcker till ungefär steg 4, en bit under behovet\. Det är nästan i harmoni/,
    },
    {
      g: { komplexitet: 1, luckor: 1, resurser: 3, ambition: 2 },
      says: /räcker till steg 2 eller 3, en bit över behovet\. Det ger marginal/,
    },
    {
      g: { komplexitet: 5, luckor: 5, resurser: 3, ambition: 2 },
      says: /medan behovet pekar mot steg 5\. Ambition, problem, uppdrag och resurser är inte i harmoni\. Med för lite resurser för problemet är misslyckandet inbyggt/,
    },
    {
      g: { komplexitet: 1, luckor: 2, resurser: 4, ambition: 5 },
      says: /räcker till steg 4 eller 5, medan behovet pekar mot steg 1 eller 2\. Ambition, problem, uppdrag och resurser är inte i harmoni\. Ni riskerar att bygga något större och dyrare/,
    },
    {
      g: { komplexitet: 4, luckor: 2, resurser: 1, ambition: 5 },
      says: /i nivå med behovet\. Men ambitionen och resurserna drar åt olika håll.*Er ambition pekar mot steg 5, men resurserna räcker till steg 1\. Ambition och resurser är inte i harmoni\. .*Rolls-Royce.*begagnad Volkswagen/,
    },
    {
      g: { komplexitet: 5, luckor: 3, resurser: 1, ambition: 5 },
      says: /en bit under behovet\. Dessutom drar ambitionen och resurserna åt olika håll\./,
    },
    {
      g: { komplexitet: 1, luckor: 1, resurser: 4, ambition: 1 },
      says: /en bit över behovet\. Dessutom drar.*Resurserna räcker till steg 4, men ambitionen stannar vid steg 1\. Ambition och resurser är inte i harmoni\./,
    },
  ] as { g: Given; says: RegExp }[])('explains $g', ({ g, says }) => {
    expect(words(g)).toMatch(says);
  });

  it.each([
    {
      g: { komplexitet: 2, luckor: 2, resurser: 2 },
      says: /Era resurser räcker till ungefär steg 2\. .*Det ni kan bära bygger bara på ett av svaren, eftersom frågan om ambitionen är obesvarad\./,
    },
    {
      g: { komplexitet: 2, luckor: 2, ambition: 2, resurser: 'vet-inte' },
      says: /Er ambition pekar mot ungefär steg 2\. .*eftersom ni inte vet hur det är med resurserna\. Ta reda på det – svaret kan flytta bedömningen\./,
    },
    { g: { komplexitet: 2, luckor: 2 }, says: /Svara också på frågorna om resurser och ambition/ },
    {
      g: { komplexitet: 2, luckor: 2, resurser: 'vet-inte', ambition: 'vet-inte' },
      says: /Ni vet ännu inte vilka resurser och vilken ambition ni har/,
    },
  ] as { g: Given; says: RegExp }[])('says what the carrying side rests on: $g', ({ g, says }) => {
    expect(words(g)).toMatch(says);
  });

  it.each([
    {
      g: { komplexitet: 4, luckor: 3, form: 3 },
      says: /Er form är steg 3, Arbetsgrupper på deltid\. Den passar behovet – varken mer eller mindre än problemet kräver\./,
    },
    {
      g: { komplexitet: 5, luckor: 5, form: 3 },
      says: /Det är två steg lägre än behovet, så formen är underdimensionerad: en begagnad Volkswagen.*misslyckandet inbyggt från början/,
    },
    { g: { komplexitet: 5, luckor: 5, form: 4 }, says: /Det är ett steg lägre än behovet/ },
    {
      g: { komplexitet: 1, luckor: 1, form: 5 },
      says: /Det är fyra steg högre än behovet, så formen är överdimensionerad: en Rolls-Royce.*kostar mer än problemet kräver/,
    },
    { g: { komplexitet: 4, luckor: 3, form: 'inget' }, says: /Ni har inte bestämt form ännu\. Utgå från steg 3 eller 4 när ni väljer/ },
    { g: { komplexitet: 2, luckor: 2, form: 'inget' }, says: /Utgå från steg 2 när ni väljer/ },
    { g: { form: 'inget' }, says: /Ni har inte bestämt form ännu\. Svara på frågorna om behovet/ },
    {
      g: { form: 4 },
      says: /Er form är steg 4, Arbetsgrupper på heltid\. Den jämförs med förslaget när ni har svarat på frågorna om behovet\./,
    },
    { g: { komplexitet: 2, luckor: 2 }, says: /Ange också vilken form ni har eller planerar/ },
    {
      g: { komplexitet: 2, luckor: 2, resurser: 1, form: 4 },
      says: /Steg 4 kostar mer än de resurser ni har beskrivit, som räcker till ungefär steg 1\./,
    },
  ] as { g: Given; says: RegExp }[])('compares the form: $g', ({ g, says }) => {
    expect(words(g)).toMatch(says);
  });

  it('never calls a higher step better, and gives no form verdict without a need', () => {
    expect(words({ form: 5, resurser: 4 })).not.toMatch(/överdimensionerad|underdimensionerad|Ett högre steg/);
  });

  it.each([
    { answer: 'nej', line: (w: string) => w },
    { answer: 'delvis', line: (w: string) => `Bara delvis på plats. ${w}` },
  ])('warns on a key question answered $answer', ({ answer, line }) => {
    const t = describeStaircase(model, scoreStaircase(model, { [keyIds[1]!]: answer }));
    expect(t.keyLines).toEqual([{ id: keyIds[1], title: 'Mandaten', text: line(model.keyQuestions[1]!.warning) }]);
  });
  it('asks the group to find out when a key question is answered "vet inte"', () => {
    const t = describeStaircase(model, scoreStaircase(model, { [keyIds[2]!]: 'vet-inte' }));
    expect(t.keyLines).toEqual([
      { id: keyIds[2], title: 'Kontinuiteten', text: `Ni vet inte – och det är i sig en varningssignal. ${model.keyQuestions[2]!.check}` },
    ]);
  });
  it.each([
    { a: {}, summary: undefined },
    {
      a: { samspel: 'ja', mandat: 'ja', kontinuitet: 'ja' },
      summary: 'Ni har svarat ja på alla tre nyckelfrågorna. Pröva dem igen när personer, uppdrag eller form ändras – de kommer tillbaka.',
    },
    { a: { samspel: 'ja', mandat: 'nej' }, summary: 'Ni har svarat ja på 1 av 3 nyckelfrågor. En är obesvarad.' },
    { a: { samspel: 'ja', mandat: 'nej', kontinuitet: 'delvis' }, summary: 'Ni har svarat ja på 1 av 3 nyckelfrågor.' },
    {
      a: { mandat: 'nej' },
      summary: 'Ingen av nyckelfrågorna har ni kunnat svara ja på. 2 är obesvarade. Varningarna gäller vilken form ni än väljer.',
    },
  ] as { a: Answers; summary: string | undefined }[])('sums up the key questions: $a', ({ a, summary }) => {
    expect(describeStaircase(model, scoreStaircase(model, a)).keySummary).toBe(summary);
  });

  it.each([
    { g: { komplexitet: 2, luckor: 2, resurser: 2, ambition: 2, keys: 'ja' }, links: ['choice'] },
    { g: { komplexitet: 2, luckor: 2, reqs: 'ja' }, links: ['choice'] },
    { g: { komplexitet: 2, luckor: 2, reqs: 'nej', keys: 'nej' }, links: ['choice', 'requirements', 'keyQuestions'] },
    { g: { komplexitet: 5, luckor: 5, resurser: 1, ambition: 1 }, links: ['choice', 'balance'] },
    { g: { resurser: 1, ambition: 5 }, links: ['choice', 'balance'] },
    { g: { resurser: 1, form: 3 }, links: ['choice', 'balance'] },
    { g: { komplexitet: 2, keys: 'delvis' }, links: ['choice', 'keyQuestions'] },
    { g: { form: 'inget' }, links: ['choice', 'steps'] },
    {
      g: { komplexitet: 1, luckor: 1, resurser: 4, ambition: 5, form: 'inget', keys: 'nej' },
      links: ['choice', 'balance', 'keyQuestions', 'steps'],
    },
  ] as { g: Given; links: (keyof StaircaseModel['readNext'])[] }[])('points to read next for $g', ({ g, links }) => {
    expect(text(g).readNext).toEqual(links.map((l) => model.readNext[l]));
  });

  it('never writes Rolls Royce or VW', () => {
    const all =
      words({ komplexitet: 4, luckor: 2, resurser: 1, ambition: 5 }) +
      words({ komplexitet: 5, luckor: 5, form: 3 }) +
      words({ komplexitet: 1, luckor: 1, form: 5 });
    expect(all).not.toMatch(/Rolls Royce|\bVW\b/);
  });

  it.each([
    [1, 'ett'],
    [2, 'två'],
    [4, 'fyra'],
    [12, 'tolv'],
    [13, '13'],
  ])('writes %i as "%s"', (n, w) => {
    expect(inWords(n)).toBe(w);
  });
});

describe('"vet inte" on the group’s own form (version 3)', () => {
  it('counts as answered, compares nothing, and says the form is not known rather than asking for it', () => {
    const answers = { ...given({ resurser: 2 }), [FORM_KEY]: UNKNOWN };
    const r = scoreStaircase(model, answers);
    expect(r.form).toMatchObject({ chosen: undefined, undecided: false, unknown: true, fit: undefined });
    expect(r.answered).toBe(scoreStaircase(model, given({ resurser: 2 })).answered + 1);
    const lines = describeStaircase(model, r).lines.join(' ');
    expect(lines).toContain('vet du inte');
    expect(lines).not.toContain('Ange också vilken form');
  });
});
