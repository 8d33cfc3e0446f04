import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fitAnswers } from '../../src/lib/answers';
import { FORM_KEY, scoreStaircase, staircaseSpace, UNKNOWN, type FactorKind, type StaircaseResult } from '../../src/tools/samverkanstrappan/score';
import { describeStaircase, inWords, ruleText } from '../../src/tools/samverkanstrappan/words';
import { staircaseModel as model } from '../support/models';
import type { Answers } from '../../src/tools/shared/schema';
import { staircaseModelSchema, type StaircaseModel } from '../../src/tools/samverkanstrappan/schema';

const factorOf = (kind: FactorKind) => model.factors.find((f) => f.kind === kind)!;
const stepId = (n: number) => model.steps[n - 1]!.id;
const keyIds = model.keyQuestions.map((q) => q.id);

interface Given {
  komplexitet?: number | 'vet-inte';
  luckor?: number | 'vet-inte';
  resurser?: number | 'vet-inte';
  ambition?: number | 'vet-inte';
  /** the step of the group's form, or "inget" for "inget beslutat ännu" */
  form?: number | 'inget';
  /** the same answer to all three key questions */
  keys?: string;
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
  return a;
}

const score = (g: Given): StaircaseResult => scoreStaircase(model, given(g));
const text = (g: Given) => describeStaircase(model, score(g));
const words = (g: Given) => {
  const t = text(g);
  return [t.headline, ...t.lines, t.keySummary ?? '', ...t.keyLines.map((k) => `${k.title}. ${k.text}`)].join(' ');
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
  ] as const)('asks a graded question on $kind with 3–4 concrete options', ({ kind, mentions }) => {
    const f = factorOf(kind);
    expect(f.options.length).toBeGreaterThanOrEqual(3);
    expect(f.options.length).toBeLessThanOrEqual(4);
    expect(f.options.some((o) => mentions.test(o.label))).toBe(true);
    expect(f.options[0]!.step).toBe(1);
  });
  it('offers the five forms and “inget beslutat ännu” for the group’s own form', () => {
    expect(staircaseSpace(model).options.get(FORM_KEY)).toEqual([...model.steps.map((s) => s.id), 'inget-beslutat']);
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
    expect(ruleText(model).join(' ')).toMatch(/två steg eller mer, säger verktyget att ambition, problem, uppdrag och resurser inte är i harmoni/);
    expect(ruleText(model).join(' ')).not.toMatch(/\{avstand\}/);
  });
  const slug = (heading: string) => heading.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').trim().replace(/\s+/g, '-');
  it.each(Object.entries(model.readNext))('read-next "%s" points at a real heading', (_, link) => {
    const [, chapter, anchor] = /^\/handboken\/([^/]+)\/#(.+)$/.exec(link.href) ?? [];
    const file = readdirSync('content/chapters').find((f) => f.endsWith(`-${chapter}.mdx`));
    expect(file).toBeDefined();
    const headings = readFileSync(`content/chapters/${file}`, 'utf8').match(/^#{2,4} .+$/gm)!.map((h) => slug(h.replace(/^#+ /, '')));
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
    { what: 'two questions of one kind', change: (m: StaircaseModel) => (m.factors[3]!.kind = 'resurser'), message: /precis en fråga av varje slag/ },
    { what: 'an option beyond the top step', change: (m: StaircaseModel) => (m.factors[0]!.options[3]!.step = 6), message: /steg som inte finns/ },
    { what: 'options not rising', change: (m: StaircaseModel) => (m.factors[0]!.options[1]!.step = 1), message: /från lättast till tyngst/ },
    { what: 'an option called vet-inte', change: (m: StaircaseModel) => (m.factors[0]!.options[0]!.id = 'vet-inte'), message: /"vet-inte" finns redan/ },
    { what: 'a question called form', change: (m: StaircaseModel) => (m.keyQuestions[0]!.id = 'form'), message: /"form" är upptaget/ },
    { what: 'a key question sharing a factor’s id', change: (m: StaircaseModel) => (m.keyQuestions[0]!.id = m.factors[0]!.id), message: /eget id/ },
    { what: '“inget beslutat” sharing a step’s id', change: (m: StaircaseModel) => (m.form.undecided.id = m.steps[0]!.id), message: /inget beslutat/ },
    { what: 'five options', change: (m: StaircaseModel) => m.factors[0]!.options.push({ id: 'extra', label: 'Ett femte alternativ', step: 5 }), message: /högst fyra/ },
    { what: 'two options', change: (m: StaircaseModel) => m.factors[0]!.options.splice(2), message: /minst tre/ },
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
  ] as { g: Given; need: number | undefined; recommended: number[] }[])('$g → need $need, steps $recommended', ({ g, need, recommended }) => {
    const r = score(g);
    expect(r.need).toBe(need);
    expect(r.recommended).toEqual(recommended);
  });
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
    expect(r).toMatchObject({ answered: 0, total: 8, need: undefined, carry: undefined, recommended: [], harmony: undefined, wishVsPay: undefined });
    expect(r.form).toMatchObject({ chosen: undefined, undecided: false, fit: undefined });
    expect(describeStaircase(model, r)).toEqual({
      headline: 'Svara på frågorna så visas här vilket steg på samverkanstrappan som passar er.',
      lines: [],
      keyLines: [],
      keySummary: undefined,
      readNext: [model.readNext.choice],
    });
  });
  it('all lowest: step 1, in harmony, form fits, every key question warns', () => {
    const g: Given = { komplexitet: 1, luckor: 1, resurser: 1, ambition: 1, form: 1, keys: 'nej' };
    expect(score(g)).toMatchObject({ answered: 8, recommended: [1], harmony: 'i-harmoni', wishVsPay: 'i-harmoni', form: { fit: 'passar' } });
    expect(text(g).keyLines).toHaveLength(3);
  });
  it('all highest: step 5, in harmony, form fits, no warnings', () => {
    const g: Given = { komplexitet: 5, luckor: 5, resurser: 4, ambition: 5, form: 5, keys: 'ja' };
    expect(score(g)).toMatchObject({ answered: 8, recommended: [5], carry: 4.5, harmony: 'i-harmoni', form: { fit: 'passar', beyondResources: false } });
    expect(text(g).keyLines).toEqual([]);
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
    expect(words({ komplexitet: 4, form: 2 })).toMatch(/6 av 8 frågor är obesvarade/);
  });
  it('drops stored answers that do not fit the model', () => {
    const { answers, dropped } = fitAnswers(
      { malgrupp: 'skora', insatskedja: 'kanske', borttagen: 'ja', [FORM_KEY]: 'steg-9', mandat: 'ja', samspel: 'skora' },
      staircaseSpace(model),
    );
    expect(answers).toEqual({ malgrupp: 'skora', mandat: 'ja' });
    expect(dropped).toBe(4);
  });
});

