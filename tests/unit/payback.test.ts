// Tid och fördelning: amounts as typed and stored, the cumulative nets per actor and in total,
// the payback year, the investment hump, the Svarte Petter rule and every sentence of the result.
import { describe, expect, it } from 'vitest';
import { formatAmount, isAmount, parseAmountInput } from '../../src/lib/amounts';
import { fitAnswers } from '../../src/lib/answers';
import {
  amountKey,
  exampleAnswers,
  HORIZON_KEY,
  humpOf,
  isSvartePetter,
  ledger,
  scorePayback,
  type Kind,
} from '../../src/tools/tid-och-fordelning/score';
import { describePayback } from '../../src/tools/tid-och-fordelning/words';
import { list as listOf } from '../../src/lib/swedish';
import { buildExport, parseImport } from '../../src/lib/export';
import { csvRowsFor } from '../../src/tools/derived';
import { paybackReport } from '../../src/tools/tid-och-fordelning/summary';
import { CODE_ITEMS, GROUP_SPECS, paybackModel as model } from '../support/models';
import type { Answers } from '../../src/tools/shared/scale';
import { paybackModelSchema, type PaybackModel } from '../../src/tools/tid-och-fordelning/schema';
import { spaceFor } from '../../src/tools/derived';

/** No-break space, as formatAmount writes between thousands. */
const nb = (s: string) => s.replace(/(\d) (\d{3})/g, '$1\u00a0$2');
type Rows = Partial<Record<string, Partial<Record<Kind, number[]>>>>;
/** Answers from amounts per actor and kind, year 1 first; `horizon` as the chosen horizon. */
function fill(rows: Rows, horizon?: number): Answers {
  const answers: Answers = horizon === undefined ? {} : { [HORIZON_KEY]: String(horizon) };
  for (const [actor, kinds] of Object.entries(rows)) {
    for (const [kind, values] of Object.entries(kinds ?? {}))
      values.forEach((n, i) => (answers[amountKey(actor, kind as Kind, i + 1)] = String(n)));
  }
  return answers;
}
const score = (a: Answers) => scorePayback(model, a);
const words = (a: Answers) => describePayback(model, score(a));
const EXAMPLE = exampleAnswers(model);

describe('the model file', () => {
  it('has the five actors of the issue and report 003, in order', () => {
    expect(model.actors.map((a) => a.name)).toEqual(['Kommunen', 'Regionen', 'Försäkringskassan', 'Arbetsförmedlingen', 'Individen']);
  });
  it('counts 1–10 years and recommends the manual’s 4–8 (4.3)', () => {
    expect(model.years).toEqual({ max: 10, shown: 5, recommended: { from: 4, to: 8 } });
    expect(model.unit).toBe('tkr');
  });
  it('gives report 003’s pattern in words and no figures of its own', () => {
    const text = model.pattern.points.join(' ');
    for (const fact of ['Kommunerna', 'Regionen och Försäkringskassan', 'Arbetsförmedlingen', 'tre år', 'längre tid'])
      expect(text).toContain(fact);
    expect(text).not.toMatch(/\d{3,}/);
    expect(model.pattern.source).toContain('003');
  });
  it('labels the example as made up, on the button and in its description', () => {
    expect(model.example.label).toMatch(/påhittade/);
    expect(model.example.description).toMatch(/påhittade/);
  });
  it('points every read-next link at a heading of chapter 3 or 4', () => {
    expect([model.readNext, model.distributionReadNext, model.svartePetter.readNext].map((r) => r.href)).toEqual([
      '/handboken/vad-ar-framgang/#tidsperspektivet-avgör-bilden',
      '/handboken/vad-ar-framgang/#fem-fallgropar-när-framgång-ska-mätas',
      '/handboken/vem-pratar-vi-om/#därför-blir-lönsamma-insatser-ogjorda',
    ]);
  });
});

