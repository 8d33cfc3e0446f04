// Vad är framgång?: the model file holds the manual's levels, pitfalls and questions; scoring and
// the result in words over every branch; the summary for "Min självskattning".
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fitAnswers } from '../../src/lib/answers';
import { scoreSuccess, UNKNOWN, type Direction } from '../../src/tools/framgang/score';
import { describeSuccess } from '../../src/tools/framgang/words';
import { list } from '../../src/lib/swedish';
import { successReport } from '../../src/tools/framgang/summary';
import { csvRowsFor } from '../../src/tools/derived';
import { successModel as model } from '../support/models';
import type { Answers } from '../../src/tools/shared/scale';
import { successModelSchema, type SuccessModel } from '../../src/tools/framgang/schema';
import { spaceFor } from '../../src/tools/derived';

const [L1, L2, L3] = model.levels.map((l) => l.id) as [string, string, string];
const STEP = model.stepMovement.id;
const SOFT = 'matt-mjuka';
const COSTS = 'matt-kostnader';
const REVENUE = 'matt-intakter';
const SEP = model.separate.id;
const asked = model.pitfalls.filter((p) => p.question).map((p) => p.id);
const evalIds = model.evaluation.map((q) => q.id);
/** The option of evaluation question `id` with the given direction. */
const dir = (id: string, d: Direction) => model.evaluation.find((q) => q.id === id)!.options.find((o) => o.direction === d)!.id;
const allEval = (d: Direction | 'vet-inte'): Answers =>
  Object.fromEntries(evalIds.map((id) => [id, d === 'vet-inte' ? UNKNOWN : dir(id, d)]));
const allOf = (ids: string[], v: string): Answers => Object.fromEntries(ids.map((id) => [id, v]));

const BEST: Answers = {
  ...allOf([L1, L2, L3], 'huvudmal'),
  ...allOf([STEP, SOFT, COSTS, REVENUE, SEP, ...asked], 'ja'),
  ...allEval('bra'),
};
const WORST: Answers = {
  ...allOf([L1, L2, L3], 'nej'),
  ...allOf([STEP, SOFT, COSTS, REVENUE, SEP, ...asked], 'nej'),
  ...allEval('daligt'),
};
const UNKNOWNS: Answers = { ...allOf([L1, L2, L3, STEP, SOFT, COSTS, REVENUE, SEP, ...asked], UNKNOWN), ...allEval('vet-inte') };

const score = (a: Answers) => scoreSuccess(model, a);
const text = (a: Answers) => describeSuccess(model, score(a));
const words = (a: Answers) => {
  const t = text(a);
  return [
    t.headline,
    ...t.levelLines,
    ...t.measureLines,
    t.pitfallSummary ?? '',
    ...t.pitfallLines.map((p) => `${p.title}. ${p.text}`),
    ...t.evaluationLines,
  ].join(' ');
};

