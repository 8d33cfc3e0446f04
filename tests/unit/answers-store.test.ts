// Persistence: answers survive a new page load (a fresh store on the same storage), bad stored
// data gives a notice and is kept aside, and one tool's trouble never touches another's answers.
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import { cleanStores } from 'nanostores';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { decodeStored, encodeStored } from '../../src/lib/persist/envelope';
import { createAnswersStore } from '../../src/stores/answers-store';

beforeAll(() => useTestStorageEngine());
afterEach(() => cleanTestStorage());

describe('the storage envelope', () => {
  it('round-trips answers with a version', () => {
    const raw = encodeStored({ answers: { a: 'ja' }, savedAt: '2026-11-25T10:00:00.000Z' });
    expect(JSON.parse(raw)).toEqual({ v: 1, answers: { a: 'ja' }, savedAt: '2026-11-25T10:00:00.000Z' });
    expect(decodeStored(raw)).toEqual({ ok: true, value: { answers: { a: 'ja' }, savedAt: '2026-11-25T10:00:00.000Z' } });
  });
  it('migrates the unversioned format (v0: the answers object itself)', () => {
    expect(decodeStored('{"ses-alls":"ja"}')).toEqual({ ok: true, value: { answers: { 'ses-alls': 'ja' }, savedAt: undefined } });
  });
  it.each([
    ['not JSON', '{"v":1,', /inte läsbara/],
    ['JSON but not an object', '[1,2]', /okänt format/],
    ['a newer version', '{"v":9,"answers":{}}', /nyare version/],
    ['answers of the wrong type', '{"v":1,"answers":{"a":5}}', /okänt format/],
    ['a hostile id', '{"v":1,"answers":{"<img src=x>":"ja"}}', /okänt format/],
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
    cleanStores(first.$stored);
    const again = createAnswersStore('prov', 'Provverktyget');
    expect(again.$stored.get().answers).toEqual({ 'fraga-1': 'ja' });
    expect(again.$notice.get()).toBeNull();
  });

  it('starts empty with a notice when the stored data is corrupt, keeps it aside, and leaves other tools alone', () => {
    setTestStorageKey('samverkan:annat', encodeStored({ answers: { x: 'ja' } }));
    setTestStorageKey('samverkan:prov', '{trasig');
    const broken = createAnswersStore('prov', 'Provverktyget');
    const other = createAnswersStore('annat', 'Det andra verktyget');
    expect(broken.$stored.get().answers).toEqual({});
    expect(broken.$notice.get()).toMatch(/Provverktyget kunde inte användas/);
    expect(other.$stored.get().answers).toEqual({ x: 'ja' });
    expect(other.$notice.get()).toBeNull();
    // The unreadable text is still in storage until the reader answers anew.
    expect(getTestStorage()['samverkan:prov']).toBe('{trasig');
  });

  it('resets to empty and forgets the notice', () => {
    setTestStorageKey('samverkan:prov', '"x"');
    const s = createAnswersStore('prov', 'Provverktyget');
    s.reset();
    expect(s.$stored.get().answers).toEqual({});
    expect(s.$notice.get()).toBeNull();
    expect(decodeStored(getTestStorage()['samverkan:prov']!)).toMatchObject({ ok: true, value: { answers: {} } });
  });
});
