import { describe, expect, it } from 'vitest';
import { fitAnswers } from '../../src/lib/answers';
import { scoreIceberg, zoneLevel, type IcebergPattern } from '../../src/tools/hindrens-isberg/score';
import { icebergReport } from '../../src/tools/hindrens-isberg/summary';
import { describeIceberg } from '../../src/tools/hindrens-isberg/words';
import { icebergModel as model } from '../support/models';
import type { Answers } from '../../src/tools/shared/schema';
import { icebergModelSchema, type IcebergModel } from '../../src/tools/hindrens-isberg/schema';
import { spaceFor } from '../../src/tools/derived';

const ids = (zone: number) => model.zones[zone]!.obstacles.map((o) => o.id);
const [F, W, U] = [ids(0), ids(1), ids(2)];
const ALL = [...F, ...W, ...U];
/** Every obstacle of `zone` answered `value`. */
const fill = (zone: string[], value: string): Answers => Object.fromEntries(zone.map((id) => [id, value]));
/** Answers for the zones with ratings in turn, e.g. each(F, ['1', '2', '1', '2']). */
const each = (zone: string[], values: string[]): Answers => Object.fromEntries(zone.map((id, i) => [id, values[i % values.length]!]));

describe('the model file', () => {
  it('has the three zones of the manual, top to bottom, with the formal one on top', () => {
    expect(model.zones.map((z) => z.where)).toEqual(['ovanför ytan', 'i vattenbrynet', 'under ytan']);
    expect(model.zones.map((z) => z.formal)).toEqual([true, false, false]);
  });
  it.each([
    { zone: 0, names: ['Lagar och regler', 'Sekretess', 'Ingen gemensam budget', 'Ingen gemensam huvudman'] },
    {
      zone: 1,
      names: [
        'Olika perspektiv och uppdrag',
        'Olika syn på klienten och människan',
        'Suddiga gränser för ansvar och risk',
        'Organisatorisk egocentrism och revir kring klienten',
        'Okunskap, myter och fördomar',
        'Amatörarbete i varandras domäner',
        'Förändringar utan samråd',
        'Centrifugalkrafter',
      ],
    },
    {
      zone: 2,
      names: [
        'Rädsla',
        'Att förlora självständighet och kontroll',
        'Revir, makt och prestige',
        'Rätten att definiera problemet',
        'Kampen om resurserna',
        '”Den sanna läran”',
        'Misstro och en negativ historia',
        'Rädslan att bli lurad',
      ],
    },
  ])('zone $zone holds every obstacle the manual lists there', ({ zone, names }) => {
    expect(model.zones[zone]!.obstacles.map((o) => o.name)).toEqual(names);
  });
  it('says what the manual says of blurred responsibility and of the formal obstacles (10.2.2–10.2.3)', () => {
    const obstacle = (id: string) => model.zones.flatMap((z) => z.obstacles).find((o) => o.id === id)!;
    expect(obstacle('ansvar-och-risk').explanation).toMatch(/vem som bär ansvaret.*intressen rakt emot varandra/);
    expect(model.zones[0]!.summary).toMatch(/tecken på något som ligger längre ner/);
  });
  it('rates 0–3 with words, and defines what high and low mean', () => {
    expect(model.scale).toEqual(['inte alls', 'i liten grad', 'i ganska hög grad', 'i hög grad']);
    expect(model.thresholds).toEqual({ high: 2, low: 1, topFrom: 2, topMax: 5 });
  });
  it('points every read-next link at a heading of chapter 10', () => {
    const hrefs = [model.readNext, model.warningSign.readNext, ...model.zones.map((z) => z.readNext)].map((r) => r.href);
    expect(hrefs).toEqual([
      '/handboken/framgangsfaktorer-och-hinder/#hindrens-isberg',
      '/handboken/framgangsfaktorer-och-hinder/#min-fru-förstår-mig-inte',
      '/handboken/framgangsfaktorer-och-hinder/#ovanför-ytan--formella-hinder',
      '/handboken/framgangsfaktorer-och-hinder/#i-vattenbrynet--det-som-nästan-syns',
      '/handboken/framgangsfaktorer-och-hinder/#under-ytan--de-verkligt-svåra-hindren',
    ]);
  });
});

