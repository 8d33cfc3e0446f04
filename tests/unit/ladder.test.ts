import { describe, expect, it } from 'vitest';
import { fitAnswers } from '../../src/lib/answers';
import { ladderSpace, scoreLadder, TARGET_KEY } from '../../src/tools/ambitionstrappan/score';
import { describeLadder } from '../../src/tools/ambitionstrappan/words';
import { ladderModel as model } from '../support/models';
import type { Answers } from '../../src/tools/shared/schema';

const criteriaOf = (n: number) => model.levels[n - 1]!.criteria.map((c) => c.id);
const all = model.levels.flatMap((l) => l.criteria.map((c) => c.id));
/** Every criterion of levels 1..n answered "ja", the rest `rest`. */
function upTo(n: number, rest: string | undefined = 'nej'): Answers {
  const a: Answers = {};
  for (const id of all) {
    const level = model.levels.findIndex((l) => l.criteria.some((c) => c.id === id)) + 1;
    if (level <= n) a[id] = 'ja';
    else if (rest) a[id] = rest;
  }
  return a;
}

describe('the model file', () => {
  it('has the manual’s four levels in order, and leadership from level 3', () => {
    expect(model.levels.map((l) => l.name)).toEqual(['Kaffe och mazarin-grupp', 'Problemlösningsgrupp', 'Projektledningsgrupp', 'Strategisk ledningsgrupp']);
    expect(model.leadsFrom).toBe(3);
  });
  it('asks about monthly meetings, managers with mandate, strategy and implementation', () => {
    const areas = new Set(model.levels.flatMap((l) => l.criteria.map((c) => c.area)));
    for (const a of ['rytm', 'bemanning', 'strategi', 'implementering']) expect(areas).toContain(a);
    expect(model.levels[2]!.criteria.some((c) => /minst en gång i månaden/.test(c.question))).toBe(true);
  });
});

describe('scoring the ladder', () => {
  it.each([0, 1, 2, 3, 4])('places a group that meets levels 1–%i on level %i', (n) => {
    const r = scoreLadder(model, upTo(n));
    expect(r.current).toBe(n);
    expect(r.leads).toBe(n >= 3);
    expect(r.answered).toBe(r.total);
  });

  it('counts a level only when the levels below are met (the ladder rule)', () => {
    const a = upTo(4);
    a[criteriaOf(2)[0]!] = 'delvis';
    const r = scoreLadder(model, a);
    expect(r.current).toBe(1);
    expect(r.metAboveCurrent.map((l) => l.number)).toEqual([3, 4]);
  });

  it('treats "delvis", "vet inte" and unanswered alike as not met, but reports what was answered', () => {
    for (const answer of ['delvis', 'vet-inte', undefined]) {
      const a = upTo(2);
      if (answer) a[criteriaOf(1)[1]!] = answer;
      else delete a[criteriaOf(1)[1]!];
      const r = scoreLadder(model, a);
      expect(r.current).toBe(0);
      expect(r.levels[0]!.open.map((d) => d.answer)).toEqual([answer]);
    }
  });

  it('with nothing answered stands nowhere and shows what level 1 demands', () => {
    const r = scoreLadder(model, {});
    expect(r).toMatchObject({ answered: 0, current: 0, target: undefined });
    expect(r.nextSteps.map((s) => s.level.number)).toEqual([1]);
  });

  it('lists every open demand from the current level up to the target', () => {
    const a = { ...upTo(1), [TARGET_KEY]: 'strategisk' };
    const r = scoreLadder(model, a);
    expect(r.target).toBe(4);
    expect(r.nextSteps.map((s) => s.level.number)).toEqual([2, 3, 4]);
    expect(r.nextSteps.flatMap((s) => s.open.map((d) => d.criterion.id))).toEqual([...criteriaOf(2), ...criteriaOf(3), ...criteriaOf(4)]);
  });

  it('shows only the next level when the target is reached or not chosen', () => {
    expect(scoreLadder(model, { ...upTo(2), [TARGET_KEY]: 'problemlosning' }).nextSteps.map((s) => s.level.number)).toEqual([3]);
    expect(scoreLadder(model, upTo(4)).nextSteps).toEqual([]);
  });
});

describe('the result in words', () => {
  const words = (a: Answers) => {
    const t = describeLadder(model, scoreLadder(model, a));
    return [t.headline, ...t.lines].join(' ');
  };
  it('asks for answers when there are none', () => {
    expect(words({})).toMatch(/Svara på frågorna/);
  });
  it('names the level and says plainly that no level is better in itself', () => {
    const text = words(upTo(2));
    expect(text).toMatch(/Gruppen står på nivå 2, Problemlösningsgrupp\./);
    expect(text).toMatch(/Ingen nivå är bättre än någon annan i sig/);
    expect(text).toMatch(/bara på nivå 3 och högre som gruppen verkligen leder samverkan/);
  });
  it('says when not even level 1 is met, and counts the unanswered', () => {
    expect(words({ [criteriaOf(1)[0]!]: 'nej' })).toMatch(/^Gruppen når ännu inte nivå 1, Kaffe och mazarin-grupp\. 14 av 15 frågor är obesvarade/);
  });
  it('states the gap to the target, and when it is reached', () => {
    expect(words({ ...upTo(1), [TARGET_KEY]: 'strategisk' })).toMatch(/Ni siktar på nivå 4, Strategisk ledningsgrupp\. Det är 3 steg upp/);
    expect(words({ ...upTo(2), [TARGET_KEY]: 'projektledning' })).toMatch(/Det är ett steg upp/);
    expect(words({ ...upTo(4), [TARGET_KEY]: 'projektledning' })).toMatch(/den har ni nått/);
  });
  it('warns when the target is a level that does not lead collaboration', () => {
    expect(words({ ...upTo(1), [TARGET_KEY]: 'problemlosning' })).toMatch(/inte leder samverkan/);
    expect(words({ ...upTo(1), [TARGET_KEY]: 'projektledning' })).not.toMatch(/Ni siktar på en nivå där gruppen inte leder/);
  });
  it('explains a level that is met but does not count yet', () => {
    const a = upTo(4);
    a[criteriaOf(3)[0]!] = 'nej';
    expect(words(a)).toMatch(/Allt som hör till nivå 4 är på plats, men den räknas först/);
  });
});

describe('fitting stored answers to the model', () => {
  it('drops unknown questions and invalid options, keeps the rest', () => {
    const { answers, dropped } = fitAnswers({ [criteriaOf(1)[0]!]: 'ja', borttagen: 'ja', [criteriaOf(1)[1]!]: 'kanske', [TARGET_KEY]: 'strategisk' }, ladderSpace(model));
    expect(answers).toEqual({ [criteriaOf(1)[0]!]: 'ja', [TARGET_KEY]: 'strategisk' });
    expect(dropped).toBe(2);
  });
});
