// The example slot: a case's example is kept under its own key, read back only when it is sound,
// and no action on it ever writes the reader's own answers (samverkan:<tool>).
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { decodeExample, encodeExample, EXAMPLE_KEY, type ActiveExample } from '../../src/lib/example/stored';
import { $example, exampleActions, leaveExample, loadExample } from '../../src/stores/example';

beforeAll(() => useTestStorageEngine());
afterEach(() => {
  leaveExample();
  cleanTestStorage();
});

const EXAMPLE: ActiveExample = {
  case: 'integration-genom-arbete',
  title: 'Integration Genom Arbete',
  original: { ambitionstrappan: { 'ses-alls': 'ja', mal: 'strategisk' } },
  answers: { ambitionstrappan: { 'ses-alls': 'nej', mal: 'strategisk' } },
};
const raw = (changes: Record<string, unknown>) => JSON.stringify({ v: 1, ...EXAMPLE, ...changes });

describe('the stored example', () => {
  it('round-trips with a version', () => {
    const text = encodeExample(EXAMPLE)!;
    expect(JSON.parse(text).v).toBe(1);
    expect(decodeExample(text)).toEqual(EXAMPLE);
  });
  it('stores nothing for no example', () => expect(encodeExample(null)).toBeUndefined());
  it('leaves out a tool this version does not know, keeping the rest', () => {
    const text = raw({ original: { ...EXAMPLE.original, 'okant-verktyg': { a: 'b' } } });
    expect(decodeExample(text)?.original).toEqual(EXAMPLE.original);
  });
  it.each([
    { name: 'nothing stored', input: null },
    { name: 'an empty string', input: '' },
    { name: 'broken JSON', input: '{"v":1,' },
    { name: 'a JSON array', input: '[1]' },
    { name: 'another version', input: raw({ v: 2 }) },
    { name: 'no version', input: JSON.stringify(EXAMPLE) },
    { name: 'a slug with a path in it', input: raw({ case: '../om' }) },
    { name: 'an empty title', input: raw({ title: ' ' }) },
    { name: 'a title longer than any case name', input: raw({ title: 'x'.repeat(121) }) },
    { name: 'answers that are not a record of ids', input: raw({ answers: { ambitionstrappan: { '<img>': 'ja' } } }) },
    { name: 'original missing', input: raw({ original: undefined }) },
    { name: 'answers as a list', input: raw({ answers: [] }) },
  ])('reads $name as no example', ({ input }) => expect(decodeExample(input)).toBeNull());
});

describe('the example store', () => {
  const own = { 'samverkan:ambitionstrappan': '{"v":1,"answers":{"ses-alls":"nej"},"savedAt":"2026-11-25T10:00:00.000Z"}' };

  it('loads an example under its own key and leaves the reader’s answers byte for byte', () => {
    setTestStorageKey('samverkan:ambitionstrappan', own['samverkan:ambitionstrappan']);
    loadExample({ case: EXAMPLE.case, title: EXAMPLE.title, answers: EXAMPLE.original });
    const actions = exampleActions('ambitionstrappan');
    actions.setAnswer('kanner-varandra', 'delvis');
    actions.clearAnswer('mal');
    actions.replace({ regelbundet: 'ja' });
    actions.setAnswer('ses-alls', 'ja');
    expect(getTestStorage()['samverkan:ambitionstrappan']).toBe(own['samverkan:ambitionstrappan']);
    expect(decodeExample(getTestStorage()[EXAMPLE_KEY])?.answers.ambitionstrappan).toEqual({ regelbundet: 'ja', 'ses-alls': 'ja' });
  });

  it.each([
    {
      name: 'sets an answer',
      act: (a: ReturnType<typeof exampleActions>) => a.setAnswer('kanner-varandra', 'nej'),
      expected: { 'ses-alls': 'ja', mal: 'strategisk', 'kanner-varandra': 'nej' },
    },
    { name: 'clears an answer', act: (a: ReturnType<typeof exampleActions>) => a.clearAnswer('mal'), expected: { 'ses-alls': 'ja' } },
    {
      name: 'replaces all answers',
      act: (a: ReturnType<typeof exampleActions>) => a.replace({ mal: 'problemlosning' }),
      expected: { mal: 'problemlosning' },
    },
    {
      name: 'resets to the case’s own answers',
      act: (a: ReturnType<typeof exampleActions>) => {
        a.replace({});
        a.reset();
      },
      expected: { 'ses-alls': 'ja', mal: 'strategisk' },
    },
    {
      name: 'ignores dismissing a notice',
      act: (a: ReturnType<typeof exampleActions>) => a.dismissNotice(),
      expected: { 'ses-alls': 'ja', mal: 'strategisk' },
    },
  ])('$name in the example slot only', ({ act, expected }) => {
    loadExample({ case: EXAMPLE.case, title: EXAMPLE.title, answers: EXAMPLE.original });
    act(exampleActions('ambitionstrappan'));
    expect($example.get()?.answers.ambitionstrappan).toEqual(expected);
    expect($example.get()?.original).toEqual(EXAMPLE.original);
    expect(Object.keys(getTestStorage())).toEqual([EXAMPLE_KEY]);
  });

  it('does nothing when no example is loaded', () => {
    exampleActions('ambitionstrappan').setAnswer('ses-alls', 'ja');
    expect($example.get()).toBeNull();
    expect(getTestStorage()).toEqual({});
  });

  it('forgets the example, and only the example, when the reader leaves it', () => {
    setTestStorageKey('samverkan:ambitionstrappan', own['samverkan:ambitionstrappan']);
    loadExample({ case: EXAMPLE.case, title: EXAMPLE.title, answers: EXAMPLE.original });
    leaveExample();
    expect(getTestStorage()).toEqual(own);
  });
});
