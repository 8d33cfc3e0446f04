import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatSwedishDate, lastChanged, latest } from '../../src/lib/last-changed';

describe('formatSwedishDate', () => {
  it.each([
    ['2026-12-05T09:14:00+01:00', '5 december 2026'],
    ['2026-01-31T23:59:59-05:00', '31 januari 2026'],
    ['2025-03-01T00:00:00+00:00', '1 mars 2025'],
    ['2026-05-09T12:00:00Z', '9 maj 2026'],
    ['2026-08-20', '20 augusti 2026'],
  ])('%s → %s', (iso, text) => expect(formatSwedishDate(iso)).toBe(text));

  it('keeps the committer’s calendar day, whatever the zone of the build machine', () => {
    // Late in the evening in Stockholm is already the next day in UTC: the day stays the 5th.
    expect(formatSwedishDate('2026-12-05T23:30:00+01:00')).toBe('5 december 2026');
  });

  it.each(['', 'i går', '2026-13-01T00:00:00Z', '2026-00-10', '2026-02-00'])('gives nothing for "%s"', (s) =>
    expect(formatSwedishDate(s)).toBeUndefined(),
  );
});

describe('lastChanged', () => {
  it('asks git for the last commit time of the file', () => {
    const calls: string[][] = [];
    const result = lastChanged('content/chapters/07-samverkansledning.mdx', {
      run: (args) => {
        calls.push(args);
        return '2026-12-05T09:14:00+01:00\n';
      },
    });
    expect(calls).toEqual([['log', '-1', '--format=%cI', '--', 'content/chapters/07-samverkansledning.mdx']]);
    expect(result).toEqual({ iso: '2026-12-05T09:14:00+01:00', text: '5 december 2026' });
  });

  it('gives nothing when git fails (no .git, no git) or knows no commit for the file', () => {
    const fail = () => {
      throw new Error('fatal: not a git repository');
    };
    expect(lastChanged('a.mdx', { run: fail })).toBeUndefined();
    expect(lastChanged('a.mdx', { run: () => '' })).toBeUndefined();
    expect(lastChanged(undefined, { run: () => '2026-12-05T09:14:00+01:00' })).toBeUndefined();
  });

  it('with real git: a date for a committed chapter, nothing outside a repository', () => {
    const here = lastChanged('content/chapters/01-hur-du-anvander-handboken.mdx');
    // A copy of the project without .git has no dates; with git it has one in Swedish.
    if (here)
      expect(here.text).toMatch(/^\d{1,2} (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december) \d{4}$/);
    const outside = mkdtempSync(join(tmpdir(), 'utan-git-'));
    writeFileSync(join(outside, 'kapitel.mdx'), '# Kapitel\n');
    expect(lastChanged('kapitel.mdx', { cwd: outside })).toBeUndefined();
  });

  it('latest picks the newest instant', () => {
    const a = { iso: '2026-12-05T09:00:00+01:00', text: 'a' };
    const b = { iso: '2026-12-05T09:30:00+02:00', text: 'b' }; // 07:30 UTC, before a (08:00 UTC)
    expect(latest([undefined, b, a])).toBe(a);
    expect(latest([undefined])).toBeUndefined();
  });
});
