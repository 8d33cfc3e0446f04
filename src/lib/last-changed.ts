// When a file was last changed, read from git at build time ("Senast ändrad 5 december 2026").
// Without git – no .git folder, git not installed, a file never committed – there is no date,
// and the page simply shows none: the build never fails for it.
import { execFileSync } from 'node:child_process';

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/**
 * "2026-12-05T09:14:00+01:00" → "5 december 2026". The date is the committer's own calendar
 * day, as written in the timestamp, so the result does not depend on the build machine's zone.
 */
export function formatSwedishDate(iso: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  if (!m) return undefined;
  const [, year, month, day] = m;
  const name = MONTHS[Number(month) - 1];
  if (!name || Number(day) < 1 || Number(day) > 31) return undefined;
  return `${Number(day)} ${name} ${year}`;
}

/** Runs git and returns its output; throws when git is missing or fails. */
export type GitRunner = (args: string[], cwd: string) => string;

const runGit: GitRunner = (args, cwd) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 });

export interface LastChanged {
  /** the commit time as git gives it (ISO 8601 with offset), for <time datetime> */
  iso: string;
  /** "5 december 2026" */
  text: string;
}

const cache = new Map<string, LastChanged | undefined>();

export interface LookupOptions {
  /** where git runs; the project root (the build's working directory) by default */
  cwd?: string;
  /** how git runs; tests pass their own */
  run?: GitRunner;
}

/** The time of the last commit that touched `file` (relative to `cwd`), or undefined. */
export function lastChanged(file: string | undefined, { cwd = process.cwd(), run = runGit }: LookupOptions = {}): LastChanged | undefined {
  const useCache = run === runGit;
  if (!file) return undefined;
  const key = `${cwd}\0${file}`;
  if (useCache && cache.has(key)) return cache.get(key);
  let result: LastChanged | undefined;
  try {
    const iso = run(['log', '-1', '--format=%cI', '--', file], cwd).trim();
    const text = iso ? formatSwedishDate(iso) : undefined;
    result = text ? { iso, text } : undefined;
  } catch {
    result = undefined;
  }
  if (useCache) cache.set(key, result);
  return result;
}

/** The latest of several dates (ISO strings compare by instant via Date). */
export function latest(dates: readonly (LastChanged | undefined)[]): LastChanged | undefined {
  let best: LastChanged | undefined;
  for (const d of dates) {
    if (d && (!best || Date.parse(d.iso) > Date.parse(best.iso))) best = d;
  }
  return best;
}
