// Tid och fördelning in words. Pure, so that every sentence a group may read is unit-tested; the
// chart's text alternatives are written here too, from the same figures as the table.
import type { PaybackModel } from './schema';
import { formatAmount } from '../../lib/amounts';
import { isSvartePetter, type ActorLedger, type PaybackResult } from './score';
import { list } from '../../lib/swedish';

export interface PaybackText {
  headline: string;
  /** the reading of the total: horizon, hump, first year, uncertain gains */
  lines: string[];
  /** one line per actor in the calculation */
  actorLines: string[];
  /** the Svarte Petter warning, when one actor carries the costs while others gain */
  warning: string[];
  /** text alternatives of the two charts */
  humpSummary: string;
  actorSummary: string;
}

/** "A", "A och B", "A, B och C" */

function money(model: PaybackModel, n: number): string {
  return `${formatAmount(Math.abs(n))} ${model.unit}`;
}

/** "ett överskott på 1 200 tkr", "ett underskott på 300 tkr", "ett nollresultat" */
function netWords(model: PaybackModel, n: number): string {
  if (Math.round(n) > 0) return `ett överskott på ${money(model, n)}`;
  if (Math.round(n) < 0) return `ett underskott på ${money(model, n)}`;
  return 'ett nollresultat';
}

/** "hälften", or "30 procent" */
function shareWords(share: number): string {
  return share === 0.5 ? 'hälften' : `${Math.round(share * 100)} procent`;
}

function headlineOf(model: PaybackModel, r: PaybackResult): string {
  if (r.entered === 0) return 'Fyll i kostnader och vinster för minst en aktör, så visas här när samverkan lönar sig och för vem.';
  if (!r.hasMoney) return 'Alla ifyllda belopp är noll. Fyll i vad samverkan kostar och ger, så visas en kalkyl.';
  const end = `Efter ${r.horizon} år blir det ${netWords(model, r.total.net)}.`;
  if (r.total.payback === 1) return `Samverkan bär sig redan första året. ${end}`;
  if (r.total.payback !== undefined) return `Samverkan har tjänat in sina kostnader år ${r.total.payback}. ${end}`;
  return `Samverkan har inte tjänat in sina kostnader inom ${r.horizon} år: det blir ${netWords(model, r.total.net)}.`;
}

function horizonLines(model: PaybackModel, r: PaybackResult): string[] {
  const { from, to } = model.years.recommended;
  const lines: string[] = [];
  if (r.chosenHorizon === undefined) {
    lines.push(`Ni har inte valt hur många år ni räknar på. Kalkylen gäller de ${r.horizon} år som visas tills ni väljer.`);
  } else if (r.chosenHorizon < from) {
    lines.push(
      `${r.chosenHorizon} år är en kort horisont. Manualen räknar med ${from} till ${to} år: på kort sikt syns kostnaderna, men vinsterna hinner inte komma.`,
    );
  } else if (r.chosenHorizon > to) {
    lines.push(
      `${r.chosenHorizon} år är längre än de ${from} till ${to} år som manualen rekommenderar. Ju längre fram ni räknar, desto osäkrare blir vinsterna.`,
    );
  }
  if (r.beyond > 0) {
    lines.push(`${r.beyond} belopp gäller år efter år ${r.horizon}. De räknas inte nu, men finns kvar om ni väljer en längre horisont.`);
  }
  return lines;
}

function coverageLine(model: PaybackModel, r: PaybackResult): string | undefined {
  const left = r.actors.filter((a) => !a.included).map((a) => a.actor.name);
  const included = r.actors.filter((a) => a.included);
  const blanks = included.some((a) => a.entered < r.horizon * 2);
  if (left.length > 0) {
    const blank = blanks ? ` Tomma rutor hos de andra räknas som 0 ${model.unit}.` : '';
    return `Inte med i kalkylen, eftersom inga belopp är ifyllda: ${list(left)}.${blank}`;
  }
  return blanks ? `Tomma rutor räknas som 0 ${model.unit}.` : undefined;
}

