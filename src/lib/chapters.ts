// Ordering and grouping of chapters for navigation. Pure: takes plain data, no Astro imports,
// so that the order rules are unit-tested.
import type { Part } from '../schemas/chapter';

/** "07-samverkansledning.mdx" → "samverkansledning": the number only orders the files. */
export function chapterSlug(fileName: string): string {
  return fileName.replace(/\.mdx?$/, '').replace(/^\d+-/, '');
}

export interface ChapterRef {
  id: string;
  data: { title: string; chapter: number; part?: Part | undefined };
}

export const PART_TITLES: Record<Part | 'intro', string> = {
  intro: 'Inledning',
  I: 'Del I · Motiv och mål för samverkan',
  II: 'Del II · Att organisera och leda samverkan',
  III: 'Del III · Framgångsfaktorer och hinder',
  IV: 'Del IV · Ett strategiskt perspektiv',
};

export function sortChapters<T extends ChapterRef>(chapters: readonly T[]): T[] {
  return [...chapters].sort((a, b) => a.data.chapter - b.data.chapter);
}

export interface PartGroup<T> {
  key: Part | 'intro';
  title: string;
  chapters: T[];
}

/** Groups chapters by part, in reading order; chapter 1 forms the introduction. */
export function groupByPart<T extends ChapterRef>(chapters: readonly T[]): PartGroup<T>[] {
  const groups: PartGroup<T>[] = [];
  for (const c of sortChapters(chapters)) {
    const key = c.data.part ?? 'intro';
    let group = groups.find((g) => g.key === key);
    if (!group) groups.push((group = { key, title: PART_TITLES[key], chapters: [] }));
    group.chapters.push(c);
  }
  return groups;
}

/** The chapters before and after `id` in reading order. */
export function neighbours<T extends ChapterRef>(chapters: readonly T[], id: string): { prev?: T; next?: T } {
  const sorted = sortChapters(chapters);
  const i = sorted.findIndex((c) => c.id === id);
  if (i < 0) return {};
  const prev = sorted[i - 1];
  const next = sorted[i + 1];
  return { ...(prev ? { prev } : {}), ...(next ? { next } : {}) };
}
