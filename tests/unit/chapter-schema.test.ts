import { describe, expect, it } from 'vitest';
import { chapterSchema } from '../../src/schemas/chapter';

const good = {
  title: 'Samverkansledning',
  part: 'II',
  chapter: 7,
  summary: 'Om ledningsgruppens roll, ambitionsnivåer och arbetsformer.',
  sections: ['7.1', '7.1.3'],
  tools: ['ambitionstrappan'],
};

function firstIssue(input: unknown) {
  const r = chapterSchema.safeParse(input);
  if (r.success) return undefined;
  const issue = r.error.issues[0]!;
  return { path: issue.path.join('.'), message: issue.message };
}

describe('chapter frontmatter', () => {
  it('accepts a complete chapter and fills defaults', () => {
    expect(chapterSchema.parse(good)).toEqual(good);
    const { sections: _s, tools: _t, ...minimal } = good;
    expect(chapterSchema.parse(minimal)).toMatchObject({ sections: [], tools: [] });
  });

  it('accepts chapter 1 without a part', () => {
    const { part: _p, ...intro } = good;
    expect(chapterSchema.safeParse({ ...intro, chapter: 1 }).success).toBe(true);
  });

  it.each([
    { name: 'missing title', input: { ...good, title: undefined }, path: 'title' },
    { name: 'chapter out of range', input: { ...good, chapter: 13 }, path: 'chapter' },
    { name: 'chapter not a number', input: { ...good, chapter: 'sju' }, path: 'chapter', message: /heltal/ },
    { name: 'unknown part', input: { ...good, part: 'V' }, path: 'part', message: /I, II, III eller IV/ },
    { name: 'part that does not match the chapter', input: { ...good, part: 'I' }, path: 'part', message: /stämmer inte/ },
    { name: 'summary too short', input: { ...good, summary: 'Kort.' }, path: 'summary', message: /för kort/ },
    { name: 'badly written section', input: { ...good, sections: ['7.1.a'] }, path: 'sections.0', message: /7\.1\.3/ },
    { name: 'unknown tool', input: { ...good, tools: ['kaffemaskinen'] }, path: 'tools.0', message: /okänt verktyg/ },
  ])('rejects $name and names the field', ({ input, path, message }) => {
    const issue = firstIssue(input);
    expect(issue?.path).toBe(path);
    if (message) expect(issue?.message).toMatch(message);
  });
});
