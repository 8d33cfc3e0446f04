// A collect summary (src/lib/group/collect.ts) in words: what was read, person by person, and what
// was not. People are named through `who` – "Person 3" unless the facilitator shows names – so
// that nothing here can put a name on a projected screen by itself.
import type { CollectSummary } from '../../lib/group/collect';
import type { PersonCode } from '../../lib/codes/person-code';
import { list as listJoin } from '../../lib/swedish';
import { t, tf } from '../../ui/strings-share';

export interface CollectWords {
  /** "Läst: 3 personer, 2 verktyg." or "Inget lästes in." */
  read: string;
  /** one line per code read */
  people: string[];
  /** one line per part that could not be read, after the heading "Inte läst:" */
  notRead: string[];
  notReadTitle: string;
}

export function collectWords(
  summary: CollectSummary,
  toolNames: Record<string, string>,
  who: (memberId: string | undefined) => string,
  date: (iso: string | undefined) => string,
): CollectWords {
  const names = (tools: string[]) => listJoin(tools.map((tool) => toolNames[tool] ?? tool));
  const read =
    summary.codes.length === 0
      ? t('collect.none')
      : tf('collect.read', {
          people: tf(summary.people === 1 ? 'collect.people.one' : 'collect.people.other', { n: summary.people }),
          tools: tf('collect.tools', { n: summary.tools.length }),
        });
  const people = summary.codes.map((c) => {
    const p = who(c.memberId);
    const taken = (o: string) => names(c.tools.filter((x) => x.outcome === o).map((x) => x.tool));
    switch (c.outcome) {
      case 'added':
        return tf('collect.outcome.added', { who: p, tools: names(c.tools.map((x) => x.tool)) });
      case 'joined':
        return tf('collect.outcome.joined', { who: p, tools: taken('added') });
      case 'updated':
        return tf('collect.outcome.updated', { who: p, tools: taken('updated') });
      case 'older':
        return tf('collect.outcome.older', { who: p, date: date(c.time) });
      case 'full':
        return tf('collect.outcome.full', { line: c.line });
      default:
        return tf('collect.outcome.duplicate', { who: p });
    }
  });
  const notRead = [
    ...summary.problems.map((p) => tf('collect.problem', { line: p.line, message: p.message })),
    ...summary.codes.filter((c) => c.skipped.length).map((c) => tf('collect.skipped', { line: c.line, tools: listJoin(c.skipped) })),
  ];
  return { read, people, notRead, notReadTitle: t('collect.notRead') };
}

/** A time as a reader reads it: "5 dec. 2026 kl. 10:41", or "utan datum". */
export function shortTime(iso: string | undefined): string {
  if (!iso) return t('incoming.undated');
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return t('incoming.undated');
  return tf('time.at', {
    date: d.toLocaleDateString('sv-SE', { day: 'numeric', month: 'short', year: 'numeric' }),
    time: d.toLocaleTimeString('sv-SE', { hour: '2-digit', minute: '2-digit' }),
  });
}

/** What a link carries, in words: its tools, how many answers, when – and who only if `who` is given. */
export function incomingWords(code: PersonCode, skipped: string[], toolNames: Record<string, string>, who?: string): string[] {
  const tools = Object.keys(code.tools);
  const n = Object.values(code.tools).reduce((sum, a) => sum + Object.keys(a).length, 0);
  const lines = [tf('incoming.summary', { tools: listJoin(tools.map((x) => toolNames[x] ?? x)), n, date: shortTime(code.time) })];
  if (who) lines.push(tf('incoming.from', { who }));
  if (skipped.length > 0) lines.push(tf('incoming.skipped', { tools: listJoin(skipped) }));
  return lines;
}