describe('the schema refuses broken model data with a readable message', () => {
  const raw = structuredClone(model);
  it.each<{ change: (m: IcebergModel) => unknown; message: RegExp }>([
    { change: (m: IcebergModel) => (m.thresholds.low = 2), message: /low.*lägre än.*high/ },
    { change: (m: IcebergModel) => (m.scale = ['inte alls', 'lite', 'mycket']), message: /exakt fyra steg/ },
    { change: (m: IcebergModel) => m.zones.reverse(), message: /översta zonen ska vara de formella/ },
    { change: (m: IcebergModel) => (m.zones[1]!.obstacles[0]!.id = 'sekretess'), message: /eget id/ },
    {
      change: (m: IcebergModel) => (m.zones[0]!.obstacles[0]!.explanation = 'En mening. Och en till mening här.'),
      message: /en enda mening/,
    },
    { change: (m: IcebergModel) => (m.readNext.href = '/handboken/samverkansledning/'), message: /kapitel 10/ },
    { change: (m: IcebergModel) => (m.realReason.question = 'Inget frågetecken här alls.'), message: /frågetecken/ },
  ])('$message', ({ change, message }) => {
    const m = structuredClone(raw);
    change(m);
    const r = icebergModelSchema.safeParse(m);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message).join(' ')).toMatch(message);
  });
  it('accepts the model file as it is', () => {
    expect(icebergModelSchema.safeParse(raw).success).toBe(true);
  });
});

describe('zone levels', () => {
  it.each([
    { mean: undefined, level: undefined },
    { mean: 0, level: 'none' },
    { mean: 0.25, level: 'low' },
    { mean: 1, level: 'low' },
    { mean: 1.125, level: 'medium' },
    { mean: 5 / 3, level: 'medium' },
    { mean: 2, level: 'high' },
    { mean: 3, level: 'high' },
  ])('a mean of $mean is $level', ({ mean, level }) => {
    expect(zoneLevel(model, mean)).toBe(level);
  });
});

