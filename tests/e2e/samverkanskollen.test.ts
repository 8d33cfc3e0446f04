// Samverkanskollen in a real browser, as a steering-group member meets it on a phone: the
// questions answered by keyboard and by tap, the progress, the diagnosis, a deep-dive tool that is
// already filled in (and an edit there that shows in the check), the diagnosis printed on at most
// two A4 pages, axe in both colour schemes; then the facilitator's group view with five members.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { newContext } from '../support/browser';
import { MODELS } from '../support/models';
import { answerByKeyboard, focusTop, hydrated, useToolSession } from '../support/tool-page';
import { WCAG_TAGS } from '../support/tools';
import { kollenQuestions } from '../../src/tools/samverkanskollen/page-data';

const baseURL = inject('baseURL');
const at = (path: string) => new URL(path, baseURL).href;
const session = useToolSession();
const QUESTIONS = kollenQuestions(MODELS);
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

/** A steering-group member's answers: a group that meets but lacks mandate and anchoring at home. */
function answerFor(q: (typeof QUESTIONS)[number], member = 0): string {
  const ids = q.item.options.map((o) => o.id);
  const pick = (...prefer: string[]) => prefer.find((p) => ids.includes(p)) ?? ids[Math.min(member, ids.length - 1)]!;
  if (q.item.id === 'mal') return ids[(1 + member) % ids.length]!; // aims differ between members
  if (['chefer-med-mandat', 'hemmaprioritet', 'agarskap', 'grundpremiss'].includes(q.item.id)) return pick('nej');
  if (['misstro-och-historia', 'revir-makt-prestige'].includes(q.item.id)) return pick('3');
  if (['sekretess', 'gemensam-budget'].includes(q.item.id)) return pick('1');
  return member % 2 ? pick('delvis', '2') : pick('ja', '3', 'huvudmal');
}

const progress = (page: Page) => page.locator('#kollen-progress').textContent();
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );

it('shows every question as a real form control before any script runs', async () => {
  const js = await newContext(session.browser, { javaScriptEnabled: false });
  const p = await js.newPage();
  await p.goto(at('verktyg/samverkanskollen/'));
  expect(await p.locator('.kollen fieldset.question').count()).toBe(QUESTIONS.length);
  expect(await p.locator('.kollen input[type=radio]').count()).toBeGreaterThan(QUESTIONS.length * 3);
  expect(await p.locator('#kollen-progress').textContent()).toBe(`0 av ${QUESTIONS.length} frågor besvarade`);
  await js.close();
});

it('shows each case’s check diagnosis on the case page, without any script', async () => {
  const js = await newContext(session.browser, { javaScriptEnabled: false });
  const p = await js.newPage();
  for (const slug of ['framtid-arbete', 'integration-genom-arbete', 'samverkan-utan-granser']) {
    await p.goto(at(`fallstudier/${slug}/`));
    const diagnosis = p.locator('.case-diagnosis [data-diagnosis]');
    const n = await diagnosis.locator('.finding').count();
    expect(n, slug).toBeGreaterThanOrEqual(1);
    expect(n, slug).toBeLessThanOrEqual(5);
    expect(await diagnosis.locator('[data-standing]').count(), slug).toBeGreaterThanOrEqual(5);
  }
  await js.close();
});

it('comes first on the tools index and behind the start page’s "Gör en självskattning"', async () => {
  const { page } = session;
  await page.goto(at(''));
  expect(await page.locator('a.card', { hasText: 'Gör en självskattning' }).getAttribute('href')).toBe('/verktyg/samverkanskollen/');
  await page.goto(at('verktyg/'));
  expect(await page.locator('.cards .card h2').first().textContent()).toBe('Samverkanskollen');
});

