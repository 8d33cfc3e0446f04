// The handout's questions to discuss: built from where the group disagrees most and where it
// stands weakest, so that the talk starts where it is needed (lack of samsyn is a finding). Pure.
import type { GroupItem } from './spec';
import type { OrgSplit } from './stats';
import { disagreements, labelOf, type ToolStats } from './tool-stats';

export interface Question {
  tool: string;
  text: string;
}

// A label that is itself a quotation (”Den sanna läran”) keeps its own marks instead of getting a second pair.
const quote = (s: string) => {
  const t = s.replace(/[?.]$/, '');
  return /^”.*”$/.test(t) ? t : `”${t}”`;
};

/** Up to `perTool` questions per tool: the largest disagreements first, then the weakest shared item. */
export function discussionQuestions(stats: readonly ToolStats[], perTool = 3): Question[] {
  return stats.flatMap((s) => {
    const out: Question[] = disagreements(s)
      .slice(0, perTool)
      .map(({ item, spread }) => ({
        tool: s.spec.name,
        text: `${quote(item.item.label)}: svaren går från ${labelOf(item.item, spread.min).toLowerCase()} till ${labelOf(item.item, spread.max).toLowerCase()}. Vad ser de som svarade olika som de andra inte ser?`,
      }));
    // Where everyone agreed on the worst answer there is no disagreement, but there is work.
    const agreedWorst = s.items.filter(
      (i) => i.spread && i.spread.n >= 2 && i.spread.range === 0 && i.spread.median === worstValue(i.item),
    );
    for (const i of agreedWorst.slice(0, Math.max(0, perTool - out.length))) {
      out.push({
        tool: s.spec.name,
        text: `Alla svarade ${labelOf(i.item, i.spread!.median).toLowerCase()} på ${quote(i.item.label)}. Vad behöver hända för att det ska ändras?`,
      });
    }
    return out;
  });
}

function worstValue(item: GroupItem): number {
  const values = item.options.flatMap((o) => (o.value === null ? [] : [o.value]));
  return item.higherIsBetter ? Math.min(...values) : Math.max(...values);
}

/**
 * The organisation breakdown in one sentence: over the questions the group disagrees on, does the
 * disagreement mostly run between the organisations or within them? Undefined without organisations.
 */
export function orgSummary(runs: OrgSplit['runs'][]): string | undefined {
  const between = runs.filter((r) => r === 'between' || r === 'both').length;
  const within = runs.filter((r) => r === 'within' || r === 'both').length;
  if (between === 0 && within === 0) return undefined;
  const n = runs.length;
  const where =
    between > within
      ? 'mest mellan organisationerna'
      : within > between
        ? 'mest inom organisationerna'
        : 'lika mycket mellan som inom organisationerna';
  return `Uppdelat på organisation: av de ${n} frågor där ni är oense går oenigheten ${where} (mellan: ${between}, inom: ${within}).`;
}
