import { describe, expect, it } from 'vitest';
import { workshopSchema } from '../../src/schemas/workshop';

const good = {
  title: 'Workshop: Hindrens isberg',
  tool: 'hindrens-isberg',
  summary: 'Ett upplägg för 60 eller 90 minuter där ledningsgruppen skattar hindren var för sig och sedan jämför.',
  groupSize: '5–15 personer',
};

function firstIssue(input: unknown) {
  const r = workshopSchema.safeParse(input);
  if (r.success) return undefined;
  const issue = r.error.issues[0]!;
  return { path: issue.path.join('.'), message: issue.message };
}

describe('workshop guide frontmatter', () => {
  it('accepts a complete guide', () => {
    expect(workshopSchema.parse(good)).toEqual(good);
  });

  it.each([
    { name: 'missing title', input: { ...good, title: undefined }, path: 'title', message: /titeln saknas/ },
    { name: 'unknown tool', input: { ...good, tool: 'kaffemaskinen' }, path: 'tool', message: /okänt verktyg/ },
    { name: 'summary too short', input: { ...good, summary: 'Kort.' }, path: 'summary', message: /för kort/ },
    { name: 'summary too long', input: { ...good, summary: 'x'.repeat(321) }, path: 'summary', message: /för lång/ },
    { name: 'missing group size', input: { ...good, groupSize: undefined }, path: 'groupSize', message: /gruppstorleken/ },
  ])('rejects $name and names the field', ({ input, path, message }) => {
    const issue = firstIssue(input);
    expect(issue?.path).toBe(path);
    expect(issue?.message).toMatch(message);
  });
});