describe('the schema refuses a broken model with a message an editor understands', () => {
  const broken = (change: (m: PaybackModel) => void): PaybackModel => {
    const m = structuredClone(model);
    change(m);
    return m;
  };
  it.each([
    {
      name: 'two actors with one id',
      model: broken((m) => (m.actors[1]!.id = m.actors[0]!.id)),
      message: 'varje aktör behöver ett eget id',
    },
    { name: 'more years shown than allowed', model: broken((m) => (m.years.shown = 11)), message: 'years.shown' },
    {
      name: 'a recommended range upside down',
      model: broken((m) => (m.years.recommended = { from: 8, to: 4 })),
      message: 'rekommenderade',
    },
    { name: 'an example longer than the horizon allows', model: broken((m) => (m.example.years = 11)), message: 'exemplet kan inte gälla' },
    {
      name: 'an example for an unknown actor',
      model: broken((m) => (m.example.amounts['skolan'] = { kostnad: [1, 1, 1, 1, 1], vinst: [1, 1, 1, 1, 1] })),
      message: 'aktör som inte finns',
    },
    { name: 'an example row of the wrong length', model: broken((m) => m.example.amounts['kommunen']!.vinst.pop()), message: 'lika många' },
    {
      name: 'an example amount above the maximum',
      model: broken((m) => (m.example.amounts['kommunen']!.vinst[0] = m.maxAmount + 1)),
      message: 'större än maxAmount',
    },
  ])('$name', ({ model: m, message }) => {
    const r = paybackModelSchema.safeParse(m);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message).join(' ')).toContain(message);
  });
});

describe('amounts', () => {
  const range = { min: 0, max: 1000 };
  it.each([
    { input: '', expected: { ok: true, value: undefined } },
    { input: '   ', expected: { ok: true, value: undefined } },
    { input: '0', expected: { ok: true, value: '0' } },
    { input: '007', expected: { ok: true, value: '7' } },
    { input: '1 000', expected: { ok: true, value: '1000' } },
    { input: '1\u00a0000', expected: { ok: true, value: '1000' } },
    { input: ' 12 ', expected: { ok: true, value: '12' } },
    { input: '1001', expected: { ok: false, error: 'Beloppet är större än 1\u00a0000 tkr. Kontrollera att det står i tkr.' } },
    {
      input: '-5',
      expected: { ok: false, error: 'Beloppet kan inte vara negativt. Skriv det som sparas eller kommer in under vinst i stället.' },
    },
    { input: '−5', expected: { ok: false, error: expect.stringContaining('negativt') } },
    { input: '1,5', expected: { ok: false, error: 'Skriv ett helt antal tkr, utan decimaler.' } },
    { input: '2.', expected: { ok: false, error: 'Skriv ett helt antal tkr, utan decimaler.' } },
    { input: '12x', expected: { ok: false, error: 'Skriv beloppet med siffror, till exempel 1 500 (tkr).' } },
    { input: '1e3', expected: { ok: false, error: expect.stringContaining('siffror') } },
    { input: 'NaN', expected: { ok: false, error: expect.stringContaining('siffror') } },
    { input: '9'.repeat(20), expected: { ok: false, error: expect.stringContaining('större än') } },
  ])('parses "$input"', ({ input, expected }) => {
    expect(parseAmountInput(input, range, 'tkr')).toEqual(expected);
  });
  it('refuses an amount below the range', () => {
    expect(parseAmountInput('4', { min: 5, max: 10 }, 'tkr')).toEqual({ ok: false, error: 'Beloppet måste vara minst 5 tkr.' });
  });
  it.each([
    { text: '0', ok: true },
    { text: '1000', ok: true },
    { text: '1001', ok: false },
    { text: '01', ok: false },
    { text: '-1', ok: false },
    { text: '1.5', ok: false },
    { text: '', ok: false },
    { text: 'ja', ok: false },
  ])('isAmount("$text") is $ok', ({ text, ok }) => expect(isAmount(text, range)).toBe(ok));
  it('is never an amount without a range', () => expect(isAmount('1', undefined)).toBe(false));
  it.each([
    { n: 0, text: '0' },
    { n: 999, text: '999' },
    { n: 1500, text: '1\u00a0500' },
    { n: -2550, text: '\u22122\u00a0550' },
    { n: 1234567, text: '1\u00a0234\u00a0567' },
    { n: 12.5, text: '13' },
  ])('formats $n as "$text"', ({ n, text }) => expect(formatAmount(n)).toBe(text));
});

