// The reader's own answers across every tool, as the person code carries them, and the link that
// carries the code. Loaded with the share block's lazy part; reads the tools' stores only.
import type { Answers } from '../../lib/answers';
import { encodePersonCode, type CodeModels } from '../../lib/codes/person-code';
import { answersStore } from '../../stores/answers-store';
import type { Identity } from '../../stores/identity';
import type { ToolId } from '../../tools/index';

export interface OwnAnswers {
  tools: Record<string, Answers>;
  /** ISO time of the newest answer among them */
  time?: string | undefined;
  count: number;
}

/** Every tool the models know that has answers on this device, and the time of the newest. */
export function ownAnswers(models: CodeModels): OwnAnswers {
  const tools: Record<string, Answers> = {};
  let time: string | undefined;
  let count = 0;
  for (const id of Object.keys(models)) {
    const stored = answersStore(id as ToolId).$stored.get();
    const n = Object.keys(stored.answers).length;
    if (n === 0) continue;
    tools[id] = stored.answers;
    count += n;
    if (stored.savedAt && (!time || stored.savedAt > time)) time = stored.savedAt;
  }
  return { tools, time, count };
}

export function ownCode(models: CodeModels, who: Identity, own = ownAnswers(models)): string | null {
  if (own.count === 0) return null;
  return encodePersonCode({ person: who.person, time: own.time, tools: own.tools, name: who.name, org: who.org }, models);
}

/** The page's own address (no query string: it may hold tracking or tokens) with the code. */
export function linkFor(code: string): string {
  return `${window.location.origin}${window.location.pathname}#kod=${code}`;
}