function totalLines(model: PaybackModel, r: PaybackResult): string[] {
  const lines: string[] = [];
  if (r.hump) {
    lines.push(`Investeringspuckeln är som djupast år ${r.hump.year}. Då ligger samverkan sammanlagt ${money(model, r.hump.depth)} back.`);
  } else {
    lines.push(
      'Summan går aldrig under noll, så kalkylen har ingen investeringspuckel. Det är ovanligt: kontrollera att kostnaderna för att bygga upp samverkan finns med.',
    );
  }
  const first = r.total.years[0];
  if (r.horizon > 1 && first && first.net < 0 && r.total.payback !== undefined) {
    lines.push(
      `Första året ensamt visar ${netWords(model, first.net)}. Den som bara ser till ett budgetår missar vinsterna som kommer senare.`,
    );
  }
  if (r.total.gain > 0) {
    const share = shareWords(model.caution.gainShare);
    const c = r.cautious;
    if (c.payback === 1) lines.push(`Även om bara ${share} av vinsterna kommer bär sig samverkan från första året.`);
    else if (c.payback !== undefined)
      lines.push(`Om bara ${share} av vinsterna kommer har samverkan tjänat in sina kostnader år ${c.payback}.`);
    else
      lines.push(
        `Om bara ${share} av vinsterna kommer tjänar samverkan inte in sina kostnader inom ${r.horizon} år. Det blir ${netWords(model, c.net)}.`,
      );
  }
  return lines;
}

function actorLine(model: PaybackModel, r: PaybackResult, a: ActorLedger): string {
  const end = `${netWords(model, a.net)} efter ${r.horizon} år`;
  if (a.cost + a.gain === 0) return `${a.actor.name}: bara nollor ifyllda.`;
  if (a.payback === undefined) return `${a.actor.name}: ${end}. Kostnaderna tjänas inte in inom horisonten.`;
  if (a.payback === 1) return `${a.actor.name}: ${a.cost === 0 ? 'bara vinster' : 'bär sig från första året'}, ${end}.`;
  return `${a.actor.name}: har tjänat in sina kostnader år ${a.payback}, ${end}.`;
}

function warningOf(r: PaybackResult): string[] {
  if (!isSvartePetter(r)) return [];
  const losers = list(r.losers.map((a) => a.actor.name));
  const winners = list(r.winners.map((a) => a.actor.name));
  const one = r.losers.length === 1;
  const first =
    r.total.net >= 0
      ? `Samverkan lönar sig för helheten, men inte för ${losers}. ${one ? 'Den aktören bär' : 'De aktörerna bär'} kostnader medan ${winners} får vinsterna.`
      : `${losers} går back medan ${winners} går med vinst. Samverkan som helhet lönar sig inte heller inom ${r.horizon} år.`;
  return [
    first,
    `Den som räknar med att förlora drar sig lätt ur, eller skickar den dyra klienten vidare – ett Svarte Petter-spel. Tala öppet om fördelningen innan ni bestämmer er: kan vinsterna delas, eller kostnaderna bäras av fler?`,
  ];
}

function humpSummaryOf(model: PaybackModel, r: PaybackResult): string {
  const parts = [
    `Diagram över ${r.horizon} år för alla aktörer tillsammans. Staplar under nollinjen visar kostnaderna, staplar över den visar vinsterna, och en linje visar det sammanlagda nettot.`,
  ];
  if (r.hump) parts.push(`Linjen är som lägst år ${r.hump.year}, ${money(model, r.hump.depth)} under noll.`);
  if (r.total.payback !== undefined && r.total.payback > 1) parts.push(`Den når noll eller mer år ${r.total.payback}.`);
  parts.push(`Efter ${r.horizon} år blir det ${netWords(model, r.total.net)}. Samma siffror finns i tabellen under diagrammet.`);
  return parts.join(' ');
}

function actorSummaryOf(model: PaybackModel, r: PaybackResult): string {
  const included = r.actors.filter((a) => a.included);
  const sign = (n: number) => (Math.round(n) < 0 ? 'minus ' : Math.round(n) > 0 ? 'plus ' : '');
  const each = included.map((a) => `${a.actor.name} ${sign(a.net)}${money(model, a.net)}`);
  return `Stapeldiagram över nettot per aktör efter ${r.horizon} år: ${list(each)}.`;
}

export function describePayback(model: PaybackModel, r: PaybackResult): PaybackText {
  const headline = headlineOf(model, r);
  if (r.entered === 0 || !r.hasMoney) {
    return { headline, lines: horizonLines(model, r), actorLines: [], warning: [], humpSummary: '', actorSummary: '' };
  }
  const coverage = coverageLine(model, r);
  return {
    headline,
    lines: [...horizonLines(model, r), ...(coverage ? [coverage] : []), ...totalLines(model, r)],
    actorLines: r.actors.filter((a) => a.included).map((a) => actorLine(model, r, a)),
    warning: warningOf(r),
    humpSummary: humpSummaryOf(model, r),
    actorSummary: actorSummaryOf(model, r),
  };
}
