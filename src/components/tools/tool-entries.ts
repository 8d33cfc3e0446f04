// One tool as Min självskattning and the group view gather it: its store, answer space, report
// and CSV rows. Each tool's scoring is a chunk of its own and its model a file of its own, both
// loaded by id when there are answers to score (`loadEntry`); the map from id to chunk is found
// by folder, so there is no list of tools to keep here either.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ToolDefinition } from '../../tools/define';
import type { ToolId } from '../../tools/index';
import { modelOf } from '../../ui/tool/model-files';
import type { AssessmentEntry } from './entry-of';

export type { AssessmentEntry } from './entry-of';

type AnyTool = ToolDefinition<{ version: number }>;

const chunks = import.meta.glob<AnyTool>('../../tools/*/index.ts', { import: 'default' });

/** Loads one tool's scoring and model and makes its entry. */
export async function loadEntry(id: ToolId): Promise<AssessmentEntry> {
  const load = chunks[`../../tools/${id}/index.ts`];
  if (!load) throw new Error(`${id}: inget verktyg med det id:t`);
  // The entry's maker loads with the first tool: its question helpers are not needed before.
  const [{ entryOf }, tool, model] = await Promise.all([import('./entry-of'), load(), modelOf(id)]);
  return entryOf(id, tool, model);
}

/**
 * The entries of `ids`, each loaded the first time it is asked for; `ready` when all of them
 * have arrived (until then a page shows that it is counting, not a partial ranking).
 */
export function useEntries(wanted: readonly string[]): { entries: AssessmentEntry[]; ready: boolean; failed: boolean } {
  const [loaded, setLoaded] = useState<Partial<Record<ToolId, AssessmentEntry>>>({});
  const [failed, setFailed] = useState(false);
  const asked = useRef(new Set<ToolId>());
  // Ids from stored groups are only strings: a tool this version lacks has no scoring to load.
  const ids = wanted.filter((id): id is ToolId => `../../tools/${id}/index.ts` in chunks);
  const missing = ids.filter((id) => !loaded[id]);
  useEffect(() => {
    // Each tool is asked for, and taken in as it arrives, in a task of its own – not all ten in one
    // long task that keeps a slow phone from answering a tap.
    for (const id of missing.filter((id) => !asked.current.has(id))) {
      asked.current.add(id);
      setTimeout(() => {
        loadEntry(id).then(
          (entry) => setLoaded((before) => ({ ...before, [id]: entry })),
          // Offline before the site was ever kept (or a file gone): the page says so instead of counting forever.
          () => setFailed(true),
        );
      });
    }
  }, [missing.join()]);
  return { entries: ids.flatMap((id) => loaded[id] ?? []), ready: missing.length === 0, failed: failed && missing.length > 0 };
}