describe('answers that fit the model', () => {
  it('keeps the horizon and amounts in range, drops junk, unknown fields and years past the maximum', () => {
    const answers = {
      ar: '5',
      'kommunen-kostnad-1': '1500',
      'kommunen-vinst-1': '12x',
      'kommunen-vinst-2': String(model.maxAmount + 1),
      'kommunen-vinst-11': '5',
      'skolan-kostnad-1': '5',
      'regionen-kostnad-3': '01',
    };
    expect(fitAnswers(answers, spaceFor('tid-och-fordelning', model))).toEqual({
      answers: { ar: '5', 'kommunen-kostnad-1': '1500' },
      dropped: 5,
    });
  });
  it('drops a horizon outside 1–10', () => {
    expect(fitAnswers({ ar: '11' }, spaceFor('tid-och-fordelning', model)).answers).toEqual({});
  });
});

describe('ledger: cumulative net and payback year', () => {
  it.each([
    { name: 'no money', costs: [0, 0], gains: [0, 0], cumulative: [0, 0], payback: 1 },
    { name: 'gains from the start', costs: [1, 1], gains: [2, 2], cumulative: [1, 2], payback: 1 },
    { name: 'a hump that turns', costs: [10, 5, 0], gains: [0, 5, 12], cumulative: [-10, -10, 2], payback: 3 },
    { name: 'breaking even exactly counts as paid back', costs: [4, 0], gains: [0, 4], cumulative: [-4, 0], payback: 2 },
    { name: 'never paid back', costs: [5, 5], gains: [1, 1], cumulative: [-4, -8], payback: undefined },
    { name: 'up, then down again at the end', costs: [0, 0, 9], gains: [5, 0, 0], cumulative: [5, 5, -4], payback: undefined },
    {
      name: 'down, up, down, up: counted from the last dip',
      costs: [3, 0, 4, 0],
      gains: [0, 4, 0, 6],
      cumulative: [-3, 1, -3, 3],
      payback: 4,
    },
  ])('$name', ({ costs, gains, cumulative, payback }) => {
    const l = ledger(costs, gains);
    expect(l.years.map((y) => y.cumulative)).toEqual(cumulative);
    expect(l.payback).toBe(payback);
    expect(l.net).toBe(cumulative.at(-1));
  });
  it.each([
    { cumulative: [1, 2], hump: undefined },
    { cumulative: [-3, -7, -7, 2], hump: { depth: 7, year: 2 } },
    { cumulative: [0, -1], hump: { depth: 1, year: 2 } },
  ])('the hump of $cumulative', ({ cumulative, hump }) => {
    const l = ledger(
      cumulative.map((c, i) => Math.max(0, (cumulative[i - 1] ?? 0) - c)),
      cumulative.map((c, i) => Math.max(0, c - (cumulative[i - 1] ?? 0))),
    );
    expect(humpOf(l)).toEqual(hump);
  });
});

