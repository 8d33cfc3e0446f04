// Two tabs, one set of groups: how they merge. Groups, rounds and members are matched by id; a
// thing changed in both tabs keeps the newer version of its own fields (changedAt), and its
// children merge the same way – so two pastes into one round in two tabs keep every person. A
// deletion is remembered with its time (GroupsState.removed) and wins over anything in the
// deleted thing that is older; a group deleted in one tab is gone in both, even if the other
// tab pasted into it. Extra fields (added by later versions or other features) travel with their
// object. Pure; the store re-reads storage before each write and on the `storage` event.
import type { Group, GroupsState, Member, Round } from '../group/model';

/** Deletions remembered; enough for tabs left open for weeks, small enough to store. */
const MAX_REMOVED = 500;

type Stamped = { id: string; changedAt?: number | undefined };

const newerOf = <T extends Stamped>(a: T, b: T): T => ((b.changedAt ?? 0) > (a.changedAt ?? 0) ? b : a);

function mergeList<T extends Stamped>(
  a: readonly T[],
  b: readonly T[],
  path: string,
  removed: Record<string, number>,
  one: (x: T, y: T, path: string) => T,
): T[] {
  const gone = (x: T) => {
    const at = removed[path + x.id];
    return at !== undefined && at >= (x.changedAt ?? 0);
  };
  const inB = new Map(b.map((y) => [y.id, y]));
  const inA = new Set(a.map((x) => x.id));
  const out: T[] = [];
  for (const x of a) {
    const y = inB.get(x.id);
    const merged = y ? one(x, y, path + x.id) : x;
    if (!gone(merged)) out.push(merged);
  }
  for (const y of b) if (!inA.has(y.id) && !gone(y)) out.push(y);
  return out;
}

const mergeMember = (a: Member, b: Member): Member => newerOf(a, b);

function mergeRound(a: Round, b: Round, path: string, removed: Record<string, number>): Round {
  const own = newerOf(a, b);
  const members = mergeList(a.members, b.members, `${path}/`, removed, mergeMember);
  return { ...own, members };
}

function mergeGroup(a: Group, b: Group, path: string, removed: Record<string, number>): Group {
  const own = newerOf(a, b);
  const rounds = mergeList(a.rounds, b.rounds, `${path}/`, removed, (x, y, p) => mergeRound(x, y, p, removed));
  const savedFileAt = [a.savedFileAt, b.savedFileAt].filter(Boolean).sort().at(-1);
  return { ...own, rounds, savedFileAt };
}

function mergeRemoved(a: Record<string, number> = {}, b: Record<string, number> = {}): Record<string, number> {
  const out: Record<string, number> = { ...a };
  for (const [k, t] of Object.entries(b)) if (!Object.hasOwn(out, k) || out[k]! < t) out[k] = t;
  const entries = Object.entries(out);
  if (entries.length <= MAX_REMOVED) return out;
  return Object.fromEntries(entries.sort((x, y) => y[1] - x[1]).slice(0, MAX_REMOVED));
}

/**
 * The stored groups and a tab's own, merged (the stored side's order first). The group shown is
 * the tab's own choice while it exists.
 */
export function mergeGroups(stored: GroupsState, local: GroupsState): GroupsState {
  const removed = mergeRemoved(stored.removed, local.removed);
  const groups = mergeList(stored.groups, local.groups, '', removed, (x, y, p) => mergeGroup(x, y, p, removed));
  const has = (id: string | undefined) => id !== undefined && groups.some((g) => g.id === id);
  const active = has(local.active) ? local.active : has(stored.active) ? stored.active : undefined;
  return { groups, active, removed };
}

/** The object without its time and the children that are compared on their own. */
const own = (x: object, children?: string): string =>
  JSON.stringify(x, (k, v: unknown) => (k === 'changedAt' || (children !== undefined && k === children) ? undefined : v));

const at = (prev: Stamped | undefined, now: number) => Math.max(now, (prev?.changedAt ?? 0) + 1);

/**
 * `next` as a change of `prev` made at `now`: everything new or changed gets the time `now`
 * (later than its earlier time), everything gone is remembered as removed at `now`.
 */
export function stampGroups(prev: GroupsState, next: GroupsState, now: number): GroupsState {
  const removed: Record<string, number> = { ...(next.removed ?? {}) };
  const gone = (path: string) => {
    removed[path] = now;
  };
  const groups = next.groups.map((g) => {
    const pg = prev.groups.find((x) => x.id === g.id);
    const rounds = g.rounds.map((r) => {
      const pr = pg?.rounds.find((x) => x.id === r.id);
      const members = r.members.map((m) => {
        const pm = pr?.members.find((x) => x.id === m.id);
        return pm && own(pm) === own(m) ? m : { ...m, changedAt: at(pm, now) };
      });
      for (const pm of pr?.members ?? []) if (!r.members.some((m) => m.id === pm.id)) gone(`${g.id}/${r.id}/${pm.id}`);
      return pr && own(pr, 'members') === own(r, 'members') ? { ...r, members } : { ...r, members, changedAt: at(pr, now) };
    });
    for (const pr of pg?.rounds ?? []) if (!g.rounds.some((r) => r.id === pr.id)) gone(`${g.id}/${pr.id}`);
    return pg && own(pg, 'rounds') === own(g, 'rounds') ? { ...g, rounds } : { ...g, rounds, changedAt: at(pg, now) };
  });
  for (const pg of prev.groups) if (!next.groups.some((g) => g.id === pg.id)) gone(pg.id);
  return { ...next, groups, removed: mergeRemoved(removed) };
}

/** Whether two states hold the same groups and deletions (the group shown is each tab's own). */
export function sameGroups(a: GroupsState, b: GroupsState): boolean {
  return JSON.stringify([a.groups, a.removed ?? {}]) === JSON.stringify([b.groups, b.removed ?? {}]);
}