describe('scoring the iceberg', () => {
  it.each<{ name: string; answers: Answers; dominant: string[]; pattern: IcebergPattern; counts: [number, number, number] }>([
    { name: 'nothing answered', answers: {}, dominant: [], pattern: undefined, counts: [0, 0, 20] },
    { name: 'everything "vet inte"', answers: fill(ALL, 'vet-inte'), dominant: [], pattern: undefined, counts: [0, 20, 0] },
    { name: 'everything 0 (lowest)', answers: fill(ALL, '0'), dominant: [], pattern: 'none', counts: [20, 0, 0] },
    {
      name: 'everything 3 (highest): a three-way tie',
      answers: fill(ALL, '3'),
      dominant: ['ovanfor-ytan', 'vattenbrynet', 'under-ytan'],
      pattern: 'deeper',
      counts: [20, 0, 0],
    },
    {
      name: 'formal 3, deeper 0',
      answers: { ...fill(F, '3'), ...fill(W, '0'), ...fill(U, '0') },
      dominant: ['ovanfor-ytan'],
      pattern: 'formal-only',
      counts: [20, 0, 0],
    },
    { name: 'formal 3, deeper unanswered', answers: fill(F, '3'), dominant: ['ovanfor-ytan'], pattern: 'formal-only', counts: [4, 0, 16] },
    {
      name: 'formal 2, waterline 1, below "vet inte"',
      answers: { ...fill(F, '2'), ...fill(W, '1'), ...fill(U, 'vet-inte') },
      dominant: ['ovanfor-ytan'],
      pattern: 'formal-only',
      counts: [12, 8, 0],
    },
    {
      name: 'formal 3, below 2',
      answers: { ...fill(F, '3'), ...fill(U, '2') },
      dominant: ['ovanfor-ytan'],
      pattern: 'formal',
      counts: [12, 0, 8],
    },
    {
      name: 'formal moderate (1,5), deeper 0',
      answers: { ...each(F, ['1', '2']), ...fill(W, '0'), ...fill(U, '0') },
      dominant: ['ovanfor-ytan'],
      pattern: 'formal',
      counts: [20, 0, 0],
    },
    {
      name: 'below 3, the rest 1',
      answers: { ...fill(F, '1'), ...fill(W, '1'), ...fill(U, '3') },
      dominant: ['under-ytan'],
      pattern: 'deeper',
      counts: [20, 0, 0],
    },
    {
      name: 'waterline and below tie at 2',
      answers: { ...fill(F, '1'), ...fill(W, '2'), ...fill(U, '2') },
      dominant: ['vattenbrynet', 'under-ytan'],
      pattern: 'deeper',
      counts: [20, 0, 0],
    },
    {
      name: 'formal and below tie at 2',
      answers: { ...fill(F, '2'), ...fill(W, '0'), ...fill(U, '2') },
      dominant: ['ovanfor-ytan', 'under-ytan'],
      pattern: 'deeper',
      counts: [20, 0, 0],
    },
    { name: 'one obstacle rated', answers: { [W[2]!]: '1' }, dominant: ['vattenbrynet'], pattern: 'deeper', counts: [1, 0, 19] },
  ])('$name', ({ answers, dominant, pattern, counts }) => {
    const r = scoreIceberg(model, answers);
    expect(r.dominant.map((z) => z.zone.id)).toEqual(dominant);
    expect(r.pattern).toBe(pattern);
    expect([r.rated, r.unknown, r.unanswered]).toEqual(counts);
    expect(r.answered).toBe(counts[0] + counts[1]);
    expect(r.total).toBe(20);
  });

  it('leaves "vet inte" and unanswered out of the mean, never counting them as 0', () => {
    const r = scoreIceberg(model, { [F[0]!]: '3', [F[1]!]: 'vet-inte' });
    expect(r.zones[0]).toMatchObject({ rated: 1, unknown: 1, unanswered: 2, mean: 3, level: 'high' });
    expect(r.zones[1]).toMatchObject({ rated: 0, unanswered: 8, mean: undefined, level: undefined });
  });

  it('lists at most five obstacles rated 2 or 3, highest first, equal ratings top of the iceberg first', () => {
    const a = {
      sekretess: '2',
      radsla: '3',
      'gemensam-budget': '3',
      okunskap: '2',
      'misstro-och-historia': '2',
      'sanna-laran': '2',
      'lagar-och-regler': '1',
    };
    const r = scoreIceberg(model, a);
    expect(r.top.map((o) => [o.obstacle.id, o.rating])).toEqual([
      ['gemensam-budget', 3],
      ['radsla', 3],
      ['sekretess', 2],
      ['okunskap', 2],
      ['sanna-laran', 2],
    ]);
    expect(r.topMore).toBe(1);
  });

  it.each([
    { name: 'all 1', answers: fill(ALL, '1'), top: 0, more: 0 },
    { name: 'all 3', answers: fill(ALL, '3'), top: 5, more: 15 },
    { name: 'two at 2', answers: { sekretess: '2', radsla: '2' }, top: 2, more: 0 },
  ])('top list when $name', ({ answers, top, more }) => {
    const r = scoreIceberg(model, answers);
    expect([r.top.length, r.topMore]).toEqual([top, more]);
  });
});