describe('the model file', () => {
  it('has the manual’s three levels of success in order', () => {
    expect(model.levels.map((l) => l.name)).toEqual([
      'Att lyckas i det konkreta arbetet',
      'Att metoderna lever vidare',
      'Att hjälplösheten minskar och systemen förändras',
    ]);
  });
  it('asks about a step in the right direction (stegförflyttning) on level 1', () => {
    expect(model.stepMovement.question).toMatch(/steg åt rätt håll/);
    expect(model.stepMovement.warning).toMatch(/stegförflyttning/);
  });
  it('has soft and hard measures – lower costs and higher revenues', () => {
    expect(model.measures.map((m) => [m.id, m.kind])).toEqual([
      [SOFT, 'mjuk'],
      [COSTS, 'hard'],
      [REVENUE, 'hard'],
    ]);
    expect(model.measures[0]!.question).toMatch(/livskvalitet/);
  });
  it('has the five pitfalls of the success concept, the third judged from the measures', () => {
    expect(model.pitfalls.map((p) => p.name)).toEqual([
      'Prestationer i stället för resultat',
      'Bara projektets egna effekter',
      'En enda dimension',
      'En totalsumma i stället för en fördelning',
      'Bara det som går att räkna',
    ]);
    expect(model.pitfalls.filter((p) => p.fromMeasures).map((p) => p.number)).toEqual([3]);
  });
  it('pitfall 5: counting can miss both kinds of qualitative change – something getting better (first order) and the leap to something new (second order)', () => {
    const five = model.pitfalls.find((p) => p.number === 5)!;
    expect(five.warning).toMatch(/missa båda slagen/);
    expect(five.warning).toMatch(/blivit bättre \(första ordningen\)/);
    expect(five.warning).toMatch(/helt nytt \(andra ordningen\)/);
    expect(five.warning).not.toMatch(/fångar stegvisa förbättringar/);
    expect(five.question).toMatch(/både om något faktiskt har blivit bättre och om arbetet har lett till att ni gör helt nya saker/);
  });
  it('level 1: back to school, into work or on to studies', () => {
    expect(model.levels[0]!.question).toMatch(/tillbaka till skolan, in i arbete eller till studier\?$/);
    expect(model.levels[0]!.summary).toMatch(/tillbaka till skolan, in i arbete eller till studier/);
  });
  it('has the three evaluation questions: resources, helplessness, future needs', () => {
    expect(model.evaluation.map((q) => q.topic)).toEqual(['resursanvändningen', 'hjälplösheten', 'de framtida behoven']);
    expect(model.evaluation[2]!.options.map((o) => o.id)).toEqual(['systemforandrande', 'systembevarande', 'okar']);
  });
  it('asks the questions in the order of the answer code', () => {
    expect([...spaceFor('framgang', model).options.keys()]).toEqual([L1, L2, L3, STEP, SOFT, COSTS, REVENUE, SEP, ...asked, ...evalIds]);
    expect(spaceFor('framgang', model).options.get(L1)).toEqual(['huvudmal', 'andra-hand', 'nej', 'vet-inte']);
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
  const broken = (change: (m: SuccessModel) => void) => {
    const m = structuredClone(model);
    change(m);
    const r = successModelSchema.safeParse(m);
    return r.success ? '' : r.error.issues.map((i) => i.message).join(' | ');
  };
  it.each([
    { what: 'levels out of order', change: (m: SuccessModel) => (m.levels[0]!.number = 2), message: /nivåerna ska stå i ordning/ },
    { what: 'pitfalls out of order', change: (m: SuccessModel) => (m.pitfalls[1]!.number = 5), message: /fallgroparna ska stå i ordning/ },
    { what: 'no hard measure', change: (m: SuccessModel) => m.measures.forEach((x) => (x.kind = 'mjuk')), message: /minst ett mjukt/ },
    {
      what: 'a pitfall with neither question nor fromMeasures',
      change: (m: SuccessModel) => delete m.pitfalls[0]!.question,
      message: /antingen en fråga/,
    },
    { what: 'a pitfall with both', change: (m: SuccessModel) => (m.pitfalls[0]!.fromMeasures = true), message: /inte båda/ },
    {
      what: 'two pitfalls from the measures',
      change: (m: SuccessModel) => {
        delete m.pitfalls[3]!.question;
        m.pitfalls[3]!.fromMeasures = true;
      },
      message: /högst en fallgrop/,
    },
    {
      what: 'a followUp that is no asked pitfall',
      change: (m: SuccessModel) => (m.levels[0]!.followUp = 'en-dimension'),
      message: /followUp/,
    },
    {
      what: 'evaluation options out of order',
      change: (m: SuccessModel) => m.evaluation[0]!.options.reverse(),
      message: /i ordningen bra, mitten, daligt/,
    },
    {
      what: 'an evaluation option called vet-inte',
      change: (m: SuccessModel) => (m.evaluation[0]!.options[1]!.id = 'vet-inte'),
      message: /"vet-inte" finns redan/,
    },
    { what: 'two options', change: (m: SuccessModel) => m.evaluation[0]!.options.pop(), message: /precis tre/ },
    { what: 'a measure sharing a level’s id', change: (m: SuccessModel) => (m.measures[0]!.id = L1), message: /eget id/ },
  ])('refuses $what', ({ change, message }) => {
    expect(broken(change)).toMatch(message);
  });
  it('accepts the model as it is', () => {
    expect(broken(() => {})).toBe('');
  });
});

describe('scoring', () => {
  it.each([
    {
      name: 'nothing answered',
      answers: {},
      answered: 0,
      dims: undefined,
      statuses: [undefined, undefined, undefined, undefined, undefined],
    },
    {
      name: 'the best answers',
      answers: BEST,
      answered: 15,
      dims: 'bada',
      statuses: ['undviken', 'undviken', 'undviken', 'undviken', 'undviken'],
    },
    { name: 'the worst answers', answers: WORST, answered: 15, dims: 'ingen', statuses: ['risk', 'risk', 'risk', 'risk', 'risk'] },
    {
      name: '"vet inte" everywhere',
      answers: UNKNOWNS,
      answered: 15,
      dims: undefined,
      statuses: ['vet-inte', 'vet-inte', 'vet-inte', 'vet-inte', 'vet-inte'],
    },
    {
      name: 'partly',
      answers: { [L1]: 'huvudmal', [asked[0]!]: 'delvis', [SOFT]: 'ja' },
      answered: 3,
      dims: undefined,
      statuses: ['delvis', undefined, undefined, undefined, undefined],
    },
  ])('$name', ({ answers, answered, dims, statuses }) => {
    const r = score(answers);
    expect(r.answered).toBe(answered);
    expect(r.total).toBe(15);
    expect(r.dimensions).toBe(dims);
    expect(r.pitfalls.map((p) => p.status)).toEqual(statuses);
  });

  it.each([
    { soft: 'ja', costs: 'ja', revenue: undefined, dims: 'bada', pitfall: 'undviken' },
    { soft: 'ja', costs: 'delvis', revenue: 'nej', dims: 'bada', pitfall: 'delvis' },
    { soft: 'delvis', costs: 'nej', revenue: 'ja', dims: 'bada', pitfall: 'delvis' },
    { soft: 'ja', costs: 'nej', revenue: 'nej', dims: 'bara-mjuka', pitfall: 'risk' },
    { soft: 'nej', costs: 'nej', revenue: 'ja', dims: 'bara-harda', pitfall: 'risk' },
    { soft: 'nej', costs: 'nej', revenue: 'vet-inte', dims: 'ingen', pitfall: 'risk' },
    { soft: 'vet-inte', costs: 'ja', revenue: undefined, dims: undefined, pitfall: 'vet-inte' },
    { soft: 'ja', costs: 'vet-inte', revenue: 'vet-inte', dims: undefined, pitfall: 'vet-inte' },
    { soft: 'ja', costs: undefined, revenue: undefined, dims: undefined, pitfall: undefined },
  ])('soft $soft, costs $costs, revenue $revenue: $dims, pitfall 3 $pitfall', ({ soft, costs, revenue, dims, pitfall }) => {
    const a: Answers = {};
    if (soft) a[SOFT] = soft;
    if (costs) a[COSTS] = costs;
    if (revenue) a[REVENUE] = revenue;
    const r = score(a);
    expect(r.dimensions).toBe(dims);
    expect(r.pitfalls[2]!.status).toBe(pitfall);
  });

  it('sorts the levels into main goals, secondary goals, unknown and none', () => {
    const r = score({ [L1]: 'huvudmal', [L2]: 'andra-hand', [L3]: UNKNOWN });
    expect(r.mainLevels.map((l) => l.number)).toEqual([1]);
    expect(r.secondaryLevels.map((l) => l.number)).toEqual([2]);
    expect(r.unknownLevels.map((l) => l.number)).toEqual([3]);
    expect(r.noLevel).toBe(false);
    expect(score(allOf([L1, L2, L3], 'nej')).noLevel).toBe(true);
    expect(score({ [L1]: 'nej', [L2]: 'nej' }).noLevel).toBe(false);
  });

  it.each([
    { name: 'level 1 aimed, results not followed up', answers: { [L1]: 'huvudmal', prestationer: 'nej' }, kinds: ['ej-uppfoljd'] },
    {
      name: 'level 2 aimed in second hand, spread not followed up',
      answers: { [L2]: 'andra-hand', spridning: 'nej' },
      kinds: ['ej-uppfoljd'],
    },
    { name: 'level 2 aimed, spread partly followed up', answers: { [L2]: 'huvudmal', spridning: 'delvis' }, kinds: [] },
    { name: 'level 2 not aimed, spread not followed up', answers: { [L2]: 'nej', spridning: 'nej' }, kinds: [] },
    { name: 'level 3 aimed, helplessness grows', answers: { [L3]: 'huvudmal', hjalploshet: 'okar' }, kinds: ['mal-mot-vardering'] },
    {
      name: 'level 3 not aimed, level 1 is, helplessness grows',
      answers: { [L1]: 'huvudmal', [L3]: 'nej', hjalploshet: 'okar' },
      kinds: ['fel-niva'],
    },
    { name: 'level 3 unknown, helplessness grows', answers: { [L1]: 'huvudmal', [L3]: UNKNOWN, hjalploshet: 'okar' }, kinds: [] },
    { name: 'no level aimed, helplessness grows', answers: { ...allOf([L1, L2, L3], 'nej'), hjalploshet: 'okar' }, kinds: [] },
    { name: 'level 3 aimed, evaluation middling', answers: { [L3]: 'huvudmal', ...allEval('mitten') }, kinds: [] },
    { name: 'the worst answers (nothing aimed)', answers: WORST, kinds: [] },
  ])('conflicts: $name', ({ answers, kinds }) => {
    expect(score(answers).conflicts.map((c) => c.kind)).toEqual(kinds);
  });

  it('names every bad evaluation answer in a conflict', () => {
    const c = score({ [L3]: 'andra-hand', ...allEval('daligt') }).conflicts[0];
    expect(c?.kind === 'mal-mot-vardering' && c.bad.map((q) => q.id)).toEqual(evalIds);
  });
});

describe('the result in words', () => {
  it('asks for answers when there are none, and points to the levels', () => {
    const t = text({});
    expect(t.headline).toMatch(/^Svara på frågorna/);
    expect(t.readNext.map((r) => r.href)).toEqual([model.readNext.levels.href]);
    expect(t.levelLines).toEqual([]);
  });

  it.each([
    { name: 'one level', answers: { [L1]: 'huvudmal' }, headline: 'Ni siktar på nivå 1 (det konkreta arbetet).' },
    {
      name: 'two levels',
      answers: { [L1]: 'andra-hand', [L3]: 'huvudmal' },
      headline: 'Ni siktar på nivå 1 (det konkreta arbetet) och nivå 3 (minskad hjälplöshet och förändrade system).',
    },
    { name: 'no level', answers: allOf([L1, L2, L3], 'nej'), headline: 'Ni siktar inte på någon av de tre nivåerna av framgång.' },
    { name: 'undecided', answers: { [L1]: UNKNOWN }, headline: 'Ni har ännu inte bestämt vilken nivå av framgång ni siktar på.' },
    { name: 'all pitfalls avoided', answers: BEST, headline: /Ni undviker alla fem fallgroparna\.$/ },
    {
      name: 'the pitfalls judged so far avoided',
      answers: { [asked[0]!]: 'ja' },
      headline: /Ni undviker de fallgropar ni har bedömt hittills\.$/,
    },
    { name: 'all pitfalls a risk', answers: WORST, headline: /Fem av de fem fallgroparna är en risk för er\.$/ },
    {
      name: 'risks and partly',
      answers: { [asked[0]!]: 'nej', [asked[1]!]: 'nej', [asked[2]!]: 'delvis' },
      headline: /Två av de fem fallgroparna är en risk för er, och en undviker ni bara delvis\.$/,
    },
    { name: 'only partly', answers: { [asked[0]!]: 'delvis' }, headline: /En av de fem fallgroparna undviker ni bara delvis\.$/ },
    { name: 'pitfalls unknown', answers: UNKNOWNS, headline: 'Ni har ännu inte bestämt vilken nivå av framgång ni siktar på.' },
  ])('headline: $name', ({ answers, headline }) => {
    if (typeof headline === 'string') expect(text(answers).headline).toBe(headline);
    else expect(text(answers).headline).toMatch(headline);
  });

  it.each([
    { name: 'counts the unanswered', answers: { [L1]: 'huvudmal' }, says: /^14 av 15 frågor är obesvarade/ },
    {
      name: 'main and secondary goals',
      answers: { [L1]: 'huvudmal', [L2]: 'andra-hand' },
      says: /Som huvudmål har ni nivå 1.*I andra hand siktar ni på nivå 2.*Nivåerna kan ge olika svar/,
    },
    { name: 'no goal at all', answers: allOf([L1, L2, L3], 'nej'), says: /vad ska arbetet då leda till/ },
    {
      name: 'nothing decided',
      answers: allOf([L1, L2, L3], UNKNOWN),
      says: /Bestäm före start vad som ska räknas som framgång.*Ni vet inte om nivå 1, nivå 2 och nivå 3 hör till målen/,
    },
    { name: 'a step counts', answers: { [STEP]: 'ja' }, says: /räknas också som framgång hos er – en stegförflyttning/ },
    {
      name: 'a step counts partly',
      answers: { [STEP]: 'delvis' },
      says: /Ett steg åt rätt håll räknas bara delvis\. Om bara arbete och studier räknas blir måttet trubbigt/,
    },
    { name: 'a step does not count', answers: { [STEP]: 'nej' }, says: /Om bara arbete och studier räknas blir måttet trubbigt/ },
    { name: 'a step unknown', answers: { [STEP]: UNKNOWN }, says: /Ni vet inte om ett steg åt rätt håll räknas/ },
    {
      name: 'an unfollowed goal',
      answers: { [L2]: 'huvudmal', spridning: 'nej' },
      says: /Ni siktar på nivå 2, att metoderna lever vidare, men följer inte upp den: fallgrop 2, bara projektets egna effekter/,
    },
    {
      name: 'goal against evaluation',
      answers: { [L3]: 'huvudmal', hjalploshet: 'okar', 'framtida-behov': 'okar' },
      says: /går åt fel håll när det gäller hjälplösheten och de framtida behoven\. Målet och bedömningen går inte ihop/,
    },
    {
      name: 'success on the wrong level',
      answers: { [L1]: 'huvudmal', [L3]: 'nej', hjalploshet: 'okar' },
      says: /Ni siktar inte på nivå 3.*ryggsmärta/,
    },
  ])('levels: $name', ({ answers, says }) => {
    expect(text(answers).levelLines.join(' ')).toMatch(says);
  });

  it.each([
    {
      name: 'both, fully',
      answers: { [SOFT]: 'ja', [COSTS]: 'ja', [REVENUE]: 'ja' },
      says: /^Ni följer upp både mjuka och hårda värden\.$/,
    },
    { name: 'both, partly', answers: { [SOFT]: 'delvis', [COSTS]: 'ja' }, says: /minst den ena sidan bara delvis/ },
    { name: 'soft only', answers: { [SOFT]: 'ja', [COSTS]: 'nej', [REVENUE]: 'nej' }, says: /mjuka värden men inga hårda/ },
    { name: 'hard only', answers: { [SOFT]: 'nej', [COSTS]: 'ja' }, says: /hårda värden men inga mjuka/ },
    { name: 'none', answers: { [SOFT]: 'nej', [COSTS]: 'nej', [REVENUE]: 'nej' }, says: /varken upp mjuka eller hårda/ },
    { name: 'unknown side', answers: { [SOFT]: UNKNOWN, [COSTS]: 'ja' }, says: /Ni vet inte om alla slags värden följs upp/ },
    { name: 'one side answered', answers: { [SOFT]: 'ja' }, says: /Svara på frågorna om både mjuka och hårda värden/ },
    { name: 'kept apart', answers: { [SEP]: 'ja' }, says: /Ni håller isär mjuka och hårda värden/ },
    { name: 'partly apart', answers: { [SEP]: 'delvis' }, says: /bara delvis isär.*räknas den två gånger/ },
    { name: 'weighed together', answers: { [SEP]: 'nej' }, says: /^Ett sammanvägt mått är bekvämt/ },
    { name: 'unknown whether apart', answers: { [SEP]: UNKNOWN }, says: /Ni vet inte om värdena redovisas var för sig/ },
  ])('measures: $name', ({ answers, says }) => {
    expect(text(answers).measureLines.join(' ')).toMatch(says);
  });

  it('says nothing about measures when none is answered', () => {
    expect(text({ [L1]: 'huvudmal' }).measureLines).toEqual([]);
  });

  it.each([
    { name: 'all avoided', answers: BEST, summary: /^Ni undviker alla fem fallgroparna/, lines: [] },
    { name: 'none avoided', answers: WORST, summary: /^Ni undviker ingen av de fem fallgroparna\.$/, lines: [1, 2, 3, 4, 5] },
    {
      name: 'one judged',
      answers: { [asked[0]!]: 'ja' },
      summary: /^Ni undviker en av fem fallgropar\. Fyra går inte att bedöma ännu\.$/,
      lines: [],
    },
    {
      name: 'four judged',
      answers: { ...allOf(asked, 'ja'), [asked[3]!]: 'delvis' },
      summary: /^Ni undviker tre av fem fallgropar\. En går inte att bedöma ännu\.$/,
      lines: [5],
    },
    { name: 'unknown', answers: { [asked[1]!]: UNKNOWN }, summary: /^Ni undviker ingen/, lines: [2] },
  ])('pitfalls: $name', ({ answers, summary, lines }) => {
    const t = text(answers);
    expect(t.pitfallSummary).toMatch(summary);
    expect(t.pitfallLines.map((p) => Number(/Fallgrop (\d)/.exec(p.title)?.[1]))).toEqual(lines);
  });

  it('words a pitfall that is in, partly in or unknown', () => {
    const t = text({ [asked[0]!]: 'nej', [asked[1]!]: 'delvis', [asked[2]!]: UNKNOWN });
    expect(t.pitfallLines.map((p) => p.text)).toEqual([
      model.pitfalls[0]!.warning,
      `Bara delvis undviken. ${model.pitfalls[1]!.warning}`,
      expect.stringMatching(/^Ni vet inte – och det är i sig en varningssignal/),
    ]);
    expect(t.pitfallLines[0]!.title).toBe('Fallgrop 1: Prestationer i stället för resultat');
    expect(t.pitfallSummary).toBeDefined();
  });

  it('has no pitfall summary before a pitfall can be judged', () => {
    expect(text({ [L1]: 'huvudmal' }).pitfallSummary).toBeUndefined();
  });

  it.each(['bra', 'mitten', 'daligt'] as const)('evaluation: says what every %s answer means', (d) => {
    expect(text(allEval(d)).evaluationLines).toEqual(model.evaluation.map((q) => q.options.find((o) => o.direction === d)!.says));
  });
  it('evaluation: asks to find out when the answer is "vet inte"', () => {
    const lines = text(allEval('vet-inte')).evaluationLines;
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^Minskar eller ökar hjälplösheten\? Det vet ni inte ännu/);
  });

  it.each([
    { name: 'the best answers', answers: BEST, extra: [] },
    { name: 'the worst answers', answers: WORST, extra: ['pitfalls', 'measures', 'evaluation'] },
    { name: '"vet inte" everywhere', answers: UNKNOWNS, extra: ['pitfalls', 'measures', 'evaluation'] },
    { name: 'values weighed together', answers: { [SEP]: 'delvis' }, extra: ['measures'] },
    { name: 'a middling evaluation', answers: { hjalploshet: 'oforandrad' }, extra: ['evaluation'] },
    { name: 'a goal not followed up', answers: { [L1]: 'huvudmal', prestationer: 'nej' }, extra: ['pitfalls'] },
  ])('read next for $name', ({ answers, extra }) => {
    const keys = extra as (keyof typeof model.readNext)[];
    expect(text(answers).readNext).toEqual([model.readNext.levels, ...keys.map((k) => model.readNext[k])]);
  });

  it.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a och b'],
    [['a', 'b', 'c'], 'a, b och c'],
  ])('lists %j as "%s"', (items, expected) => expect(list(items)).toBe(expected));

  it('has words for every combination of answers without an empty line', () => {
    for (const a of [BEST, WORST, UNKNOWNS, { [L1]: 'huvudmal' }]) expect(words(a).length).toBeGreaterThan(20);
    for (const a of [BEST, WORST, UNKNOWNS]) {
      const t = text(a);
      expect([...t.levelLines, ...t.measureLines, ...t.evaluationLines].every((l) => l.length > 10)).toBe(true);
    }
  });
});

