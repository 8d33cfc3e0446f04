import { describe, expect, it } from 'vitest';
import { chapterSlug, groupByPart, neighbours, sortChapters } from '../../src/lib/chapters';
import { formatSections } from '../../src/lib/credit';
import { sortSwedish } from '../../src/lib/swedish';

const ch = (id: string, chapter: number, part?: 'I' | 'II' | 'III' | 'IV') => ({ id, data: { title: id, chapter, part } });
const all = [ch('ledning', 7, 'II'), ch('intro', 1), ch('varfor', 2, 'I'), ch('hinder', 10, 'III'), ch('vem', 3, 'I')];

describe('chapter order', () => {
  it.each([
    ['07-samverkansledning.mdx', 'samverkansledning'],
    ['01-hur-du-anvander-handboken.mdx', 'hur-du-anvander-handboken'],
    ['utan-nummer.mdx', 'utan-nummer'],
  ])('%s → %s', (file, slug) => expect(chapterSlug(file)).toBe(slug));

  it('sorts by chapter number, whatever the file order', () => {
    expect(sortChapters(all).map((c) => c.data.chapter)).toEqual([1, 2, 3, 7, 10]);
  });

  it('groups into the introduction and the parts, in reading order', () => {
    const groups = groupByPart(all);
    expect(groups.map((g) => g.key)).toEqual(['intro', 'I', 'II', 'III']);
    expect(groups[1]!.chapters.map((c) => c.id)).toEqual(['varfor', 'vem']);
    expect(groups[1]!.title).toMatch(/^Del I /);
  });

  it('finds the previous and next chapter, and none past the ends', () => {
    expect(neighbours(all, 'vem')).toEqual({ prev: all[2], next: all[0] });
    expect(neighbours(all, 'intro').prev).toBeUndefined();
    expect(neighbours(all, 'hinder').next).toBeUndefined();
    expect(neighbours(all, 'finns-inte')).toEqual({});
  });
});

describe('credit line', () => {
  it.each([
    [[], ''],
    [['7.1.3'], 'avsnitt 7.1.3'],
    [['2.1', '2.5'], 'avsnitt 2.1 och 2.5'],
    [['2.1', '2.5', '2.6'], 'avsnitt 2.1, 2.5 och 2.6'],
  ])('%j → "%s"', (sections, text) => expect(formatSections(sections)).toBe(text));
});

describe('Swedish alphabetical order', () => {
  it('puts å, ä, ö after z', () => {
    expect(sortSwedish(['ömsesidighet', 'ambition', 'zon', 'ändamål', 'återkoppling'], (s) => s)).toEqual([
      'ambition',
      'zon',
      'återkoppling',
      'ändamål',
      'ömsesidighet',
    ]);
  });
});
