// Persistence of a tool's answers: they survive a new page load (a fresh store on the same
// storage), every earlier stored format still loads, bad stored data is kept aside, a write the
// storage refuses stays on screen and is stored on retry, and an import of several tools is all
// or nothing.
import { beforeEach, describe, expect, it } from 'vitest';
import { decodeStored, encodeStored } from '../../src/lib/persist/envelope';
import { keptCopies } from '../../src/lib/persist/history';
import { createAnswersStore, replaceAll } from '../../src/stores/answers-store';
import { installFakeStorage, type FakeStorage } from '../support/fake-storage';

let storage: FakeStorage;
beforeEach(() => {
  storage = installFakeStorage();
});

const T = Date.parse('2026-11-25T10:00:00.000Z');

describe('the storage envelope', () => {
  it('round-trips answers with their times and a version', () => {
    const raw = encodeStored({ answers: { a: 'ja' }, at: { a: T, b: T + 1 }, savedAt: '2026-11-25T10:00:00.000Z' });
    expect(JSON.parse(raw)).toEqual({ v: 2, answers: { a: 'ja' }, at: { a: T, b: T + 1 }, savedAt: '2026-11-25T10:00:00.000Z' });
    expect(decodeStored(raw)).toEqual({
      ok: true,
      value: { answers: { a: 'ja' }, at: { a: T, b: T + 1 }, savedAt: '2026-11-25T10:00:00.000Z' },
    });
  });

  // One fixture per earlier format, as those versions wrote it.
  it.each([
    ['v0 (the answers object itself, undated)', '{"ses-alls":"ja","mal":"strategisk"}', { 'ses-alls': 0, mal: 0 }],
    [
      'v1 (answers and savedAt)',
      '{"v":1,"answers":{"ses-alls":"ja","mal":"strategisk"},"savedAt":"2026-11-25T10:00:00.000Z"}',
      { 'ses-alls': T, mal: T },
    ],
    ['v1 without savedAt', '{"v":1,"answers":{"ses-alls":"ja","mal":"strategisk"}}', { 'ses-alls': 0, mal: 0 }],
  ])('loads %s, every answer dated when it was saved', (_name, raw, at) => {
    const d = decodeStored(raw);
    expect(d).toMatchObject({ ok: true, value: { answers: { 'ses-alls': 'ja', mal: 'strategisk' }, at } });
  });

  it.each([
    ['not JSON', '{"v":1,', /inte läsbara/],
    ['JSON but not an object', '[1,2]', /okänt format/],
    ['a newer version', '{"v":9,"answers":{}}', /nyare version/],
    ['answers of the wrong type', '{"v":1,"answers":{"a":5}}', /okänt format/],
    ['a hostile id', '{"v":1,"answers":{"<img src=x>":"ja"}}', /okänt format/],
    ['an inherited name as an item', '{"v":1,"answers":{"constructor":"ja"}}', /okänt format/],
    ['times that are not times', '{"v":2,"answers":{"a":"ja"},"at":{"a":"igår"}}', /okänt format/],
    ['v2 without times', '{"v":2,"answers":{"a":"ja"}}', /okänt format/],
  ])('refuses %s with a reason', (_name, raw, reason) => {
    const d = decodeStored(raw);
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.reason).toMatch(reason);
  });
});