describe('Min självskattning', () => {
  const ids = (a: Answers) => successReport(model, a).findings.map((f) => f.rule.id);
  it.each([
    { name: 'nothing answered', answers: {}, findings: [] },
    { name: 'the best answers', answers: BEST, findings: [] },
    { name: 'the worst answers', answers: WORST, findings: ['framgang/inget-mal', 'framgang/fallgrop'] },
    { name: '"vet inte" everywhere', answers: UNKNOWNS, findings: ['framgang/vet-inte'] },
    { name: 'only a goal', answers: { [L1]: 'huvudmal' }, findings: [] },
    {
      name: 'a goal that is not followed up',
      answers: { [L1]: 'huvudmal', prestationer: 'nej' },
      findings: ['framgang/fallgrop', 'framgang/mal-och-uppfoljning-krockar'],
    },
  ])('findings for $name', ({ answers, findings }) => expect(ids(answers)).toEqual(findings));

  it('has a CSV row per question, with answers in words', () => {
    const rows = csvRowsFor('framgang', model, { [L1]: 'andra-hand', [L2]: UNKNOWN, [SOFT]: 'delvis', hjalploshet: 'okar' });
    expect(rows).toHaveLength(15);
    expect(rows.every((r) => r.tool === 'Vad är framgång?')).toBe(true);
    expect(rows.map((r) => r.answer).filter(Boolean)).toEqual(['Ja, men i andra hand', 'Vet inte', 'Delvis', 'Mer beroende']);
  });

  it('lists what to work on first: the pitfalls the group is in', () => {
    const report = successReport(model, WORST);
    expect(report.summary.details).toHaveLength(3);
    expect(report.summary.details[0]).toBe(
      'Fallgrop 1: Prestationer i stället för resultat. Antal möten och ärenden visar hur mycket som görs, inte om det blir bättre.',
    );
    expect(report.summary.answered).toBe(15);
  });
});

describe('fitting stored answers to the model', () => {
  it('drops unknown questions and invalid options, keeps the rest', () => {
    const { answers, dropped } = fitAnswers(
      { [L1]: 'huvudmal', [L2]: 'ja', borttagen: 'ja', hjalploshet: 'okar', [SOFT]: 'okar' },
      spaceFor('framgang', model),
    );
    expect(answers).toEqual({ [L1]: 'huvudmal', hjalploshet: 'okar' });
    expect(dropped).toBe(3);
  });
});
