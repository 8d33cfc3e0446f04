// One tool as Min självskattning and the group view gather it: its store, answer space, report
// and CSV rows. Each tool's scoring is a chunk of its own, loaded by id when there are answers
// to score (`loadEntry`); the map from id to chunk is found by folder, so there is no list of
// tools to keep here either.
import { useEffect, useState } from 'preact/hooks';
import type { ToolDefinition } from '../../tools/define';
import type { Models, ToolId } from '../../tools/index';
import type { AssessmentEntry } from './entry-of';

export type { AssessmentEntry } from './entry-of';

type AnyTool = ToolDefinition<{ version: number }>;

const chunks = import.meta.glob<AnyTool>('../../tools/*/index.ts', { import: 'default' });

/** Loads one tool's scoring and makes its entry. */
export async function loadEntry(id: ToolId, models: Models): Promise<AssessmentEntry> {
  const load = chunks[`../../tools/${id}/index.ts`];
  if (!load) throw new Error(`${id}: inget verktyg med det id:t`);
  // The entry's maker loads with the first tool: its question helpers are not needed before.
  const [{ entryOf }, tool] = await Promise.all([import('./entry-of'), load()]);
  return entryOf(id, tool, models[id]);
}

/**
 * The entries of `ids`, each loaded the first time it is asked for; `ready` when all of them
 * have arrived (until then a page shows that it is counting, not a partial ranking).
 */
export function useEntries(wanted: readonly string[], models: Models): { entries: AssessmentEntry[]; ready: boolean } {
  const [loaded, setLoaded] = useState<Partial<Record<ToolId, AssessmentEntry>>>({});
  // Ids from stored groups are only strings: a tool this version lacks has no scoring to load.
  const ids = wanted.filter((id): id is ToolId => `../../tools/${id}/index.ts` in chunks);
  const missing = ids.filter((id) => !loaded[id]);
  useEffect(() => {
    if (missing.length === 0) return;
    void Promise.all(missing.map((id) => loadEntry(id, models))).then((entries) =>
      setLoaded((before) => ({ ...before, ...Object.fromEntries(entries.map((e) => [e.id, e])) })),
    );
  }, [missing.join()]);
  return { entries: ids.flatMap((id) => loaded[id] ?? []), ready: missing.length === 0 };
}