describe('a tool’s answers store', () => {
  it('keeps answers across a reload', () => {
    const first = createAnswersStore('prov', 'Provverktyget');
    first.setAnswer('fraga-1', 'ja');
    first.setAnswer('fraga-2', 'nej');
    first.clearAnswer('fraga-2');
    const again = createAnswersStore('prov', 'Provverktyget');
    expect(again.$stored.get().answers).toEqual({ 'fraga-1': 'ja' });
    expect(again.$unreadable.get()).toBeNull();
    expect(again.$problem.get()).toBeNull();
  });

  it('starts empty when the stored data is corrupt, keeps it aside, and leaves other tools alone', () => {
    storage.setItem('samverkan:annat', encodeStored({ answers: { x: 'ja' }, at: { x: T } }));
    storage.setItem('samverkan:prov', '{trasig');
    const broken = createAnswersStore('prov', 'Provverktyget');
    const other = createAnswersStore('annat', 'Det andra verktyget');
    expect(broken.$stored.get().answers).toEqual({});
    expect(broken.$unreadable.get()).toMatchObject({ kept: true, raw: '{trasig', reason: expect.stringMatching(/inte läsbara/) });
    expect(broken.$copies.get().map((c) => c.raw)).toEqual(['{trasig']);
    expect(other.$stored.get().answers).toEqual({ x: 'ja' });
    expect(other.$unreadable.get()).toBeNull();
    // The unreadable text is still under its key until the reader answers anew – and then kept aside.
    expect(storage.getItem('samverkan:prov')).toBe('{trasig');
    broken.setAnswer('a', 'ja');
    expect(keptCopies('samverkan:prov').map((c) => c.raw)).toEqual(['{trasig']);
  });

  it('does not write over unreadable data it could not keep aside, until the reader lets it go', () => {
    storage.setItem('samverkan:prov', '{trasig');
    storage.quota = storage.used();
    const s = createAnswersStore('prov', 'Provverktyget');
    expect(s.$unreadable.get()).toMatchObject({ kept: false });
    s.setAnswer('a', 'ja');
    expect(s.$stored.get().answers).toEqual({ a: 'ja' });
    expect(s.$problem.get()).toBe('unkept');
    expect(storage.getItem('samverkan:prov')).toBe('{trasig');
    s.discardUnreadable();
    storage.quota = Infinity;
    expect(s.retry()).toEqual({ ok: true });
    expect(decodeStored(storage.getItem('samverkan:prov')!)).toMatchObject({ ok: true, value: { answers: { a: 'ja' } } });
  });

  it('resets to empty and forgets the notice', () => {
    storage.setItem('samverkan:prov', '"x"');
    const s = createAnswersStore('prov', 'Provverktyget');
    s.reset();
    expect(s.$stored.get().answers).toEqual({});
    expect(s.$unreadable.get()).toBeNull();
    expect(decodeStored(storage.getItem('samverkan:prov')!)).toMatchObject({ ok: true, value: { answers: {} } });
  });

  it('keeps a refused answer on screen, says why, and stores it once there is room again', () => {
    const s = createAnswersStore('prov', 'Provverktyget');
    s.setAnswer('a', 'ja');
    storage.setItem('fyll', 'x'.repeat(100));
    storage.quota = storage.used();
    s.setAnswer('b', 'nej');
    s.setAnswer('c', 'ja');
    expect(s.$stored.get().answers).toEqual({ a: 'ja', b: 'nej', c: 'ja' });
    expect(s.$problem.get()).toBe('quota');
    expect(decodeStored(storage.getItem('samverkan:prov')!)).toMatchObject({ value: { answers: { a: 'ja' } } });
    storage.removeItem('fyll');
    expect(s.retry()).toEqual({ ok: true });
    expect(s.$problem.get()).toBeNull();
    expect(createAnswersStore('prov', 'Provverktyget').$stored.get().answers).toEqual({ a: 'ja', b: 'nej', c: 'ja' });
  });

  it('says when the browser refuses storage altogether', () => {
    const s = createAnswersStore('prov', 'Provverktyget');
    storage.blocked = true;
    s.setAnswer('a', 'ja');
    expect(s.$problem.get()).toBe('blocked');
    expect(s.$stored.get().answers).toEqual({ a: 'ja' });
  });

  it('two tabs writing in turn keep both tabs’ answers: a stale tab merges instead of overwriting', () => {
    const a = createAnswersStore('prov', 'Provverktyget');
    const b = createAnswersStore('prov', 'Provverktyget');
    a.setAnswer('fraga-1', 'ja');
    b.setAnswer('fraga-2', 'nej'); // b has never seen fraga-1
    a.clearAnswer('fraga-2'); // a clears what b set, later
    b.setAnswer('fraga-3', 'ja');
    expect(createAnswersStore('prov', 'Provverktyget').$stored.get().answers).toEqual({ 'fraga-1': 'ja', 'fraga-3': 'ja' });
  });
});

describe('an import of several tools', () => {
  it('is stored whole, or – when storage is full midway – not at all', () => {
    const one = createAnswersStore('ett', 'Ett');
    const two = createAnswersStore('tva', 'Två');
    one.setAnswer('a', 'ja');
    const before = storage.all();
    storage.quota = storage.used() + 150; // room for the first tool's new answers, not the second's
    const result = replaceAll([
      [one, { a: 'nej', b: 'ja' }],
      [two, { c: 'ja', d: 'ja', e: 'ja', f: 'ja' }],
    ]);
    expect(result).toEqual({ ok: false, problem: 'quota' });
    expect(storage.all()).toEqual(before);
    expect(one.$stored.get().answers).toEqual({ a: 'ja' });
    expect(two.$stored.get().answers).toEqual({});
    storage.quota = Infinity;
    expect(
      replaceAll([
        [one, { a: 'nej' }],
        [two, { c: 'ja' }],
      ]),
    ).toEqual({ ok: true });
    expect(createAnswersStore('tva', 'Två').$stored.get().answers).toEqual({ c: 'ja' });
    expect(one.$stored.get().answers).toEqual({ a: 'nej' });
  });
});
