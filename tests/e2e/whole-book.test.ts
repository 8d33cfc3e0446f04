// Hela handboken (/hela-handboken/): every chapter once and in order, sound for axe in light and
// dark mode, no tool islands, unique ids, and a clean A4 PDF whose links carry full addresses.
import { readdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { chapterSlug } from '../../src/lib/chapters';
import { newContext, useBrowser, watchedPage } from '../support/browser';
import { builtPages, DIST } from '../support/site-files';

const baseURL = inject('baseURL');
const BOOK = 'hela-handboken/';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const chromium = useBrowser();

const html = (path: string) => parse(readFileSync(`${DIST}${path}index.html`, 'utf8'));
const book = html(`/${BOOK}`);

// The chapters as the collection has them (files numbered in reading order) and as built.
const collection = readdirSync('content/chapters')
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map(chapterSlug);
const built = builtPages()
  .filter((p) => /^\/handboken\/[^/]+\/$/.test(p))
  .map((path) => {
    const page = html(path);
    const number = Number(/Kapitel (\d+)/.exec(page.querySelector('main .eyebrow')?.textContent ?? '')?.[1]);
    return {
      slug: path.split('/')[2]!,
      number,
      title: page.querySelector('h1')!.textContent.trim(),
      inShort: page.querySelector('.in-short li')!.textContent.trim(),
    };
  })
  .sort((a, b) => a.number - b.number);

describe('the book as built', () => {
  const articles = book.querySelectorAll('article.book-chapter');

  it('has every chapter exactly once, in reading order', () => {
    expect(built.map((c) => c.slug)).toEqual(collection);
    expect(articles.map((a) => a.getAttribute('data-chapter'))).toEqual(collection);
    expect(articles.map((a) => a.querySelector('h2')!.textContent.trim())).toEqual(built.map((c) => `${c.number}. ${c.title}`));
  });

  it('holds each chapter’s own text once, in its own place', () => {
    const text = book.querySelector('main')!.textContent;
    built.forEach((c, i) => {
      expect(text.split(c.inShort).length - 1, c.slug).toBe(1);
      expect(articles[i]!.textContent).toContain(c.inShort);
    });
  });

  it('has one h1, a table of contents whose links all land, and every id once', () => {
    expect(book.querySelectorAll('h1')).toHaveLength(1);
    const ids = book.querySelectorAll('[id]').map((e) => e.getAttribute('id')!);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const toc = book.querySelectorAll('.book-toc a').map((a) => a.getAttribute('href')!);
    expect(toc.length).toBeGreaterThan(collection.length);
    for (const c of collection) expect(toc).toContain(`#${c}`);
    const inPage = book.querySelectorAll('main a[href^="#"]').map((a) => decodeURIComponent(a.getAttribute('href')!.slice(1)));
    expect(inPage.filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('ends with the glossary, every term of content/ordlista', () => {
    const last = book.querySelectorAll('main > *').at(-1)!;
    expect(last.classList.contains('book-glossary')).toBe(true);
    expect(last.querySelectorAll('dt')).toHaveLength(readdirSync('content/ordlista').filter((f) => f.endsWith('.yaml')).length);
  });

  it('ships no tool islands: each embedded tool is a note with its address', () => {
    expect(book.querySelectorAll('astro-island')).toHaveLength(0);
    expect(book.querySelectorAll('.tool-embed')).toHaveLength(0);
    const embeds =
      collection.length &&
      readdirSync('content/chapters').reduce(
        (n, f) => n + (readFileSync(`content/chapters/${f}`, 'utf8').match(/<ToolEmbed\b/g) ?? []).length,
        0,
      );
    const notes = book.querySelectorAll('.book-tool a');
    expect(notes).toHaveLength(embeds);
    for (const a of notes) expect(a.getAttribute('href')).toMatch(/\/verktyg\/[^/]+\/$/);
  });

  it('is linked from the chapter index', () => {
    expect(
      html('/handboken/')
        .querySelectorAll('main a')
        .map((a) => a.getAttribute('href')),
    ).toContainEqual(expect.stringMatching(/\/hela-handboken\/$/));
  });
});

describe.each(['light', 'dark'] as const)('in %s mode', (colorScheme) => {
  it('passes axe (WCAG 2.2 A/AA) without errors or foreign requests', async () => {
    const context = await newContext(chromium.browser, { colorScheme });
    const { page, errors, foreign } = await watchedPage(context, baseURL);
    const response = await page.goto(new URL(BOOK, baseURL).href);
    expect(response?.status()).toBe(200);
    const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
    const axe = await (colorScheme === 'dark' ? builder.withRules(['color-contrast']) : builder).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });
});

describe('in print', () => {
  it('hides the chrome, breaks the page before each chapter and writes links out in full', async () => {
    const context = await newContext(chromium.browser);
    const page = await context.newPage();
    await page.goto(new URL(BOOK, baseURL).href);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.site-footer').isVisible()).toBe(false);
    const breaks = await page.$$eval('article.book-chapter, .book-glossary', (els) => els.map((e) => getComputedStyle(e).breakBefore));
    expect(breaks).toEqual(Array(collection.length + 1).fill('page'));

    // The site's address as the build knows it (Astro's `site`, SITE_URL), from the canonical link;
    // a build without SITE_URL has no canonical link, and prints the address the page was opened at.
    const link = page.locator('link[rel="canonical"]');
    const canonical = (await link.count()) ? (await link.getAttribute('href'))! : baseURL;
    const links = await page.$$eval('article.book-chapter a[href^="/"]:not(.term)', (as) =>
      as.map((a) => ({ href: a.getAttribute('href')!, after: getComputedStyle(a, '::after').content })),
    );
    expect(links.length).toBeGreaterThan(10);
    for (const { href, after } of links) {
      const full = new URL(href, canonical).href;
      expect(full).toMatch(/^https?:\/\//);
      expect(after).toBe(`" (${full})"`);
    }
    // In-page links (contents, glossary terms) print no address.
    const inPage = await page.$eval('.book-toc a', (a) => getComputedStyle(a, '::after').content);
    expect(inPage).toBe('none');
    await context.close();
  });

  it('prints to a valid A4 PDF of a sensible length', async () => {
    const context = await newContext(chromium.browser);
    const page = await context.newPage();
    await page.goto(new URL(BOOK, baseURL).href);
    const pdf = await page.pdf({ format: 'A4' });
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    const pages = (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
    // A cover, the contents, then at least a page per chapter and the glossary; a book, not a ream.
    expect(pages).toBeGreaterThanOrEqual(collection.length + 3);
    expect(pages).toBeLessThan(250);
    // Every page is A4 (595 × 842 points).
    const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [
      Math.round(Number(m[1])),
      Math.round(Number(m[2])),
    ]);
    expect(boxes.length).toBeGreaterThan(0);
    for (const [w, h] of boxes) expect([w, h]).toEqual([596, 843]);
    await context.close();
  });
});