describe('the result in words', () => {
  it.each([
    { g: { komplexitet: 2, luckor: 2 }, headline: 'Behovet pekar mot steg 2, Permanenta nätverk med personlig representation.' },
    { g: { komplexitet: 4, luckor: 3 }, headline: 'Behovet pekar mot steg 3 eller 4: Arbetsgrupper på deltid eller Arbetsgrupper på heltid.' },
    { g: { komplexitet: 5, luckor: 5, form: 5 }, headline: 'Behovet pekar mot steg 5, Multikompetenta team. Er form passar behovet.' },
    { g: { komplexitet: 5, luckor: 5, form: 2 }, headline: 'Behovet pekar mot steg 5, Multikompetenta team. Er form är underdimensionerad.' },
    { g: { komplexitet: 1, luckor: 1, form: 4 }, headline: 'Behovet pekar mot steg 1, Tillfälliga nätverk med roterande bemanning. Er form är överdimensionerad.' },
    { g: { komplexitet: 'vet-inte', luckor: 'vet-inte' }, headline: 'Verktyget kan inte föreslå något steg förrän ni vet mer om målgruppen och om luckorna i insatskedjan.' },
    { g: { komplexitet: 'vet-inte' }, headline: 'Svara på frågorna om målgruppen och om luckorna i insatskedjan, så föreslår verktyget ett steg.' },
    { g: { keys: 'ja' }, headline: 'Svara på frågorna om målgruppen och om luckorna i insatskedjan, så föreslår verktyget ett steg.' },
  ] as { g: Given; headline: string }[])('headline for $g', ({ g, headline }) => {
    expect(text(g).headline).toBe(headline);
  });

  it.each([
    { g: { komplexitet: 4, luckor: 3 }, says: /Ert svar om målgruppen och problemet pekar mot steg 4, och ert svar om luckorna i insatskedjan mot steg 3\. Det hamnar mitt emellan två steg/ },
    { g: { komplexitet: 4 }, says: /Ert svar om målgruppen och problemet pekar mot steg 4\. Förslaget bygger bara på ett av svaren, eftersom frågan om luckorna i insatskedjan är obesvarad\./ },
    { g: { komplexitet: 4, luckor: 'vet-inte' }, says: /eftersom ni inte vet hur det är med luckorna i insatskedjan\. Ta reda på det – svaret kan flytta förslaget\./ },
    { g: { komplexitet: 2, luckor: 2 }, says: /Ett högre steg är inte automatiskt bättre/ },
    { g: { komplexitet: 2, luckor: 2, resurser: 2, ambition: 2 }, says: /räcker till ungefär steg 2\. Det stämmer med behovet: problem, ambition, uppdrag och resurser är i harmoni\./ },
    { g: { komplexitet: 5, luckor: 5, resurser: 4, ambition: 4 }, says: /räcker till ungefär steg 4, en bit under behovet\. Det är nästan i harmoni/ },
    { g: { komplexitet: 1, luckor: 1, resurser: 3, ambition: 2 }, says: /räcker till steg 2 eller 3, en bit över behovet\. Det ger marginal/ },
    { g: { komplexitet: 5, luckor: 5, resurser: 3, ambition: 2 }, says: /medan behovet pekar mot steg 5\. Ambition, problem, uppdrag och resurser är inte i harmoni\. Med för lite resurser för problemet är misslyckandet inbyggt/ },
    { g: { komplexitet: 1, luckor: 2, resurser: 4, ambition: 5 }, says: /räcker till steg 4 eller 5, medan behovet pekar mot steg 1 eller 2\. Ambition, problem, uppdrag och resurser är inte i harmoni\. Ni riskerar att bygga något större och dyrare/ },
    { g: { komplexitet: 4, luckor: 2, resurser: 1, ambition: 5 }, says: /i nivå med behovet\. Men ambitionen och resurserna drar åt olika håll.*Er ambition pekar mot steg 5, men resurserna räcker till steg 1\. Ambition och resurser är inte i harmoni\. .*Rolls Royce.*begagnad VW/ },
    { g: { komplexitet: 5, luckor: 3, resurser: 1, ambition: 5 }, says: /en bit under behovet\. Dessutom drar ambitionen och resurserna åt olika håll\./ },
    { g: { komplexitet: 1, luckor: 1, resurser: 4, ambition: 1 }, says: /en bit över behovet\. Dessutom drar.*Resurserna räcker till steg 4, men ambitionen stannar vid steg 1\. Ambition och resurser är inte i harmoni\./ },
  ] as { g: Given; says: RegExp }[])('explains $g', ({ g, says }) => {
    expect(words(g)).toMatch(says);
  });

  it.each([
    { g: { komplexitet: 2, luckor: 2, resurser: 2 }, says: /Era resurser räcker till ungefär steg 2\. .*Det ni kan bära bygger bara på ett av svaren, eftersom frågan om ambitionen är obesvarad\./ },
    { g: { komplexitet: 2, luckor: 2, ambition: 2, resurser: 'vet-inte' }, says: /Er ambition pekar mot ungefär steg 2\. .*eftersom ni inte vet hur det är med resurserna\. Ta reda på det – svaret kan flytta bedömningen\./ },
    { g: { komplexitet: 2, luckor: 2 }, says: /Svara också på frågorna om resurser och ambition/ },
    { g: { komplexitet: 2, luckor: 2, resurser: 'vet-inte', ambition: 'vet-inte' }, says: /Ni vet ännu inte vilka resurser och vilken ambition ni har/ },
  ] as { g: Given; says: RegExp }[])('says what the carrying side rests on: $g', ({ g, says }) => {
    expect(words(g)).toMatch(says);
  });

  it.each([
    { g: { komplexitet: 4, luckor: 3, form: 3 }, says: /Er form är steg 3, Arbetsgrupper på deltid\. Den passar behovet – varken mer eller mindre än problemet kräver\./ },
    { g: { komplexitet: 5, luckor: 5, form: 3 }, says: /Det är två steg lägre än behovet, så formen är underdimensionerad: en begagnad VW.*misslyckandet inbyggt från början/ },
    { g: { komplexitet: 5, luckor: 5, form: 4 }, says: /Det är ett steg lägre än behovet/ },
    { g: { komplexitet: 1, luckor: 1, form: 5 }, says: /Det är fyra steg högre än behovet, så formen är överdimensionerad: en Rolls Royce.*kostar mer än problemet kräver/ },
    { g: { komplexitet: 4, luckor: 3, form: 'inget' }, says: /Ni har inte bestämt form ännu\. Utgå från steg 3 eller 4 när ni väljer/ },
    { g: { komplexitet: 2, luckor: 2, form: 'inget' }, says: /Utgå från steg 2 när ni väljer/ },
    { g: { form: 'inget' }, says: /Ni har inte bestämt form ännu\. Svara på frågorna om behovet/ },
    { g: { form: 4 }, says: /Er form är steg 4, Arbetsgrupper på heltid\. Den jämförs med förslaget när ni har svarat på frågorna om behovet\./ },
    { g: { komplexitet: 2, luckor: 2 }, says: /Ange också vilken form ni har eller planerar/ },
    { g: { komplexitet: 2, luckor: 2, resurser: 1, form: 4 }, says: /Steg 4 kostar mer än de resurser ni har beskrivit, som räcker till ungefär steg 1\./ },
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
    expect(t.keyLines).toEqual([{ id: keyIds[2], title: 'Kontinuiteten', text: `Ni vet inte – och det är i sig en varningssignal. ${model.keyQuestions[2]!.check}` }]);
  });
  it.each([
    { a: {}, summary: undefined },
    { a: { samspel: 'ja', mandat: 'ja', kontinuitet: 'ja' }, summary: 'Ni har svarat ja på alla tre nyckelfrågorna. Pröva dem igen när personer, uppdrag eller form ändras – de kommer tillbaka.' },
    { a: { samspel: 'ja', mandat: 'nej' }, summary: 'Ni har svarat ja på 1 av 3 nyckelfrågor. En är obesvarad.' },
    { a: { samspel: 'ja', mandat: 'nej', kontinuitet: 'delvis' }, summary: 'Ni har svarat ja på 1 av 3 nyckelfrågor.' },
    { a: { mandat: 'nej' }, summary: 'Ingen av nyckelfrågorna har ni kunnat svara ja på. 2 är obesvarade. Varningarna gäller vilken form ni än väljer.' },
  ] as { a: Answers; summary: string | undefined }[])('sums up the key questions: $a', ({ a, summary }) => {
    expect(describeStaircase(model, scoreStaircase(model, a)).keySummary).toBe(summary);
  });

  it.each([
    { g: { komplexitet: 2, luckor: 2, resurser: 2, ambition: 2, keys: 'ja' }, links: ['choice'] },
    { g: { komplexitet: 5, luckor: 5, resurser: 1, ambition: 1 }, links: ['choice', 'balance'] },
    { g: { resurser: 1, ambition: 5 }, links: ['choice', 'balance'] },
    { g: { resurser: 1, form: 3 }, links: ['choice', 'balance'] },
    { g: { komplexitet: 2, keys: 'delvis' }, links: ['choice', 'keyQuestions'] },
    { g: { form: 'inget' }, links: ['choice', 'steps'] },
    { g: { komplexitet: 1, luckor: 1, resurser: 4, ambition: 5, form: 'inget', keys: 'nej' }, links: ['choice', 'balance', 'keyQuestions', 'steps'] },
  ] as { g: Given; links: (keyof StaircaseModel['readNext'])[] }[])('points to read next for $g', ({ g, links }) => {
    expect(text(g).readNext).toEqual(links.map((l) => model.readNext[l]));
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
