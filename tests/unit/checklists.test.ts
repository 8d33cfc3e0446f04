import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { fitAnswers } from '../../src/lib/answers';
import { bandFor, scoreArea, scoreChecklists, weakestLink } from '../../src/tools/checklistor/score';
import { countsNote, describeArea, describeChecklists, numberWord, percent } from '../../src/tools/checklistor/words';
import { list as joinSv } from '../../src/lib/swedish';
import { checklistsModel as model } from '../support/models';
import type { Answers } from '../../src/tools/shared/schema';
import { checklistsModelSchema, type ChecklistsModel } from '../../src/tools/checklistor/schema';
import { spaceFor } from '../../src/tools/derived';

const area = (id: string) => model.areas.find((a) => a.id === id)!;
const ids = (areaId: string) => area(areaId).items.map((i) => i.id);
const allIds = model.areas.flatMap((a) => a.items.map((i) => i.id));

/** Answers for one area, in item order; undefined leaves an item unanswered. */
function fill(areaId: string, values: readonly (string | undefined)[]): Answers {
  const a: Answers = {};
  ids(areaId).forEach((id, i) => {
    const v = values[i];
    if (v) a[id] = v;
  });
  return a;
}
/** Every item of the area answered `value`. */
const whole = (areaId: string, value: string) =>
  fill(
    areaId,
    ids(areaId).map(() => value),
  );
/** Every item of every area answered `value`. */
const everything = (value: string): Answers => Object.fromEntries(allIds.map((id) => [id, value]));
const nbsp = (s: string) => s.replace(/ %/g, '\u00a0%');

