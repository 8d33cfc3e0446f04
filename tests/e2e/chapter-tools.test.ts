// The tools inside chapters (<ToolEmbed>): the chapter's HTML carries only each tool's
// introduction, and the questions are drawn when the reader comes near – with the chapter's
// choice of areas, the reader's saved answers, and a Swedish message if the tool cannot be fetched.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';
import { parse } from 'node-html-parser';
import { checklistsModel } from '../support/models';
import { DIST, builtPages } from '../support/site-files';
import { useToolSession } from '../support/tool-page';

const baseURL = inject('baseURL');
const session = useToolSession();
const CHAPTER_10 = new URL('handboken/framgangsfaktorer-och-hinder/', baseURL).href;

it('leaves the questions out of every chapter’s HTML: an introduction and a link to the tool’s page', () => {
  const chapters = builtPages().filter((p) => /^\/handboken\/[^/]+\/$/.test(p));
  let embeds = 0;
  for (const p of chapters) {
    const doc = parse(readFileSync(join(DIST, p, 'index.html'), 'utf8'));
    expect(doc.querySelectorAll('input:not([type=search])').length, p).toBe(0);
    for (const embed of doc.querySelectorAll('[data-embed]')) {
      embeds++;
      const tool = embed.getAttribute('data-embed');
      expect(embed.querySelector('.tool-embed__intro a')?.getAttribute('href')).toBe(`/verktyg/${tool}/`);
      expect(embed.querySelectorAll('astro-island').length).toBe(1);
    }
  }
  expect(embeds).toBe(9);
});

it('draws the chapter’s checklist areas when the reader comes near, with the saved answers', async () => {
  const { page } = session;
  const [subtle] = checklistsModel.areas.filter((a) => a.id === 'subtila');
  const item = `checklistor-${subtle!.items[0]!.id}`;
  await page.goto(new URL('verktyg/checklistor/', baseURL).href);
  await page.locator(`input[name="${item}"][value="nej"]`).check();
  await page.goto(CHAPTER_10);
  const embed = page.locator('[data-embed="checklistor"]');
  expect(await embed.locator('input').count()).toBe(0);
  await embed.scrollIntoViewIfNeeded();
  await expect.poll(() => embed.locator(`#checklistor-subtila h2`).count()).toBe(1);
  const shown = await Promise.all(checklistsModel.areas.map((a) => embed.locator(`#checklistor-${a.id}`).count()));
  expect(checklistsModel.areas.filter((_, i) => shown[i]! > 0).map((a) => a.id)).toEqual(['uppenbara', 'subtila']);
  expect(await embed.locator(`input[name="${item}"][value="nej"]`).isChecked()).toBe(true);
  // An answer given in the chapter is the tool's own.
  const other = `checklistor-${checklistsModel.areas.find((a) => a.id === 'uppenbara')!.items[0]!.id}`;
  await embed.locator(`input[name="${other}"][value="ja"]`).check();
  await page.goto(new URL('verktyg/checklistor/', baseURL).href);
  await expect.poll(() => page.locator(`input[name="${other}"][value="ja"]`).isChecked()).toBe(true);
});

it('says so in Swedish when the tool cannot be fetched, and the chapter reads on', async () => {
  const { page } = session;
  await page.route('**/verktyg/hindrens-isberg/modell.json', (route) => route.abort());
  await page.goto(CHAPTER_10);
  const embed = page.locator('[data-embed="hindrens-isberg"]');
  await embed.scrollIntoViewIfNeeded();
  await expect.poll(() => embed.locator('.notice').textContent()).toContain('Verktyget gick inte att hämta');
  expect(await embed.locator('a', { hasText: 'verktygets egen sida' }).count()).toBe(1);
  // The failed fetch is logged by the browser, not by the page: no error of the page's own.
  session.errors.splice(0, session.errors.length, ...session.errors.filter((e) => !e.includes('Failed to load resource')));
});
