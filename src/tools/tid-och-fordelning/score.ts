// Tid och fördelning: the collaboration's money over time and between the actors. From each
// actor's costs and gains per year it works out the net year by year and added up (cumulative),
// for each actor and in total; the payback year; the investment hump (how far the total sinks
// before it turns); and the "Svarte Petter" pattern – an actor left with a deficit while others
// come out ahead. Amounts are whole numbers in the model's unit (tkr), stored as digit strings.
//
// Unanswered stays unanswered: an actor with no amount within the horizon is left out of the
// calculation (and named as such). Inside an actor that has amounts, an empty field counts as
// zero – the way a budget reads a blank line – and the words say so.
import type { Answers } from '../shared/scale';
import type { PaybackActor, PaybackModel } from './schema';
import { amountValue, type AmountRange } from '../../lib/amounts';

/** The answer key for the horizon: how many years the group counts. */
export const HORIZON_KEY = 'ar';
export const KINDS = ['kostnad', 'vinst'] as const;
export type Kind = (typeof KINDS)[number];

/** The answer key of one field, e.g. "kommunen-kostnad-3". */
export function amountKey(actor: string, kind: Kind, year: number): string {
  return `${actor}-${kind}-${year}`;
}

/** 1 … model.years.max, as the horizon's option ids. */
export function horizonOptions(model: PaybackModel): string[] {
  return Array.from({ length: model.years.max }, (_, i) => String(i + 1));
}

export function amountRange(model: PaybackModel): AmountRange {
  return { min: 0, max: model.maxAmount };
}

export interface YearFigures {
  year: number;
  cost: number;
  gain: number;
  /** gain − cost that year */
  net: number;
  /** the net of this year and all before it */
  cumulative: number;
}

export interface Ledger {
  years: YearFigures[];
  cost: number;
  gain: number;
  /** the cumulative net at the end of the horizon */
  net: number;
  /**
   * The first year from which the cumulative net stays at zero or above to the end of the
   * horizon; undefined when it is below zero at the end.
   */
  payback: number | undefined;
}

export interface ActorLedger extends Ledger {
  actor: PaybackActor;
  /** fields with an amount, within the horizon */
  entered: number;
  /** has at least one amount within the horizon, and so is part of the calculation */
  included: boolean;
}

export interface Hump {
  /** how far below zero the cumulative total sinks, as a positive number */
  depth: number;
  /** the year it is deepest (the first, if two are equal) */
  year: number;
}

export interface PaybackResult {
  /** the horizon the group chose; undefined until it chooses */
  chosenHorizon: number | undefined;
  /** the years counted: the chosen horizon, or the years shown before a choice */
  horizon: number;
  /** fields with an amount within the horizon, and how many fields there are */
  entered: number;
  fields: number;
  /** amounts entered for years after the horizon (kept, but not counted) */
  beyond: number;
  actors: ActorLedger[];
  total: Ledger;
  /** costs or gains other than zero exist */
  hasMoney: boolean;
  hump: Hump | undefined;
  /** Svarte Petter: included actors with a real deficit at the horizon, while others gain */
  losers: ActorLedger[];
  winners: ActorLedger[];
  /** the same total if only `caution.gainShare` of every gain comes */
  cautious: Ledger;
}

/** Cumulative figures and the payback year from costs and gains per year. */
export function ledger(costs: readonly number[], gains: readonly number[]): Ledger {
  let cumulative = 0;
  const years = costs.map((cost, i) => {
    const gain = gains[i] ?? 0;
    cumulative += gain - cost;
    return { year: i + 1, cost, gain, net: gain - cost, cumulative };
  });
  const lastBelow = years.findLastIndex((y) => y.cumulative < 0);
  return {
    years,
    cost: costs.reduce((s, c) => s + c, 0),
    gain: gains.reduce((s, g) => s + g, 0),
    net: cumulative,
    payback: lastBelow === years.length - 1 ? undefined : lastBelow + 2,
  };
}

/** The deepest point of a cumulative net below zero; undefined when it never goes below. */
export function humpOf(l: Ledger): Hump | undefined {
  let hump: Hump | undefined;
  for (const y of l.years) if (y.cumulative < 0 && (!hump || -y.cumulative > hump.depth)) hump = { depth: -y.cumulative, year: y.year };
  return hump;
}

const sum = (a: readonly number[][], i: number) => a.reduce((s, row) => s + (row[i] ?? 0), 0);

export function scorePayback(model: PaybackModel, answers: Answers): PaybackResult {
  const range = amountRange(model);
  const chosen = Number(answers[HORIZON_KEY]);
  const chosenHorizon = Number.isInteger(chosen) && chosen >= 1 && chosen <= model.years.max ? chosen : undefined;
  const horizon = chosenHorizon ?? model.years.shown;
  const inHorizon = Array.from({ length: horizon }, (_, i) => i + 1);

  let beyond = 0;
  const actors: ActorLedger[] = model.actors.map((actor) => {
    const read = (kind: Kind, year: number) => amountValue(answers[amountKey(actor.id, kind, year)], range);
    for (let year = horizon + 1; year <= model.years.max; year++) for (const kind of KINDS) if (read(kind, year) !== undefined) beyond++;
    const entered = inHorizon.reduce((n, y) => n + KINDS.filter((k) => read(k, y) !== undefined).length, 0);
    const own = ledger(
      inHorizon.map((y) => read('kostnad', y) ?? 0),
      inHorizon.map((y) => read('vinst', y) ?? 0),
    );
    return { ...own, actor, entered, included: entered > 0 };
  });

  const included = actors.filter((a) => a.included);
  const costs = included.map((a) => a.years.map((y) => y.cost));
  const gains = included.map((a) => a.years.map((y) => y.gain));
  const total = ledger(
    inHorizon.map((_, i) => sum(costs, i)),
    inHorizon.map((_, i) => sum(gains, i)),
  );
  const cautious = ledger(
    total.years.map((y) => y.cost),
    total.years.map((y) => y.gain * model.caution.gainShare),
  );
  const hasMoney = total.cost + total.gain > 0;
  const losers = included.filter((a) => a.net < 0 && -a.net >= model.svartePetter.minLossShare * total.cost);
  const winners = included.filter((a) => a.net > 0);

  return {
    chosenHorizon,
    horizon,
    entered: included.reduce((n, a) => n + a.entered, 0),
    fields: model.actors.length * horizon * KINDS.length,
    beyond,
    actors,
    total,
    hasMoney,
    hump: hasMoney ? humpOf(total) : undefined,
    losers: hasMoney && winners.length > 0 ? losers : [],
    winners: hasMoney && losers.length > 0 ? winners : [],
    cautious,
  };
}

/** Svarte Petter: at least one actor with a real deficit while at least one other gains. */
export function isSvartePetter(r: PaybackResult): boolean {
  return r.losers.length > 0 && r.winners.length > 0;
}

/** The model's made-up example as answers: its horizon and every amount it gives. */
export function exampleAnswers(model: PaybackModel): Answers {
  const answers: Answers = { [HORIZON_KEY]: String(model.example.years) };
  for (const [actor, row] of Object.entries(model.example.amounts)) {
    for (const kind of KINDS) row[kind].forEach((n, i) => (answers[amountKey(actor, kind, i + 1)] = String(n)));
  }
  return answers;
}
