// The iceberg's result in words. Pure, so that every sentence a group may read is unit-tested.
import type { ReadNext } from '../shared/schema';
import type { IcebergModel } from './schema';
import type { IcebergResult, ZoneLevel, ZoneScore } from './score';
import { formatDecimal, list } from '../../lib/swedish';

export interface IcebergText {
  headline: string;
  /** About the answers themselves: how many are unanswered or "vet inte", how ties are read. */
  notes: string[];
  /** One line per zone, top to bottom. */
  zones: string[];
  /**
   * The manual's question, whenever formal obstacles are cited (rated thresholds.topFrom or more);
   * explained more sharply when nothing deeper in the iceberg is cited.
   */
  realReason: { question: string; explanation: string } | undefined;
  /** What to do about the zone(s) that weigh heaviest. */
  advice: string[];
  /** The heaviest obstacles, one line each. */
  top: string[];
  /** How many more reached the list, or that none did. */
  topNote: string | undefined;
  /** The "min fru förstår mig inte" reflection, once some obstacle is marked. */
  warningSign: { title: string; text: string } | undefined;
  readNext: ReadNext[];
}

const LEVEL_WORDS: Record<ZoneLevel, string> = {
  none: 'inga hinder',
  low: 'svaga hinder',
  medium: 'måttliga hinder',
  high: 'starka hinder',
};

/** "a", "a och b", "a, b och c" */
/** A zone's state in a few words: "starka hinder", "inte skattad ännu", "bara ”vet inte”". */
export function zoneStatus(z: ZoneScore): string {
  if (z.level !== undefined) return LEVEL_WORDS[z.level];
  return z.unknown > 0 ? 'bara ”vet inte”' : 'inte skattad ännu';
}

/** "2,5", "2" */
export function formatMean(mean: number): string {
  return formatDecimal(mean);
}

function zoneLine(z: ZoneScore): string {
  if (z.mean === undefined) return `${z.zone.title}: ${zoneStatus(z)}${z.unknown > 0 ? ' hittills' : ''}.`;
  return `${z.zone.title}: ${zoneStatus(z)} – i snitt ${formatMean(z.mean)} på skalan 0–3 (${z.rated} av ${z.total} hinder skattade).`;
}

function headlineOf(r: IcebergResult): string {
  if (r.rated === 0) {
    return r.unknown > 0
      ? 'Ni har bara svarat ”vet inte” hittills, så det går inte att säga var i isberget tyngdpunkten ligger.'
      : 'Skatta hindren så visas här var i isberget tyngdpunkten ligger.';
  }
  const where = r.dominant.map((z) => z.zone.where);
  if (where.length === 0) return 'Inget av de hinder ni har skattat står i vägen enligt era svar.';
  if (where.length === 1) return `Tyngst väger hindren ${where[0] ?? ''}.`;
  if (where.length === r.zones.length) return 'Hindren väger lika tungt i alla tre zonerna.';
  return `Hindren ${list(where)} väger lika tungt.`;
}

function notesOf(r: IcebergResult): string[] {
  const notes: string[] = [];
  if (r.unanswered === 0) notes.push(`Alla ${r.total} hinder är besvarade.`);
  else if (r.unanswered === 1)
    notes.push(`1 av ${r.total} hinder är obesvarat. Det räknas inte in, så bilden kan ändras när ni har skattat det.`);
  else notes.push(`${r.unanswered} av ${r.total} hinder är obesvarade. De räknas inte in, så bilden kan ändras när ni har skattat dem.`);
  if (r.unknown > 0) {
    notes.push(
      `På ${r.unknown === 1 ? 'ett hinder' : `${r.unknown} hinder`} har ni svarat ”vet inte”. Sådana svar räknas inte heller in i snitten.`,
    );
  }
  for (const z of r.zones) if (z.unknown > 0 && z.zone.unknownNote) notes.push(z.zone.unknownNote);
  if (r.dominant.length > 1) {
    notes.push('När flera zoner har samma snitt räknas de som lika tunga. Verktyget nämner dem alla i stället för att välja en.');
  }
  return notes;
}

function adviceOf(r: IcebergResult): string[] {
  switch (r.pattern) {
    case 'formal-only':
      return r.zones.slice(1).every((z) => z.mean === undefined)
        ? ['Ni har ännu inte skattat något hinder längre ner i isberget. Gör det innan ni drar slutsatser.']
        : [];
    case 'deeper':
    case 'formal':
      return r.dominant.map((z) => z.zone.advice);
    case 'none':
      return [
        'När ingen ser några hinder alls kan det vara värt att fråga sig om det finns något under ytan som ingen har sagt högt ännu.',
      ];
    default:
      return [];
  }
}

function realReasonOf(model: IcebergModel, r: IcebergResult): IcebergText['realReason'] {
  if (!r.cited.some((o) => o.zone.formal)) return undefined;
  const deeper = r.cited.some((o) => !o.zone.formal);
  return { question: model.realReason.question, explanation: deeper ? model.realReason.explanation : model.realReason.nothingDeeper };
}

export function describeIceberg(model: IcebergModel, r: IcebergResult): IcebergText {
  const nothing = r.answered === 0;
  const rating = (n: number) => model.scale[n] ?? String(n);
  const marked = r.dominant.length > 0;
  const readNext = [model.readNext, ...r.dominant.map((z) => z.zone.readNext), ...(marked ? [model.warningSign.readNext] : [])];

  let topNote: string | undefined;
  if (r.top.length === 0 && r.rated > 0) topNote = `Inget hinder har skattats till ”${rating(model.thresholds.topFrom)}” eller mer.`;
  else if (r.topMore > 0) {
    topNote =
      `Ytterligare ${r.topMore} hinder har ni skattat till ”${rating(model.thresholds.topFrom)}” eller mer. ` +
      `Listan visar de ${model.thresholds.topMax} högst skattade; vid lika skattning går verktyget uppifrån i isberget.`;
  }

  return {
    headline: headlineOf(r),
    notes: nothing ? [] : notesOf(r),
    zones: nothing ? [] : r.zones.map(zoneLine),
    realReason: realReasonOf(model, r),
    advice: adviceOf(r),
    top: r.top.map((o) => `${o.obstacle.name} (${o.zone.where}): ${rating(o.rating)}.`),
    topNote,
    warningSign: marked ? { title: model.warningSign.title, text: model.warningSign.text } : undefined,
    readNext: readNext.filter((link, i) => readNext.findIndex((l) => l.href === link.href) === i),
  };
}
