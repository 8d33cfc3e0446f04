// A link opened on one's own device: per tool the newer answers win, and older (or undated)
// answers never replace newer ones without being asked. Table-driven.
import { describe, expect, it } from 'vitest';
import { planOwnImport, type HeldAnswers } from '../../src/lib/codes/own-import';

const T1 = '2026-12-05T09:00:00.000Z';
const T2 = '2026-12-05T10:00:00.000Z';
const none: HeldAnswers = { answers: {} };

describe('reading a link into one’s own answers', () => {
  it.each([
    { name: 'nothing here yet: taken', time: T1, held: none, plan: { take: ['at'], conflicts: [], same: [] } },
    {
      name: 'the link is newer: taken',
      time: T2,
      held: { answers: { a: 'nej' }, savedAt: T1 },
      plan: { take: ['at'], conflicts: [], same: [] },
    },
    {
      name: 'the link is older: asked, both times shown',
      time: T1,
      held: { answers: { a: 'nej' }, savedAt: T2 },
      plan: { take: [], conflicts: [{ tool: 'at', own: T2, code: T1 }], same: [] },
    },
    {
      name: 'the link has no time (an SVH1 code): asked',
      time: undefined,
      held: { answers: { a: 'nej' }, savedAt: T2 },
      plan: { take: [], conflicts: [{ tool: 'at', own: T2, code: undefined }], same: [] },
    },
    {
      name: 'the same answers: nothing to do',
      time: T1,
      held: { answers: { a: 'ja' }, savedAt: T2 },
      plan: { take: [], conflicts: [], same: ['at'] },
    },
    {
      name: 'stored answers without a time, link dated: taken',
      time: T1,
      held: { answers: { a: 'nej' } },
      plan: { take: ['at'], conflicts: [], same: [] },
    },
  ])('$name', ({ time, held, plan }) => {
    expect(planOwnImport({ time, tools: { at: { a: 'ja' } } }, () => held)).toEqual(plan);
  });
});
