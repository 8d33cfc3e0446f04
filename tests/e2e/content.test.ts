// The handbook as built: all chapters in order, every model of the manual findable, every figure
// with a text alternative, every glossary entry used and linked both ways, and every page's
// security policy cut to its own inline code.
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { pageCsp } from '../../src/lib/csp/page-hashes';
import { builtPages, DIST } from '../support/site-files';

const html = (path: string) => parse(readFileSync(`${DIST}${path}index.html`, 'utf8'));
const chapterPages = builtPages().filter((p) => /^\/handboken\/[^/]+\/$/.test(p));
const siteText = builtPages()
  .map((p) => html(p).querySelector('main')?.textContent ?? '')
  .join('\n')
  .toLowerCase();

it('has twelve chapters, listed in order in the navigation', () => {
  expect(chapterPages).toHaveLength(12);
  const nav = html(chapterPages[0]!)
    .querySelectorAll('.chapter-nav a')
    .map((a) => a.textContent.trim());
  expect(nav.map((t) => Number(t.split('.')[0]))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
});

// Every page's policy names its own inline code only (src/integrations/page-csp.ts); that the page
// still runs under it – no script or style refused – pages.test.ts sees in Chromium.
it('gives every page a security policy with the hashes of its own inline scripts and styles only', () => {
  for (const path of builtPages()) {
    const raw = readFileSync(`${DIST}${path}index.html`, 'utf8');
    expect(raw, path).toMatch(/<meta http-equiv="content-security-policy" content="default-src 'self';[^"]*script-src 'self'/);
    expect(pageCsp(raw), path).toBe(raw);
  }
});

// Model names, level names and terms of ../shared/design/MODELS.md that a reader must find.
const MODEL_NAMES = [
  'kaffe och mazarin',
  'problemlösningsgrupp',
  'projektledningsgrupp',
  'strategisk ledningsgrupp',
  'tillfälliga nätverk',
  'permanenta nätverk',
  'arbetsgrupper på deltid',
  'arbetsgrupper på heltid',
  'multikompetenta team',
  'spindeln i nätet',
  'vägvisare',
  'beslutsfattare',
  'informationscentral',
  'mäklare',
  'inspiratör',
  'möjliggörare',
  'legitimerare',
  'trouble shooter',
  'kompetensutvecklare',
  'utvecklare',
  'systemförändrare',
  'stegförflyttning',
  'helhetssyn',
  'samsyn',
  'konsistens',
  'uppdragsgivargrupp',
  'uppdragstagargrupp',
  'svarte petter',
  'ettårsbudgeten',
  'rolls-royce',
  'begagnad v',
  'pinnstatistik',
  'investeringspuckel',
  'sekretess',
  'den sanna läran',
  'min fru förstår mig inte',
  'stjärnkrog',
  'rutger',
  'jasmine',
  'kvantifieringsraseri',
  'projektsjukan',
  'samverkansbokslut',
  'styra',
  'stödja',
  'lära',
  'gränsöverskridande ledarskap',
  'organisatoriska amöban',
  'kompetenstillit',
  'persontillit',
];

describe('the manual’s models are all in the handbook', () => {
  it.each(MODEL_NAMES)('%s', (name) => expect(siteText).toContain(name));
});

describe.each(chapterPages)('%s', (path) => {
  const page = html(path);
  it('has "I korthet", discussion questions and a credit line to the manual', () => {
    expect(page.querySelector('.in-short')).not.toBeNull();
    expect(page.querySelectorAll('h2').map((h) => h.textContent)).toContain('Att diskutera i gruppen');
    expect(page.querySelector('.credit')?.textContent).toContain('Manual för samverkan');
  });
  it('gives every figure a caption and a description', () => {
    for (const figure of page.querySelectorAll('figure.figure')) {
      const img = figure.querySelector('[role="img"]')!;
      const caption = page.getElementById(img.getAttribute('aria-labelledby')!);
      const description = page.getElementById(img.getAttribute('aria-describedby')!);
      expect(caption?.textContent.trim().length).toBeGreaterThan(5);
      expect(description?.textContent.trim().length).toBeGreaterThan(40);
    }
  });
});

describe('the glossary', () => {
  const ids = readdirSync('content/ordlista').map((f) => f.replace(/\.yaml$/, ''));
  const linked = new Set(
    chapterPages.flatMap((p) =>
      html(p)
        .querySelectorAll('a.term')
        .map((a) => a.getAttribute('href')!.split('#')[1]),
    ),
  );
  it('has at least 40 terms', () => expect(ids.length).toBeGreaterThanOrEqual(40));
  it.each(ids)('%s is linked from a chapter and links back to one', (id) => {
    expect(linked).toContain(id);
    const entry = html('/ordlista/').getElementById(id);
    expect(entry?.querySelector('a')?.getAttribute('href')).toMatch(/^\/handboken\/[^/]+\//);
  });
});

describe('chapters show the tools’ own model data (one source of truth)', () => {
  it('chapter 7 lists the ladder’s levels as the tool defines them', async () => {
    const { ladderModel } = await import('../support/models');
    const rows = html('/handboken/samverkansledning/')
      .querySelectorAll('table')
      .find((t) => t.querySelector('caption')?.textContent.includes('ambitionsnivåer'))!
      .querySelectorAll('tbody tr');
    expect(rows.map((r) => r.querySelectorAll('td').map((td) => td.textContent.trim()))).toEqual(
      ladderModel.levels.map((l) => [l.works, l.achieves]),
    );
  });
  it('chapter 8 lists the staircase’s steps as the tool defines them', async () => {
    const { staircaseModel } = await import('../support/models');
    const rows = html('/handboken/fran-prat-till-verkstad/')
      .querySelectorAll('table')
      .find((t) => t.querySelector('caption')?.textContent.includes('fem steg'))!
      .querySelectorAll('tbody tr');
    expect(rows.map((r) => r.querySelector('th')!.textContent.trim())).toEqual(staircaseModel.steps.map((s) => s.name));
    expect(rows.map((r) => r.querySelectorAll('td')[1]!.textContent.trim())).toEqual(staircaseModel.steps.map((s) => s.how));
  });
});