describe('the model file', () => {
  it('has the nine areas, in order, with the manual’s number of items', () => {
    expect(model.areas.map((a) => [a.id, a.items.length])).toEqual([
      ['balans', 4],
      ['nio-fragor', 9],
      ['uppenbara', 6],
      ['subtila', 6],
      ['uppdragsgivargruppen', 7],
      ['misstag', 5],
      ['teamet', 8],
      ['hallbarhet', 12],
      ['implementering', 6],
    ]);
  });

  it.each([
    ['balans', ['Problemets komplexitet', 'Målets ambitionsnivå', 'Resurserna', 'Aktiviteterna']],
    [
      'uppenbara',
      [
        'Problemet är beskrivet',
        'Tydligt och rimligt mål',
        'Avgränsad målgrupp',
        'Mandat, resurser och spelregler',
        'Multikompetent team',
        'Gränsöverskridande ledarskap',
      ],
    ],
    [
      'subtila',
      ['Tillit', 'Tid och tålamod', 'Genomarbetade värderingar', 'Mod att släppa kontrollen', 'Legitimitet', 'Lust och engagemang'],
    ],
    [
      'uppdragsgivargruppen',
      [
        'Ser sig som ledning',
        'Agerar som en grupp',
        'Chefer med symmetriska mandat',
        'Mål, strategi och handlingsplan',
        'Gemensam idé om att leda',
        'Klara roller',
        'Tid avsatt',
      ],
    ],
    [
      'misstag',
      [
        'Undviker: inga resurser',
        'Undviker: inget verkligt åtagande',
        'Undviker: ingen investeringsfas',
        'Undviker: obalans',
        'Undviker: ingen förankring',
      ],
    ],
    [
      'teamet',
      [
        'Sakkompetens',
        'Social kompetens och nyfikenhet',
        'Legitimitet hemma',
        'Vilja att vara med',
        'Blandning av personligheter',
        'Inga bärare av ”den sanna läran”',
        'Minst fyra, hellre fem',
        'Dubblerad coachfunktion',
      ],
    ],
  ])('area %s has the manual’s items', (id, labels) => {
    expect(area(id).items.map((i) => i.label)).toEqual(labels);
  });

  it('asks the nine questions before we start', () => {
    const q = area('nio-fragor')
      .items.map((i) => i.question)
      .join(' ');
    for (const word of [
      'problem',
      'målgruppen',
      'realistiskt',
      'tid, kompetens, pengar och personal',
      'värderingar',
      'metodik',
      'ledas',
      'ordinarie verksamheten',
      'utvärderas',
      'strategiskt perspektiv',
    ]) {
      expect(q).toContain(word);
    }
  });

  it('says that "ja" means in balance, and that "ja" means a mistake is avoided', () => {
    expect(area('balans').intro).toMatch(/ja betyder att delen är i balans/);
    expect(area('misstag').intro).toMatch(/ja betyder att ni har undvikit misstaget/);
  });

  it('asks about a team of at least four, a doubled coach, and no carriers of "the true doctrine"', () => {
    const q = area('teamet')
      .items.map((i) => i.question)
      .join(' ');
    expect(q).toMatch(/minst fyra personer, helst fem/);
    expect(q).toMatch(/två exemplar/);
    expect(q).toMatch(/”den sanna läran”/);
  });

  it('has the sustainability determinants of Savaya, Spiro & Elran-Barak, and förstå – kunna – vilja', () => {
    expect(area('hallbarhet').source).toMatch(/Savaya, Spiro & Elran-Barak \(2011\)/);
    expect(area('hallbarhet').items.map((i) => i.label)).toEqual([
      'Programteori',
      'Uppvisad effektivitet',
      'Flexibilitet i projektet',
      'Personella resurser – att leda',
      'Personella resurser – att se nyttan',
      'Finansiella resurser',
      'Löpande utvärdering',
      'Organisatorisk stabilitet och flexibilitet',
      'Förkämpar',
      'Stöd från ledningen',
      'Integrering i organisationen',
      'Stöd från finansiären',
    ]);
    expect(area('implementering').items.map((i) => i.label)).toEqual([
      'Vilka parter',
      'Utgångspunkterna',
      'Beredda att ta över',
      'Förstå',
      'Kunna',
      'Vilja',
    ]);
  });

  it('keeps the thresholds of stark, ojämn and svag in the file', () => {
    expect(model.bands.map((b) => [b.label, b.min])).toEqual([
      ['stark', 0.8],
      ['ojämn', 0.5],
      ['svag', 0],
    ]);
    expect(model.points).toEqual({ ja: 1, delvis: 0.5, nej: 0 });
  });

  it('links every area to a section of a handbook chapter', () => {
    for (const a of model.areas) expect(a.readNext.href).toMatch(/^\/handboken\/[a-z-]+\/#\S+$/);
  });
});

describe('the schema catches content mistakes', () => {
  const raw = (): ChecklistsModel => parse(readFileSync('content/models/checklistor.yaml', 'utf8'));
  const messages = (data: unknown) => {
    const r = checklistsModelSchema.safeParse(data);
    return r.success ? [] : r.error.issues.map((i) => i.message);
  };
  it.each([
    {
      name: 'bands out of order',
      edit: (d: ChecklistsModel) => d.bands.reverse(),
      expected: /högsta först/,
    },
    {
      name: 'a last band that does not start at 0',
      edit: (d: ChecklistsModel) => (d.bands.at(-1)!.min = 0.1),
      expected: /sista bandet ska börja på 0/,
    },
    {
      name: 'the same item id in two areas',
      edit: (d: ChecklistsModel) => (d.areas[1]!.items[0]!.id = d.areas[0]!.items[0]!.id),
      expected: /id som inte används i något annat område/,
    },
    {
      name: 'a bad link',
      edit: (d: ChecklistsModel) => (d.areas[0]!.readNext.href = 'handboken/x'),
      expected: /skriv adressen/,
    },
  ])('$name', ({ edit, expected }) => {
    const d = raw();
    edit(d);
    expect(messages(d).join(' ')).toMatch(expected);
  });
  it('accepts the real file', () => {
    expect(messages(raw())).toEqual([]);
  });
});

describe('one area’s score', () => {
  it.each([
    {
      name: 'nothing answered',
      input: [],
      expected: { scored: 0, score: undefined, judged: false, band: undefined, unanswered: 4, vetInte: 0 },
    },
    {
      name: 'all ja',
      input: ['ja', 'ja', 'ja', 'ja'],
      expected: { scored: 4, score: 1, judged: true, band: 'stark', unanswered: 0, vetInte: 0 },
    },
    {
      name: 'all nej',
      input: ['nej', 'nej', 'nej', 'nej'],
      expected: { scored: 4, score: 0, judged: true, band: 'svag', unanswered: 0, vetInte: 0 },
    },
    {
      name: 'all delvis',
      input: ['delvis', 'delvis', 'delvis', 'delvis'],
      expected: { scored: 4, score: 0.5, judged: true, band: 'ojamn', unanswered: 0, vetInte: 0 },
    },
    {
      name: 'vet inte everywhere',
      input: ['vet-inte', 'vet-inte', 'vet-inte', 'vet-inte'],
      expected: { scored: 0, score: undefined, judged: false, band: undefined, unanswered: 0, vetInte: 4 },
    },
    {
      name: 'one of each',
      input: ['ja', 'delvis', 'nej', 'vet-inte'],
      expected: { scored: 3, score: 0.5, judged: true, band: 'ojamn', unanswered: 0, vetInte: 1 },
    },
    {
      name: 'one answer is too few',
      input: ['ja'],
      expected: { scored: 1, score: 1, judged: false, band: undefined, unanswered: 3, vetInte: 0 },
    },
    {
      name: 'half answered is enough',
      input: ['ja', 'nej'],
      expected: { scored: 2, score: 0.5, judged: true, band: 'ojamn', unanswered: 2, vetInte: 0 },
    },
    {
      name: 'vet inte does not count towards enough',
      input: ['ja', 'vet-inte', 'vet-inte'],
      expected: { scored: 1, score: 1, judged: false, band: undefined, unanswered: 1, vetInte: 2 },
    },
    {
      name: 'strong',
      input: ['ja', 'ja', 'ja', 'delvis'],
      expected: { scored: 4, score: 0.875, judged: true, band: 'stark', unanswered: 0, vetInte: 0 },
    },
    {
      name: 'uneven',
      input: ['ja', 'ja', 'delvis', 'nej'],
      expected: { scored: 4, score: 0.625, judged: true, band: 'ojamn', unanswered: 0, vetInte: 0 },
    },
    {
      name: 'weak',
      input: ['ja', 'nej', 'nej', 'delvis'],
      expected: { scored: 4, score: 0.375, judged: true, band: 'svag', unanswered: 0, vetInte: 0 },
    },
  ])('balans: $name', ({ input, expected }) => {
    const s = scoreArea(model, area('balans'), fill('balans', input));
    expect({ scored: s.scored, score: s.score, judged: s.judged, band: s.band?.id, unanswered: s.unanswered, vetInte: s.vetInte }).toEqual(
      expected,
    );
  });

  it('lists nej and delvis as what to work on, and vet inte as what to find out, in the model’s order', () => {
    const s = scoreArea(model, area('balans'), fill('balans', ['nej', 'ja', 'vet-inte', 'delvis']));
    expect(s.toWorkOn.map((w) => [w.item.id, w.answer])).toEqual([
      ['balans-problem', 'nej'],
      ['balans-aktiviteter', 'delvis'],
    ]);
    expect(s.toFindOut.map((i) => i.id)).toEqual(['balans-resurser']);
  });

  it.each([
    { share: 0, expected: 'svag' },
    { share: 0.49, expected: 'svag' },
    { share: 0.5, expected: 'ojamn' },
    { share: 0.79, expected: 'ojamn' },
    { share: 0.8, expected: 'stark' },
    { share: 4 / 5, expected: 'stark' },
    { share: 1, expected: 'stark' },
  ])('a share of $share is $expected', ({ share, expected }) => {
    expect(bandFor(model, share).id).toBe(expected);
  });
});

describe('the overall readiness: the weakest link, with the mean beside it', () => {
  const strongButTeam = { ...everything('ja'), ...whole('teamet', 'nej') };
  it.each([
    { name: 'nothing answered', input: {}, expected: { status: 'empty', weakest: [], mean: undefined, judged: 0 } },
    {
      name: 'vet inte everywhere',
      input: everything('vet-inte'),
      expected: { status: 'too-little', weakest: [], mean: undefined, judged: 0 },
    },
    {
      name: 'one answer per area',
      input: Object.fromEntries(model.areas.map((a) => [a.items[0]!.id, 'ja'])),
      expected: { status: 'too-little', weakest: [], mean: undefined, judged: 0 },
    },
    {
      name: 'one area done',
      input: fill('balans', ['ja', 'delvis', 'nej', 'ja']),
      expected: { status: 'partial', weakest: ['balans'], mean: 0.625, judged: 1 },
    },
    {
      name: 'two areas done, the weaker named',
      input: { ...whole('balans', 'ja'), ...whole('misstag', 'delvis') },
      expected: { status: 'partial', weakest: ['misstag'], mean: 0.75, judged: 2 },
    },
    {
      name: 'all ja: every area ties',
      input: everything('ja'),
      expected: { status: 'complete', weakest: model.areas.map((a) => a.id), mean: 1, judged: 9 },
    },
    {
      name: 'all nej: every area ties',
      input: everything('nej'),
      expected: { status: 'complete', weakest: model.areas.map((a) => a.id), mean: 0, judged: 9 },
    },
    { name: 'strong except the team', input: strongButTeam, expected: { status: 'complete', weakest: ['teamet'], mean: 8 / 9, judged: 9 } },
    {
      name: 'a tie of two',
      input: { ...everything('ja'), ...whole('balans', 'delvis'), ...whole('subtila', 'delvis') },
      expected: { status: 'complete', weakest: ['balans', 'subtila'], mean: 8 / 9, judged: 9 },
    },
  ])('$name', ({ input, expected }) => {
    const w = weakestLink(model, input);
    expect({ status: w.status, weakest: w.weakest.map((s) => s.area.id), judged: w.judged }).toEqual({
      status: expected.status,
      weakest: expected.weakest,
      judged: expected.judged,
    });
    if (expected.mean === undefined) expect(w.mean).toBeUndefined();
    else expect(w.mean).toBeCloseTo(expected.mean, 9);
  });

  it('names the weakest even when the mean looks strong', () => {
    const w = weakestLink(model, strongButTeam);
    expect(w.band?.id).toBe('svag');
    expect(w.meanBand?.id).toBe('stark');
  });

  it('ranks judged areas from the weakest up and leaves the rest out', () => {
    const r = scoreChecklists(model, {
      ...whole('balans', 'ja'),
      ...whole('misstag', 'nej'),
      ...whole('teamet', 'delvis'),
      [ids('subtila')[0]!]: 'nej',
    });
    expect(r.ranked.map((s) => s.area.id)).toEqual(['misstag', 'teamet', 'balans']);
    expect(r.answered).toBe(4 + 5 + 8 + 1);
    expect(r.total).toBe(63);
  });

  it('gives the same answer as the full result (for Min självskattning)', () => {
    const r = scoreChecklists(model, strongButTeam);
    const w = weakestLink(model, strongButTeam);
    expect(w).toEqual({
      status: r.status,
      weakest: r.weakest,
      band: r.band,
      mean: r.mean,
      meanBand: r.meanBand,
      judged: r.judged,
      areas: r.areas,
    });
  });
});

describe('an area in words', () => {
  it.each([
    { name: 'nothing answered', input: [], summary: 'Inget besvarat ännu.', counts: undefined, note: undefined },
    {
      name: 'only vet inte',
      input: ['vet-inte', 'vet-inte'],
      summary: 'Inget att räkna på ännu: ni har bara svarat vet inte.',
      counts: '2 obesvarade, 2 vet inte',
      note: 'Ta reda på svaren – det som är okänt kan vara en svag länk.',
    },
    {
      name: 'too few answers',
      input: ['ja', 'vet-inte'],
      summary: 'För få svar för att bedöma området: 1 av 4 frågor har svaret ja, delvis eller nej (hittills 100 % av möjliga poäng).',
      counts: '2 obesvarade, 1 vet inte',
      note: 'Området bedöms när minst hälften av frågorna har ett sådant svar.',
    },
    {
      name: 'judged on part',
      input: ['ja', 'nej', undefined, 'vet-inte'],
      summary: 'Ojämn: 50 % av möjliga poäng, räknat på 2 av 4 frågor.',
      counts: '1 obesvarad, 1 vet inte',
      note: 'En del finns på plats, men flera saker återstår.',
    },
    {
      name: 'all ja',
      input: ['ja', 'ja', 'ja', 'ja'],
      summary: 'Stark: 100 % av möjliga poäng, räknat på alla fyra frågorna.',
      counts: undefined,
      note: 'Det mesta är på plats här.',
    },
    {
      name: 'all nej',
      input: ['nej', 'nej', 'nej', 'nej'],
      summary: 'Svag: 0 % av möjliga poäng, räknat på alla fyra frågorna.',
      counts: undefined,
      note: 'Här återstår mycket innan ni kan räkna med området.',
    },
  ])('$name', ({ input, summary, counts, note }) => {
    const t = describeArea(model, scoreArea(model, area('balans'), fill('balans', input)));
    expect(t).toEqual({ summary: nbsp(summary), counts, note });
  });

  it.each([
    { input: { unanswered: 3, vetInte: 1 }, expected: '3 obesvarade, 1 vet inte' },
    { input: { unanswered: 1, vetInte: 0 }, expected: '1 obesvarad' },
    { input: { unanswered: 0, vetInte: 2 }, expected: '2 vet inte' },
    { input: { unanswered: 0, vetInte: 0 }, expected: undefined },
  ])('counts $input as $expected', ({ input, expected }) => {
    expect(countsNote(input)).toBe(expected);
  });

  it.each([
    { input: [], expected: '' },
    { input: ['A'], expected: 'A' },
    { input: ['A', 'B'], expected: 'A och B' },
    { input: ['A', 'B', 'C'], expected: 'A, B och C' },
  ])('joins $input', ({ input, expected }) => expect(joinSv(input)).toBe(expected));

  it.each([
    { n: 1, expected: 'ett' },
    { n: 4, expected: 'fyra' },
    { n: 12, expected: 'tolv' },
    { n: 13, expected: '13' },
  ])('writes $n as $expected', ({ n, expected }) => expect(numberWord(n)).toBe(expected));

  it('writes shares as Swedish percentages', () => {
    expect(percent(0.625)).toBe('63\u00a0%');
    expect(percent(8 / 9)).toBe('89\u00a0%');
  });
});

describe('the overall readiness in words', () => {
  const words = (a: Answers) => {
    const t = describeChecklists(model, scoreChecklists(model, a));
    return { headline: t.headline.replace(/\u00a0/g, ' '), text: t.lines.join(' ').replace(/\u00a0/g, ' ') };
  };

  it.each([
    {
      name: 'nothing answered: a prompt, not a result',
      input: {},
      headline: 'Svara på frågorna – gärna ett område i taget – så visas här var kedjan är svagast.',
      text: [/^$/],
    },
    {
      name: 'vet inte everywhere: too little to judge',
      input: everything('vet-inte'),
      headline: 'Ännu för lite besvarat för att bedöma er beredskap.',
      text: [/minst hälften av dess frågor/, /Av de 63 frågorna: 63 vet inte\./, /Vet inte räknas inte in i andelarna/],
    },
    {
      name: 'one area done: the weakest so far, with a caveat',
      input: fill('balans', ['ja', 'delvis', 'nej', 'ja']),
      headline: 'Svagast hittills: Fyra frågor i balans – ojämn (63 %).',
      text: [
        /Medelvärdet för det enda bedömda området är 63 %\./,
        /Åtta av nio områden har ännu för få svar/,
        /förrän de är besvarade\./,
        /59 obesvarade/,
      ],
    },
    {
      name: 'all but one area done: the one left is named',
      input: Object.fromEntries(Object.entries(everything('ja')).filter(([id]) => !ids('implementering').includes(id))),
      headline:
        'Svagast hittills: Fyra frågor i balans, Nio frågor innan ni börjar, Sex uppenbara framgångsfaktorer, Sex subtila framgångsfaktorer, Uppdragsgivargruppens sju kriterier, Fem klassiska misstag, Teamets sammansättning och Förutsättningar för hållbarhet – alla starka (100 %).',
      text: [
        /Medelvärdet för de åtta bedömda områdena är 100 % \(stark\)\./,
        /Ett av nio områden har ännu för få svar för att bedömas: Beredskap för implementering\./,
        /förrän det är besvarat\./,
        /6 obesvarade/,
      ],
    },
    {
      name: 'complete, one weak area under a strong mean',
      input: { ...everything('ja'), ...whole('teamet', 'nej') },
      headline: 'Svagaste länken: Teamets sammansättning – svag (0 %).',
      text: [
        /Medelvärdet för alla nio områden är 89 % \(stark\)/,
        /det är den svagaste länken som avgör/,
        /Snittet ser alltså bättre ut än er svagaste punkt\./,
        /Här finns en länk som riskerar att brista/,
      ],
    },
    {
      name: 'complete, a tie of two',
      input: { ...everything('ja'), ...whole('balans', 'delvis'), ...whole('subtila', 'delvis') },
      headline: 'Svagaste länkarna: Fyra frågor i balans och Sex subtila framgångsfaktorer – båda ojämna (50 %).',
      text: [/Medelvärdet för alla nio områden är 89 % \(stark\)/, /den svagaste länken behöver förstärkas/],
    },
    {
      name: 'all ja',
      input: everything('ja'),
      headline: `Svagaste länkarna: ${joinSv(model.areas.map((a) => a.title))} – alla starka (100 %).`,
      text: [/Medelvärdet för alla nio områden är 100 % \(stark\)/, /Inget område sticker ut/],
    },
    {
      name: 'all nej',
      input: everything('nej'),
      headline: `Svagaste länkarna: ${joinSv(model.areas.map((a) => a.title))} – alla svaga (0 %).`,
      text: [/Medelvärdet för alla nio områden är 0 % \(svag\)/, /riskerar att brista/],
    },
  ])('$name', ({ input, headline, text }) => {
    const w = words(input);
    expect(w.headline).toBe(headline);
    for (const re of text) expect(w.text).toMatch(re);
  });

  it('never gives the mean without the weakest area', () => {
    for (const input of [everything('delvis'), { ...everything('ja'), ...whole('misstag', 'nej') }, whole('balans', 'ja')]) {
      const w = words(input);
      expect(w.headline).toMatch(/^Svagast/);
      expect(w.text).toMatch(/Medelvärdet/);
    }
  });

  it('does not say the mean looks better when it is in the same band', () => {
    expect(words(everything('delvis')).text).not.toMatch(/Snittet ser alltså bättre ut/);
  });

  it('with one area judged gives its share as the mean without a second word', () => {
    expect(words(whole('balans', 'ja')).text).toMatch(/Medelvärdet för det enda bedömda området är 100 %\./);
  });
});

describe('fitting stored answers to the model', () => {
  it('drops unknown questions and invalid options, keeps the rest', () => {
    const { answers, dropped } = fitAnswers(
      { 'balans-problem': 'ja', borttagen: 'ja', 'team-storlek': 'kanske', 'impl-vilja': 'vet-inte' },
      spaceFor('checklistor', model),
    );
    expect(answers).toEqual({ 'balans-problem': 'ja', 'impl-vilja': 'vet-inte' });
    expect(dropped).toBe(2);
  });
});