describe('scorePayback', () => {
  it('nothing answered: the years shown, nothing entered, no hump, no warning', () => {
    const r = score({});
    expect(r).toMatchObject({
      chosenHorizon: undefined,
      horizon: 5,
      entered: 0,
      fields: 50,
      beyond: 0,
      hasMoney: false,
      hump: undefined,
      losers: [],
      winners: [],
    });
    expect(r.actors.every((a) => !a.included)).toBe(true);
  });

  it('the example: pays back in year 4 after a hump of 2 550 in year 2, and Arbetsförmedlingen carries the costs', () => {
    const r = score(EXAMPLE);
    expect(r.total.years.map((y) => y.cumulative)).toEqual([-1700, -2550, -1350, 350, 2350]);
    expect(r.total.payback).toBe(4);
    expect(r.hump).toEqual({ depth: 2550, year: 2 });
    expect(r.actors.map((a) => [a.actor.id, a.net, a.payback])).toEqual([
      ['kommunen', 1600, 4],
      ['regionen', 450, 4],
      ['forsakringskassan', 600, 3],
      ['arbetsformedlingen', -2600, undefined],
      ['individen', 2300, 1],
    ]);
    expect(r.losers.map((a) => a.actor.id)).toEqual(['arbetsformedlingen']);
    expect(r.winners.map((a) => a.actor.id)).toEqual(['kommunen', 'regionen', 'forsakringskassan', 'individen']);
    expect(isSvartePetter(r)).toBe(true);
    expect(r.cautious.payback).toBeUndefined();
    expect(r.cautious.net).toBe(-3350);
    expect(r).toMatchObject({ entered: 50, fields: 50, chosenHorizon: 5 });
  });

  it('all fields at the lowest (zero): entered, but no money', () => {
    const zeros = Object.fromEntries([...spaceFor('tid-och-fordelning', model).amounts!.keys()].map((k) => [k, '0']));
    const r = score({ ...zeros, ar: '10' });
    expect(r).toMatchObject({ entered: 100, hasMoney: false, hump: undefined, losers: [], winners: [] });
  });

  it('all fields at the highest: costs and gains cancel out, every year', () => {
    const top = Object.fromEntries([...spaceFor('tid-och-fordelning', model).amounts!.keys()].map((k) => [k, String(model.maxAmount)]));
    const r = score({ ...top, ar: '10' });
    expect(r.total.net).toBe(0);
    expect(r.total.payback).toBe(1);
    expect(r.hump).toBeUndefined();
    expect(isSvartePetter(r)).toBe(false);
  });

  it('only the horizon chosen: no amounts yet', () => {
    expect(score({ ar: '8' })).toMatchObject({ chosenHorizon: 8, horizon: 8, entered: 0, fields: 80 });
  });

  it('a shorter horizon counts amounts beyond it aside, without losing them', () => {
    const r = score({ ...EXAMPLE, ar: '3' });
    expect(r.horizon).toBe(3);
    expect(r.beyond).toBe(20);
    expect(r.total.net).toBe(-1350);
  });

  it('an actor with amounts only after the horizon is left out', () => {
    const r = score({ ...fill({ kommunen: { kostnad: [100] } }, 2), 'regionen-vinst-4': '50' });
    expect(r.actors.filter((a) => a.included).map((a) => a.actor.id)).toEqual(['kommunen']);
    expect(r.beyond).toBe(1);
  });

  it.each([
    // Total costs 1 000 → a loser must be at least 100 behind.
    { name: 'a loss just under the threshold is no Svarte Petter', loss: 99, svarte: false },
    { name: 'a loss at the threshold is', loss: 100, svarte: true },
  ])('$name', ({ loss, svarte }) => {
    const r = score(fill({ kommunen: { kostnad: [1000 - loss], vinst: [2000] }, arbetsformedlingen: { kostnad: [loss] } }, 1));
    expect(isSvartePetter(r)).toBe(svarte);
  });

  it('no Svarte Petter when everyone loses, or everyone gains', () => {
    expect(isSvartePetter(score(fill({ kommunen: { kostnad: [500] }, regionen: { kostnad: [500] } }, 1)))).toBe(false);
    expect(isSvartePetter(score(fill({ kommunen: { vinst: [500] }, regionen: { vinst: [500] } }, 1)))).toBe(false);
  });
});