it('is answered on a phone by keyboard and by tap, diagnoses, shares its answers with the tools, prints and passes axe', async () => {
  const context = await newContext(session.browser, PHONE);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(at('verktyg/samverkanskollen/'));
  await hydrated(page);
  expect(await progress(page)).toBe(`0 av ${QUESTIONS.length} frågor besvarade`);

  // The first questions by keyboard alone, the rest by tapping the option's label.
  await focusTop(page);
  const byKeyboard = QUESTIONS.slice(0, 4);
  for (const q of byKeyboard) await answerByKeyboard(page, `${q.tool}-${q.item.id}`, answerFor(q));
  await expect.poll(() => progress(page)).toBe(`4 av ${QUESTIONS.length} frågor besvarade`);
  for (const q of QUESTIONS.slice(4)) {
    await page
      .locator(`input[name="${q.tool}-${q.item.id}"][value="${answerFor(q)}"]`)
      .locator('xpath=..')
      .tap();
  }
  await expect.poll(() => progress(page)).toBe(`${QUESTIONS.length} av ${QUESTIONS.length} frågor besvarade`);
  expect(await page.getAttribute('#kollen-progress', 'aria-live')).toBe('polite');

  // Er diagnos: three to five findings, each with the answers behind it and where to read; the models placed.
  const diagnosis = page.locator('[data-diagnosis]');
  await diagnosis.waitFor();
  const findings = diagnosis.locator('.finding');
  const n = await findings.count();
  expect(n).toBeGreaterThanOrEqual(3);
  expect(n).toBeLessThanOrEqual(5);
  const rules = await findings.evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));
  expect(rules.some((r) => r?.startsWith('samverkanskollen/') || r?.startsWith('ambitionstrappan/'))).toBe(true);
  expect(await findings.first().locator('.diagnosis__because').textContent()).toMatch(/–/);
  expect(await findings.first().locator('.finding__read a').count()).toBeGreaterThanOrEqual(1);
  for (const tool of ['ambitionstrappan', 'samverkanstrappan', 'hindrens-isberg', 'checklistor']) {
    expect(await diagnosis.locator(`[data-standing="${tool}"] dd`).textContent()).not.toBe('');
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // Axe over the answered page with its diagnosis, in light and dark.
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await axe(page), 'light').toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axe(page), 'dark').toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });

  // Printed: the diagnosis alone, on one or two A4 pages.
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.kollen__questions').isVisible()).toBe(false);
  expect(await diagnosis.isVisible()).toBe(true);
  const pages = pdfPages(await page.pdf({ format: 'A4' }));
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
  await page.emulateMedia({ media: 'screen' });

  // The deep-dive tool is already filled in with the check's answers, marked as such.
  const ladder = QUESTIONS.find((q) => q.tool === 'ambitionstrappan' && q.item.id === 'regelbundet')!;
  await page.goto(at('verktyg/ambitionstrappan/'));
  await hydrated(page);
  const option = (value: string) => page.locator(`input[name="ambitionstrappan-regelbundet"][value="${value}"]`);
  await expect.poll(() => option(answerFor(ladder)).isChecked()).toBe(true);
  expect(await option('ja').locator('xpath=ancestor::fieldset').textContent()).toContain('Besvarad i Samverkanskollen');
  // … and an edit there is the check's answer too.
  await option('nej').locator('xpath=..').tap();
  await expect.poll(() => option('nej').isChecked()).toBe(true);
  await page.goto(at('verktyg/samverkanskollen/'));
  await hydrated(page);
  await expect.poll(() => page.locator('.kollen input[name="ambitionstrappan-regelbundet"][value="nej"]').isChecked()).toBe(true);

  // Min självskattning shows the check's diagnosis first.
  await page.goto(at('verktyg/min-sjalvskattning/'));
  await hydrated(page);
  await page.locator('.my-assessment__kollen [data-diagnosis]').waitFor();
  const first = await page.locator('.my-assessment section').first().getAttribute('class');
  expect(first).toContain('my-assessment__kollen');

  expect(errors.filter((e) => !e.includes("reading 'waiting'"))).toEqual([]);
  await context.close();
});

it('shows the check as a whole in the group view for five members', async () => {
  const { page } = session;
  const orgs = ['Kommunen', 'Regionen', 'Arbetsförmedlingen', 'Försäkringskassan', 'Samordningsförbundet'];
  const members = orgs.map((org, member) => {
    const answers: Record<string, Record<string, string>> = {};
    for (const q of QUESTIONS) (answers[q.tool] ??= {})[q.item.id] = answerFor(q, member);
    return { id: `m${member}`, name: `Person ${member}`, org, answers };
  });
  const state = {
    v: 1,
    active: 'g1',
    groups: [{ id: 'g1', name: 'Styrgruppen', date: '2026-12-01', rounds: [{ id: 'r1', date: '2026-12-01', members, nextSteps: '' }] }],
  };
  await page.goto(at('workshop/gruppvy/'));
  await page.evaluate((s) => localStorage.setItem('samverkan:grupper', s), JSON.stringify(state));
  await page.reload();
  await hydrated(page);
  const section = page.locator('.group-tool[data-tool="samverkanskollen:helhet"]');
  await section.waitFor();
  const text = (await section.textContent()) ?? '';
  expect(text).toContain('Samverkanskollen som helhet');
  expect(text).toContain('5 av 5 har svarat.');
  // The level aimed at stands beside the level now, and different aims are a finding.
  expect(await section.locator('.group-kollen__levels .spread').count()).toBe(2);
  expect(await section.locator('[data-finding="olika-mal"]').count()).toBe(1);
  // Findings with how many of the five they apply to.
  expect(text).toMatch(/\d av 5 personer/);
  // Largest disagreements first.
  expect(await section.locator('.group-tool__ranked li').count()).toBeGreaterThan(0);
  // Every organisation has one person here: the breakdown says so instead of comparing single answers.
  expect(text).toContain('Ingen organisation har mer än en person');
  expect(text).not.toContain('Oenigheten går mellan organisationerna');
});