describe('the result in words', () => {
  const text = (a: Answers) => describeIceberg(model, scoreIceberg(model, a));
  const all = (a: Answers) => {
    const t = text(a);
    return [
      t.headline,
      ...t.notes,
      ...t.zones,
      t.realReason?.question,
      t.realReason?.explanation,
      ...t.advice,
      ...t.top,
      t.topNote,
      t.warningSign?.text,
    ]
      .filter(Boolean)
      .join(' ');
  };
  const hrefs = (a: Answers) => text(a).readNext.map((r) => r.href.split('#')[1]);

  it('asks for ratings when nothing is answered, and shows no result', () => {
    const t = text({});
    expect(t.headline).toBe('Skatta hindren så visas här var i isberget tyngdpunkten ligger.');
    expect([t.notes, t.zones, t.advice, t.top]).toEqual([[], [], [], []]);
    expect([t.realReason, t.warningSign, t.topNote]).toEqual([undefined, undefined, undefined]);
    expect(hrefs({})).toEqual(['hindrens-isberg']);
  });

  it.each([
    {
      name: 'all "vet inte"',
      answers: fill(ALL, 'vet-inte'),
      expected: [
        /^Ni har bara svarat ”vet inte” hittills/,
        /Alla 20 hinder är besvarade\./,
        /På 20 hinder har ni svarat ”vet inte”/,
        /inte vet hur det står till under ytan/,
        /Under ytan – de verkligt svåra hindren: bara ”vet inte” hittills\./,
      ],
    },
    {
      name: 'all 0',
      answers: fill(ALL, '0'),
      expected: [
        /^Inget av de hinder ni har skattat står i vägen/,
        /inga hinder – i snitt 0 på skalan 0–3 \(4 av 4 hinder skattade\)/,
        /något under ytan som ingen har sagt högt/,
      ],
    },
    {
      name: 'all 3',
      answers: fill(ALL, '3'),
      expected: [
        /^Hindren väger lika tungt i alla tre zonerna\./,
        /När flera zoner har samma snitt räknas de som lika tunga/,
        /Ytterligare 15 hinder har ni skattat till ”i ganska hög grad” eller mer/,
        /tillit, rädsla, revir och prestige/,
        /varningssignal/,
      ],
    },
    {
      name: 'formal 3, the rest unanswered',
      answers: fill(F, '3'),
      expected: [
        /^Tyngst väger hindren ovanför ytan\./,
        /16 av 20 hinder är obesvarade/,
        /Ovanför ytan – formella hinder: starka hinder – i snitt 3 på skalan 0–3 \(4 av 4 hinder skattade\)\./,
        /I vattenbrynet – det som nästan syns: inte skattad ännu\./,
        /vad är det då som gör att ni inte vill\?/,
        /formella sällan det som verkligen stoppar samverkan/,
        /Ni har ännu inte skattat något hinder längre ner/,
      ],
    },
    {
      name: 'one unanswered, one "vet inte" in the waterline',
      answers: { ...fill(ALL, '1'), [W[0]!]: 'vet-inte', [U[0]!]: undefined as unknown as string },
      expected: [
        /1 av 20 hinder är obesvarat\./,
        /På ett hinder har ni svarat ”vet inte”/,
        /Inget hinder har skattats till ”i ganska hög grad” eller mer\./,
        /svaga hinder – i snitt 1 på skalan 0–3 \(7 av 8 hinder skattade\)/,
      ],
    },
    {
      name: 'waterline and below tie',
      answers: { ...fill(F, '1'), ...fill(W, '2'), ...fill(U, '2') },
      expected: [
        /^Hindren i vattenbrynet och under ytan väger lika tungt\./,
        /Verktyget nämner dem alla/,
        /tid för att träffas/,
        /tillit, rädsla, revir och prestige/,
      ],
    },
    {
      name: 'formal moderate',
      answers: { ...each(F, ['1', '2']), ...fill(W, '0'), ...fill(U, '0') },
      expected: [/måttliga hinder – i snitt 1,5/, /Om de formella hindren försvann i morgon/, /knappt något längre ner/],
    },
    {
      name: 'a few rated high',
      answers: { sekretess: '3', radsla: '2' },
      expected: [/Sekretess \(ovanför ytan\): i hög grad\. Rädsla \(under ytan\): i ganska hög grad\./],
    },
  ])('$name', ({ answers, expected }) => {
    const words = all(Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== undefined)));
    for (const e of expected) expect(words).toMatch(e);
  });

  // The manual asks for the real reason whenever formal obstacles are put forward (10.2.2): any
  // formal obstacle rated 2 or 3. It is put more sharply when nothing further down is rated that
  // high – exactly when the finding "bara formella hinder" fires.
  const WHY = { deeper: model.realReason.explanation, nothingDeeper: model.realReason.nothingDeeper, none: undefined };
  it.each<{ name: string; answers: Answers; reason: keyof typeof WHY; deep: boolean; formalAdvice: boolean }>([
    {
      name: 'formal only',
      answers: { ...fill(F, '3'), ...fill(W, '0'), ...fill(U, '1') },
      reason: 'nothingDeeper',
      deep: false,
      formalAdvice: false,
    },
    {
      name: 'formal high but below high too',
      answers: { ...fill(F, '3'), ...fill(U, '2') },
      reason: 'deeper',
      deep: false,
      formalAdvice: true,
    },
    {
      name: 'secrecy 3 and distrust 2',
      answers: { sekretess: '3', 'misstro-och-historia': '2' },
      reason: 'deeper',
      deep: false,
      formalAdvice: true,
    },
    {
      name: 'secrecy 3, the waterline 2',
      answers: { ...fill(ALL, '0'), sekretess: '3', 'olika-perspektiv': '2' },
      reason: 'deeper',
      deep: false,
      formalAdvice: true,
    },
    {
      name: 'one formal obstacle at 2, the rest 0',
      answers: { ...fill(ALL, '0'), 'gemensam-budget': '2' },
      reason: 'nothingDeeper',
      deep: false,
      formalAdvice: true,
    },
    {
      name: 'a formal obstacle at 2, below only "vet inte"',
      answers: { sekretess: '2', ...fill(U, 'vet-inte') },
      reason: 'nothingDeeper',
      deep: false,
      formalAdvice: false,
    },
    { name: 'formal at 1: not cited', answers: fill(F, '1'), reason: 'none', deep: false, formalAdvice: true },
    {
      name: 'formal "vet inte", below 3',
      answers: { ...fill(F, 'vet-inte'), ...fill(U, '3') },
      reason: 'none',
      deep: true,
      formalAdvice: false,
    },
    {
      name: 'below dominates, formal 1',
      answers: { ...fill(F, '1'), ...fill(W, '1'), ...fill(U, '3') },
      reason: 'none',
      deep: true,
      formalAdvice: false,
    },
    {
      name: 'below dominates, formal 2',
      answers: { ...fill(F, '2'), ...fill(W, '1'), ...fill(U, '3') },
      reason: 'deeper',
      deep: true,
      formalAdvice: false,
    },
    { name: 'everything 0', answers: fill(ALL, '0'), reason: 'none', deep: false, formalAdvice: false },
  ])('the real-reason question and the advice: $name', ({ answers, reason, deep, formalAdvice }) => {
    const t = text(answers);
    expect(t.realReason?.question).toBe(reason === 'none' ? undefined : model.realReason.question);
    expect(t.realReason?.explanation).toBe(WHY[reason]);
    expect(icebergReport(model, answers).findings.some((f) => f.rule.id === 'hindrens-isberg/bara-formella-hinder')).toBe(
      reason === 'nothingDeeper',
    );
    expect(t.advice.some((a) => /tillit, rädsla, revir och prestige/.test(a))).toBe(deep);
    expect(t.advice.includes(model.zones[0]!.advice)).toBe(formalAdvice);
  });

  it.each([
    {
      name: 'below dominates',
      answers: fill(U, '3'),
      expected: ['hindrens-isberg', 'under-ytan--de-verkligt-svåra-hindren', 'min-fru-förstår-mig-inte'],
    },
    {
      name: 'formal only',
      answers: fill(F, '2'),
      expected: ['hindrens-isberg', 'ovanför-ytan--formella-hinder', 'min-fru-förstår-mig-inte'],
    },
    {
      name: 'a tie',
      answers: { ...fill(W, '2'), ...fill(U, '2') },
      expected: [
        'hindrens-isberg',
        'i-vattenbrynet--det-som-nästan-syns',
        'under-ytan--de-verkligt-svåra-hindren',
        'min-fru-förstår-mig-inte',
      ],
    },
    { name: 'everything 0', answers: fill(ALL, '0'), expected: ['hindrens-isberg'] },
  ])('links to the sections that fit: $name', ({ answers, expected }) => {
    expect(hrefs(answers)).toEqual(expected);
  });

  it('shows the "min fru förstår mig inte" reflection once some obstacle is marked', () => {
    expect(text({ sekretess: '1' }).warningSign?.title).toBe('Min fru förstår mig inte');
    expect(text({ sekretess: '0' }).warningSign).toBeUndefined();
  });
});

describe('fitting stored answers to the model', () => {
  it('drops unknown obstacles and invalid ratings, keeps the rest', () => {
    const { answers, dropped } = fitAnswers(
      { sekretess: '3', radsla: 'vet-inte', borttaget: '2', okunskap: '4', 'gemensam-budget': 'ja' },
      spaceFor('hindrens-isberg', model),
    );
    expect(answers).toEqual({ sekretess: '3', radsla: 'vet-inte' });
    expect(dropped).toBe(3);
  });
});