describe('describePayback', () => {
  it.each([
    {
      name: 'nothing answered',
      answers: {},
      headline: 'Fyll i kostnader och vinster för minst en aktör, så visas här när samverkan lönar sig och för vem.',
    },
    {
      name: 'only zeros',
      answers: fill({ kommunen: { kostnad: [0, 0] } }, 2),
      headline: 'Alla ifyllda belopp är noll. Fyll i vad samverkan kostar och ger, så visas en kalkyl.',
    },
    {
      name: 'the example',
      answers: EXAMPLE,
      headline: nb('Samverkan har tjänat in sina kostnader år 4. Efter 5 år blir det ett överskott på 2 350 tkr.'),
    },
    {
      name: 'gains from the first year',
      answers: fill({ kommunen: { kostnad: [10, 10], vinst: [20, 20] } }, 2),
      headline: 'Samverkan bär sig redan första året. Efter 2 år blir det ett överskott på 20 tkr.',
    },
    {
      name: 'even every year',
      answers: fill({ kommunen: { kostnad: [10], vinst: [10] } }, 1),
      headline: 'Samverkan bär sig redan första året. Efter 1 år blir det ett nollresultat.',
    },
    {
      name: 'never paid back',
      answers: fill({ kommunen: { kostnad: [1500, 1500], vinst: [0, 500] } }, 2),
      headline: nb('Samverkan har inte tjänat in sina kostnader inom 2 år: det blir ett underskott på 2 500 tkr.'),
    },
  ])('headline: $name', ({ answers, headline }) => {
    expect(words(answers).headline).toBe(headline);
  });

  it('nothing answered: no lines beyond the horizon prompt, no charts', () => {
    expect(words({})).toEqual({
      headline: expect.any(String),
      lines: ['Ni har inte valt hur många år ni räknar på. Kalkylen gäller de 5 år som visas tills ni väljer.'],
      actorLines: [],
      warning: [],
      humpSummary: '',
      actorSummary: '',
    });
  });

  it('the example, in full', () => {
    const t = words(EXAMPLE);
    expect(t.lines).toEqual([
      nb('Investeringspuckeln är som djupast år 2. Då ligger samverkan sammanlagt 2 550 tkr back.'),
      nb('Första året ensamt visar ett underskott på 1 700 tkr. Den som bara ser till ett budgetår missar vinsterna som kommer senare.'),
      nb('Om bara hälften av vinsterna kommer tjänar samverkan inte in sina kostnader inom 5 år. Det blir ett underskott på 3 350 tkr.'),
    ]);
    expect(t.actorLines).toEqual([
      nb('Kommunen: har tjänat in sina kostnader år 4, ett överskott på 1 600 tkr efter 5 år.'),
      'Regionen: har tjänat in sina kostnader år 4, ett överskott på 450 tkr efter 5 år.',
      'Försäkringskassan: har tjänat in sina kostnader år 3, ett överskott på 600 tkr efter 5 år.',
      nb('Arbetsförmedlingen: ett underskott på 2 600 tkr efter 5 år. Kostnaderna tjänas inte in inom horisonten.'),
      nb('Individen: bara vinster, ett överskott på 2 300 tkr efter 5 år.'),
    ]);
    expect(t.warning[0]).toBe(
      'Samverkan lönar sig för helheten, men inte för Arbetsförmedlingen. Den aktören bär kostnader medan Kommunen, Regionen, Försäkringskassan och Individen får vinsterna.',
    );
    expect(t.warning[1]).toContain('Svarte Petter-spel');
    expect(t.humpSummary).toBe(
      nb(
        'Diagram över 5 år för alla aktörer tillsammans. Staplar under nollinjen visar kostnaderna, staplar över den visar vinsterna, och en linje visar det sammanlagda nettot. Linjen är som lägst år 2, 2 550 tkr under noll. Den når noll eller mer år 4. Efter 5 år blir det ett överskott på 2 350 tkr. Samma siffror finns i tabellen under diagrammet.',
      ),
    );
    expect(t.actorSummary).toBe(
      nb(
        'Stapeldiagram över nettot per aktör efter 5 år: Kommunen plus 1 600 tkr, Regionen plus 450 tkr, Försäkringskassan plus 600 tkr, Arbetsförmedlingen minus 2 600 tkr och Individen plus 2 300 tkr.',
      ),
    );
  });

  it.each([
    {
      horizon: 2,
      line: '2 år är en kort horisont. Manualen räknar med 4 till 8 år: på kort sikt syns kostnaderna, men vinsterna hinner inte komma.',
    },
    { horizon: 4, line: undefined },
    { horizon: 8, line: undefined },
    {
      horizon: 9,
      line: '9 år är längre än de 4 till 8 år som manualen rekommenderar. Ju längre fram ni räknar, desto osäkrare blir vinsterna.',
    },
  ])('a horizon of $horizon years', ({ horizon, line }) => {
    const lines = words(fill({ kommunen: { kostnad: [100], vinst: [0, 200] } }, horizon)).lines;
    const about = lines.filter((l) => l.includes('horisont') || l.includes('manualen rekommenderar'));
    expect(about).toEqual(line ? [line] : []);
  });

  it('says which amounts lie beyond the horizon', () => {
    expect(words({ ...EXAMPLE, ar: '3' }).lines).toContain(
      '20 belopp gäller år efter år 3. De räknas inte nu, men finns kvar om ni väljer en längre horisont.',
    );
  });

  it('names the actors left out, and says blank fields count as zero', () => {
    const lines = words(fill({ kommunen: { kostnad: [100, 100, 0, 0], vinst: [0, 300, 0, 0] } }, 4)).lines;
    expect(lines[0]).toBe(
      'Inte med i kalkylen, eftersom inga belopp är ifyllda: Regionen, Försäkringskassan, Arbetsförmedlingen och Individen.',
    );
    const blanks = words(fill({ kommunen: { kostnad: [100] }, regionen: { vinst: [300, 0] } }, 5)).lines;
    expect(blanks[0]).toContain('Tomma rutor hos de andra räknas som 0 tkr.');
    const everyone = Object.fromEntries(model.actors.map((a) => [a.id, { kostnad: [100], vinst: [200] }]));
    expect(words(fill(everyone, 5)).lines[0]).toBe('Tomma rutor räknas som 0 tkr.');
    const full = Object.fromEntries(model.actors.map((a) => [a.id, { kostnad: [100, 100, 100, 100], vinst: [200, 200, 200, 200] }]));
    expect(words(fill(full, 4)).lines.some((l) => l.includes('Tomma rutor'))).toBe(false);
  });

  it('a calculation that never goes below zero has no hump, and says that is unusual', () => {
    expect(words(fill({ kommunen: { kostnad: [10], vinst: [20] } }, 1)).lines).toContain(
      'Summan går aldrig under noll, så kalkylen har ingen investeringspuckel. Det är ovanligt: kontrollera att kostnaderna för att bygga upp samverkan finns med.',
    );
  });

  it('mentions the first budget year only when it shows a loss that is later made good', () => {
    const firstYear = (a: Answers) => words(a).lines.some((l) => l.startsWith('Första året'));
    expect(firstYear(EXAMPLE)).toBe(true);
    expect(firstYear(fill({ kommunen: { kostnad: [100, 100], vinst: [0, 50] } }, 2))).toBe(false);
    expect(firstYear(fill({ kommunen: { kostnad: [100], vinst: [200] } }, 2))).toBe(false);
    expect(firstYear(fill({ kommunen: { kostnad: [100], vinst: [0] } }, 1))).toBe(false);
  });

  it.each([
    {
      name: 'holds from the first year',
      rows: { kommunen: { kostnad: [10], vinst: [40] } },
      line: 'Även om bara hälften av vinsterna kommer bär sig samverkan från första året.',
    },
    {
      name: 'pays back later',
      rows: { kommunen: { kostnad: [100, 0, 0], vinst: [0, 120, 120] } },
      line: 'Om bara hälften av vinsterna kommer har samverkan tjänat in sina kostnader år 3.',
    },
    {
      name: 'never pays back',
      rows: { kommunen: { kostnad: [100, 0], vinst: [0, 150] } },
      line: 'Om bara hälften av vinsterna kommer tjänar samverkan inte in sina kostnader inom 2 år. Det blir ett underskott på 25 tkr.',
    },
    { name: 'has no gains to halve', rows: { kommunen: { kostnad: [100, 0] } }, line: undefined },
  ])('the half-gains test: $name', ({ rows, line }) => {
    const lines = words(fill(rows, rows.kommunen.kostnad.length)).lines.filter((l) => l.includes('hälften'));
    expect(lines).toEqual(line ? [line] : []);
  });

  it('writes another share than half in per cent', () => {
    const m = { ...model, caution: { gainShare: 0.3 } };
    expect(describePayback(m, scorePayback(m, fill({ kommunen: { kostnad: [10], vinst: [40] } }, 1))).lines).toContain(
      'Även om bara 30 procent av vinsterna kommer bär sig samverkan från första året.',
    );
  });

  it.each([
    { name: 'only zeros', kommunen: { kostnad: [0] }, line: 'Kommunen: bara nollor ifyllda.' },
    {
      name: 'costs and gains that hold from year 1',
      kommunen: { kostnad: [10], vinst: [30] },
      line: 'Kommunen: bär sig från första året, ett överskott på 20 tkr efter 1 år.',
    },
  ])('actor line: $name', ({ kommunen, line }) => {
    const t = words(fill({ kommunen, regionen: { vinst: [5] } }, 1));
    expect(t.actorLines[0]).toBe(line);
  });

  it('warns when losers and winners meet in a calculation that does not pay back as a whole', () => {
    const t = words(fill({ kommunen: { kostnad: [1000] }, regionen: { kostnad: [500] }, individen: { vinst: [300] } }, 1));
    expect(t.warning[0]).toBe(
      'Kommunen och Regionen går back medan Individen går med vinst. Samverkan som helhet lönar sig inte heller inom 1 år.',
    );
  });

  it('uses the plural when several actors carry the costs of a profitable whole', () => {
    const t = words(fill({ kommunen: { kostnad: [1000] }, regionen: { kostnad: [500] }, individen: { vinst: [3000] } }, 1));
    expect(t.warning[0]).toBe(
      'Samverkan lönar sig för helheten, men inte för Kommunen och Regionen. De aktörerna bär kostnader medan Individen får vinsterna.',
    );
  });

  it.each([
    { names: [], text: '' },
    { names: ['A'], text: 'A' },
    { names: ['A', 'B'], text: 'A och B' },
    { names: ['A', 'B', 'C'], text: 'A, B och C' },
  ])('lists $names as "$text"', ({ names, text }) => expect(listOf(names)).toBe(text));

  it('an actor chart summary without a sign for a zero net', () => {
    expect(words(fill({ kommunen: { kostnad: [10], vinst: [10] }, regionen: { vinst: [5] } }, 1)).actorSummary).toBe(
      'Stapeldiagram över nettot per aktör efter 1 år: Kommunen 0 tkr och Regionen plus 5 tkr.',
    );
  });
});

