// Samverkanskollen's question list, in the order it is asked. Most questions ARE items of the
// other tools (the answer lands in that tool's store, so a deep-dive tool shows it as already
// answered); six are the check's own (./items.ts). Each topic is asked once across the list –
// goals, time, mandate and anchoring at home included – and the items are chosen so that every
// core model can be placed from the check's answers alone (./standings.ts). Client-safe.
import type { ToolItem } from '../../lib/items';
import { questionsOf } from '../derived';
import type { Models, ToolId } from '../index';

export interface BankEntry {
  /** stable id of the question in the check: "<tool>.<item>" */
  id: string;
  /** what the question is about; no other question of the check has the same topic */
  topic: string;
  /** the tool whose store holds the answer */
  tool: ToolId;
  /** the item id within that tool */
  item: string;
  /** the heading the check shows it under */
  part: string;
}

/** The check's parts, in order: the headings a reader meets. */
export const PARTS = ['Ledningsgruppen', 'Tillit och samsyn', 'Uppdrag och form', 'Hinder', 'Hemorganisationerna', 'Framåt'] as const;
type Part = (typeof PARTS)[number];

const e = (part: Part, tool: ToolId, item: string, topic: string): BankEntry => ({ id: `${tool}.${item}`, topic, tool, item, part });

export const BANK: readonly BankEntry[] = [
  // The ladder: one or more criteria on every level, so that the level now can be placed.
  e('Ledningsgruppen', 'ambitionstrappan', 'kanner-varandra', 'Personlig kännedom'),
  e('Ledningsgruppen', 'ambitionstrappan', 'regelbundet', 'Mötesrytm'),
  e('Ledningsgruppen', 'ambitionstrappan', 'chefer-med-mandat', 'Mandat'),
  e('Ledningsgruppen', 'ambitionstrappan', 'vill-vara-dar', 'Lust kontra beordrad'),
  e('Ledningsgruppen', 'ambitionstrappan', 'tid-avsatt', 'Tid för uppdraget'),
  e('Ledningsgruppen', 'ambitionstrappan', 'leder-projekt', 'Att leda det konkreta arbetet'),
  e('Ledningsgruppen', 'ambitionstrappan', 'strategi-och-plan', 'Strategi och handlingsplan'),
  e('Ledningsgruppen', 'ambitionstrappan', 'mal', 'Ambitionsnivå'),
  // Styra – stödja – lära: one role per side.
  e('Ledningsgruppen', 'styra-stodja-lara', 'vagvisare', 'Att peka ut riktningen'),
  e('Ledningsgruppen', 'styra-stodja-lara', 'trouble-shooter', 'Att röja hinder'),
  e('Ledningsgruppen', 'styra-stodja-lara', 'utvecklare', 'Uppföljning och lärande'),
  e('Ledningsgruppen', 'processen', 'ledningsgrupp-fas', 'Ledningsgruppens fas'),
  // What evaluators find and no tool asked before, with the trust they rest on.
  e('Tillit och samsyn', 'checklistor', 'subtil-tillit', 'Tillit'),
  e('Tillit och samsyn', 'samverkanskollen', 'arlighet', 'Ärlighet i gruppen'),
  e('Tillit och samsyn', 'ambitionstrappan', 'gemensamma-mal', 'Gemensamma mål'),
  e('Tillit och samsyn', 'samverkanskollen', 'grundpremiss', 'Samsyn om grundpremissen'),
  e('Tillit och samsyn', 'samverkanskollen', 'framtidstro', 'Uppgivenhet'),
  // The staircase: need, what you can carry, and the form.
  e('Uppdrag och form', 'samverkanstrappan', 'malgrupp', 'Målgruppens problem'),
  e('Uppdrag och form', 'samverkanstrappan', 'insatskedja', 'Luckor i stödet'),
  e('Uppdrag och form', 'samverkanstrappan', 'resurser', 'Resurser'),
  e('Uppdrag och form', 'samverkanstrappan', 'ambition', 'Vad ni vill åstadkomma'),
  e('Uppdrag och form', 'samverkanstrappan', 'form', 'Organisationsform'),
  e('Uppdrag och form', 'processen', 'projekt-fas', 'Projektets fas'),
  // The iceberg: two obstacles per zone, so that the dominant zone can be placed.
  e('Hinder', 'hindrens-isberg', 'sekretess', 'Sekretess'),
  e('Hinder', 'hindrens-isberg', 'gemensam-budget', 'Gemensam budget'),
  e('Hinder', 'hindrens-isberg', 'egocentrism', 'Organisatorisk egocentrism'),
  e('Hinder', 'hindrens-isberg', 'centrifugalkrafter', 'Centrifugalkrafter'),
  e('Hinder', 'hindrens-isberg', 'revir-makt-prestige', 'Revir, makt och prestige'),
  e('Hinder', 'hindrens-isberg', 'misstro-och-historia', 'Misstro och historia'),
  // Home: anchoring asked once, here.
  e('Hemorganisationerna', 'samverkanskollen', 'hemmaprioritet', 'Förankring hemma'),
  e('Hemorganisationerna', 'samverkanskollen', 'agarskap', 'Ägarskap'),
  e('Hemorganisationerna', 'checklistor', 'impl-beredda', 'Beredskap att ta över'),
  // Success and whether to go on.
  e('Framåt', 'framgang', 'metoder', 'Framgång: arbetssätten lever vidare'),
  e('Framåt', 'framgang', 'system', 'Framgång: mindre beroende och ändrade strukturer'),
  e('Framåt', 'samverkanskollen', 'vart-att-fortsatta', 'Värt att fortsätta'),
];

/** Which items of each tool the check asks, so that a deep-dive tool can mark them. */
export function bankItemsByTool(): Record<ToolId, string[]> {
  const out = {} as Record<ToolId, string[]>;
  for (const b of BANK) (out[b.tool] ??= []).push(b.item);
  return out;
}

/** True when the check asks this item of this tool. */
export function inBank(tool: ToolId, item: string): boolean {
  return BANK.some((b) => b.tool === tool && b.item === item);
}

export interface BankQuestion extends BankEntry {
  /** the tool's item: the question's words, its section in the tool and its options */
  question: ToolItem;
}

/** The check's questions with their words and options, taken from each tool's one question list. */
export function bankQuestions(models: Models): BankQuestion[] {
  const lists = new Map<ToolId, ToolItem[]>();
  return BANK.map((b) => {
    let items = lists.get(b.tool);
    if (!items) {
      items = questionsOf(b.tool, models[b.tool] as never).items;
      lists.set(b.tool, items);
    }
    const question = items.find((i) => i.id === b.item);
    if (!question) throw new Error(`Samverkanskollen: ${b.tool} har ingen fråga ${b.item}`);
    return { ...b, question };
  });
}
