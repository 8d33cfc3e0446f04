// Kept-aside copies of unreadable data (src/lib/persist/history.ts): the newest five, each with
// its date; never overwritten; the same text kept once; the single copy of older versions kept.
import { beforeEach, expect, it } from 'vitest';
import { keepAside, keptCopies, KEEP } from '../../src/lib/persist/history';
import { installFakeStorage, type FakeStorage } from '../support/fake-storage';

let storage: FakeStorage;
beforeEach(() => {
  storage = installFakeStorage();
});

const at = (minute: number) => new Date(Date.UTC(2026, 11, 5, 10, minute));

it('keeps the last five copies, newest first, each with its date', () => {
  for (let i = 1; i <= 7; i++) expect(keepAside('samverkan:prov', `trasig ${i}`, at(i)).ok).toBe(true);
  const copies = keptCopies('samverkan:prov');
  expect(KEEP).toBe(5);
  expect(copies.map((c) => c.raw)).toEqual(['trasig 7', 'trasig 6', 'trasig 5', 'trasig 4', 'trasig 3']);
  expect(copies[0]!.keptAt).toBe('2026-12-05T10:07:00.000Z');
});

it('keeps the same text once, however often it is met', () => {
  keepAside('samverkan:prov', 'trasig', at(1));
  keepAside('samverkan:prov', 'trasig', at(2));
  keepAside('samverkan:prov', 'annan', at(3));
  expect(keptCopies('samverkan:prov').map((c) => c.raw)).toEqual(['annan', 'trasig']);
});

it('never overwrites a copy: the old single copy stays, and two copies in one moment both stay', () => {
  storage.setItem('samverkan:prov:oläsbar', 'A');
  keepAside('samverkan:prov', '{broken', at(1));
  keepAside('samverkan:prov', '{broken 2', at(1));
  const copies = keptCopies('samverkan:prov');
  expect(copies.map((c) => c.raw)).toEqual(['{broken 2', '{broken', 'A']);
  expect(copies[2]!.keptAt).toBeUndefined();
});

it('fails – and keeps nothing half – when storage has no room, and makes room only from the oldest of five', () => {
  storage.setItem('stort', 'x'.repeat(50));
  storage.quota = storage.used() + 10;
  expect(keepAside('samverkan:prov', 'y'.repeat(200), at(1))).toEqual({ ok: false, failure: 'quota' });
  expect(keptCopies('samverkan:prov')).toEqual([]);
  storage.quota = Infinity;
  for (let i = 1; i <= 5; i++) keepAside('samverkan:prov', `k${i}`, at(i));
  storage.quota = storage.used();
  expect(keepAside('samverkan:prov', 'k6', at(6)).ok).toBe(true);
  expect(keptCopies('samverkan:prov').map((c) => c.raw)).toEqual(['k6', 'k5', 'k4', 'k3', 'k2']);
});

it('keeps other keys’ copies apart', () => {
  keepAside('samverkan:prov', 'a', at(1));
  keepAside('samverkan:provet', 'b', at(1));
  expect(keptCopies('samverkan:prov').map((c) => c.raw)).toEqual(['a']);
});