describe('the summary for Min självskattning', () => {
  const SP = 'tid-och-fordelning/svarte-petter';
  const NO = 'tid-och-fordelning/ingen-aterbetalning';
  it.each([
    { name: 'nothing answered', answers: {}, findings: [], answered: 0 },
    { name: 'only zeros', answers: fill({ kommunen: { kostnad: [0] } }, 1), findings: [], answered: 2 },
    { name: 'pays back, fairly shared', answers: fill({ kommunen: { kostnad: [10], vinst: [20] } }, 1), findings: [], answered: 3 },
    { name: 'pays back, but with a Svarte Petter', answers: EXAMPLE, findings: [SP], answered: 51 },
    {
      name: 'never pays back, shared',
      answers: fill({ kommunen: { kostnad: [100] }, regionen: { kostnad: [100] } }, 1),
      findings: [NO],
      answered: 3,
    },
    {
      name: 'never pays back, with a Svarte Petter',
      answers: fill({ kommunen: { kostnad: [1000] }, individen: { vinst: [300] } }, 1),
      findings: [SP, NO],
      answered: 3,
    },
  ])('$name', ({ answers, findings, answered }) => {
    const r = paybackReport(model, answers);
    expect(r.findings.map((f) => f.rule.id)).toEqual(findings);
    expect(r.summary.answered).toBe(answered);
  });

  it('gives a CSV row per question, in words and Swedish numbers', () => {
    const r = paybackReport(model, EXAMPLE);
    const rows = csvRowsFor('tid-och-fordelning', model, EXAMPLE);
    expect(rows[0]).toEqual({ tool: 'Tid och fördelning', section: 'Tidshorisont', item: 'Hur många år räknar ni på?', answer: '5 år' });
    expect(rows[1]).toEqual({ tool: 'Tid och fördelning', section: 'Kommunen', item: 'Kostnad år 1 (tkr)', answer: '1\u00a0500' });
    expect(r.summary.details[0]).toContain('inte för Arbetsförmedlingen');
    expect(r.summary.details[1]).toContain('Investeringspuckeln');
  });
});

describe('beside the other tools', () => {
  it('the answer code carries the horizon as an option item and every field as an amount', () => {
    const code = CODE_ITEMS['tid-och-fordelning'];
    expect(code.items).toEqual([[HORIZON_KEY, ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']]]);
    expect(code.amounts).toHaveLength(100);
    expect(code.amounts![0]).toEqual(['kommunen-kostnad-1', { min: 0, max: model.maxAmount }]);
  });
  it('the group view gets the horizon only: amounts have no options to place on a scale', () => {
    expect(GROUP_SPECS['tid-och-fordelning'].items.map((i) => i.id)).toEqual([HORIZON_KEY]);
    expect(GROUP_SPECS['tid-och-fordelning'].items[0]!.options.map((o) => o.value)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
  it('an exported file with amounts reads back in, dropping what does not fit', () => {
    const file = buildExport({ 'tid-och-fordelning': { ...EXAMPLE, 'kommunen-vinst-1': '12x' } });
    const r = parseImport(file, { 'tid-och-fordelning': spaceFor('tid-och-fordelning', model) });
    expect(r).toMatchObject({ ok: true, dropped: 1 });
    if (r.ok)
      expect(r.tools['tid-och-fordelning']).toEqual(Object.fromEntries(Object.entries(EXAMPLE).filter(([k]) => k !== 'kommunen-vinst-1')));
  });
});
