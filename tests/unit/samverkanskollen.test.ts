// Samverkanskollen: the question bank (each question a real item of its tool, each topic and
// item once, every core model placeable from the check alone), the diagnosis as tables of answer
// sets → ranked finding ids (the patterns evaluators of failed projects find), the honest
// headlines of issue 14, and the three cases as proof.
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/lib/answers';
import { CASES } from '../../src/models/cases';
import { questionsOf } from '../../src/tools/derived';
import { TOOL_IDS, type ToolId } from '../../src/tools/index';
import { BANK, bankItemsByTool, bankQuestions, inBank } from '../../src/tools/samverkanskollen/bank';
import { answersFromBank, diagnose, TOP, type AnswersByTool } from '../../src/tools/samverkanskollen/diagnosis';
import { NO_RULES } from '../../src/tools/samverkanskollen/findings';
import { PLACED_MODELS, standings, type Standing } from '../../src/tools/samverkanskollen/standings';
import { describeLadder } from '../../src/tools/ambitionstrappan/words';
import { scoreLadder } from '../../src/tools/ambitionstrappan/score';
import { reportFor } from '../../src/tools/derived';
import { MODELS } from '../support/models';

const ids = (d: ReturnType<typeof diagnose>) => d.findings.map((f) => f.rule.id);
const allIds = (d: ReturnType<typeof diagnose>) => d.all.map((f) => f.rule.id);
const standing = <K extends Standing['tool']>(s: Standing[], tool: K) => s.find((x) => x.tool === tool) as Extract<Standing, { tool: K }>;

/** A steering group where everything the check asks holds. */
const HEALTHY: AnswersByTool = {
  ambitionstrappan: {
    'kanner-varandra': 'ja',
    regelbundet: 'ja',
    'chefer-med-mandat': 'ja',
    'vill-vara-dar': 'ja',
    'gemensamma-mal': 'ja',
    'tid-avsatt': 'ja',
    'leder-projekt': 'ja',
    'strategi-och-plan': 'ja',
    mal: 'strategisk',
  },
  'styra-stodja-lara': { vagvisare: '3', 'trouble-shooter': '3', utvecklare: '3' },
  processen: { 'ledningsgrupp-fas': 'utvardera', 'projekt-fas': 'liten-skala' },
  checklistor: { 'subtil-tillit': 'ja', 'impl-beredda': 'ja' },
  samverkanskollen: {
    arlighet: 'ja',
    framtidstro: 'ja',
    grundpremiss: 'ja',
    hemmaprioritet: 'ja',
    agarskap: 'ja',
    'vart-att-fortsatta': 'ja',
  },
  samverkanstrappan: {
    malgrupp: 'hanger-ihop',
    insatskedja: 'glapp',
    resurser: 'del-av-tjanst',
    ambition: 'arbeta-ihop-deltid',
    form: 'arbetsgrupper-deltid',
  },
  'hindrens-isberg': {
    sekretess: '0',
    'gemensam-budget': '0',
    egocentrism: '0',
    centrifugalkrafter: '0',
    'revir-makt-prestige': '0',
    'misstro-och-historia': '0',
  },
  framgang: { metoder: 'huvudmal', system: 'huvudmal' },
};

/** HEALTHY with some answers changed. */
function healthyBut(change: AnswersByTool): AnswersByTool {
  const out: AnswersByTool = { ...HEALTHY };
  for (const [tool, answers] of Object.entries(change) as [ToolId, Answers][]) out[tool] = { ...HEALTHY[tool], ...answers };
  return out;
}

describe('the question bank', () => {
  it('asks 25–35 questions, each a real item of its tool with the tool’s options', () => {
    expect(BANK.length).toBeGreaterThanOrEqual(25);
    expect(BANK.length).toBeLessThanOrEqual(35);
    for (const b of BANK) {
      const item = questionsOf(b.tool, MODELS[b.tool] as never).items.find((i) => i.id === b.item);
      expect(item, `${b.tool}/${b.item}`).toBeDefined();
    }
    expect(bankQuestions(MODELS).map((q) => q.question.id)).toEqual(BANK.map((b) => b.item));
  });

  it('asks no topic, item or id twice', () => {
    const topics = BANK.map((b) => b.topic.toLowerCase());
    expect(new Set(topics).size).toBe(BANK.length);
    expect(new Set(BANK.map((b) => `${b.tool}/${b.item}`)).size).toBe(BANK.length);
    expect(new Set(BANK.map((b) => b.id)).size).toBe(BANK.length);
  });

  it('asks goals, time, mandate and anchoring at home once each', () => {
    for (const topic of [/(^|\s)mål($|\s)/i, /^tid/i, /mandat/i, /förankring/i]) {
      const hits = BANK.filter((b) => topic.test(b.topic) && !/^(framgång|ambitionsnivå)/i.test(b.topic));
      expect(hits, String(topic)).toHaveLength(1);
    }
  });

  it('offers "vet inte" on every question, the level aimed at and the form included', () => {
    const without = bankQuestions(MODELS).filter((q) => !q.question.options.some((o) => o.id === 'vet-inte'));
    expect(without.map((q) => q.id)).toEqual([]);
  });

  it('asks every one of the check’s own questions, each with its rule on "nej"', () => {
    const own = MODELS.samverkanskollen.items.map((i) => i.id);
    expect(
      BANK.filter((b) => b.tool === 'samverkanskollen')
        .map((b) => b.item)
        .sort(),
    ).toEqual([...own].sort());
    expect(Object.keys(NO_RULES).sort()).toEqual([...own].sort());
  });

  it('reaches every core model: a criterion on every ladder level, an obstacle in every zone, a role on every side', () => {
    const by = bankItemsByTool();
    for (const tool of PLACED_MODELS) expect(by[tool]?.length ?? 0, tool).toBeGreaterThan(0);
    for (const level of MODELS.ambitionstrappan.levels)
      expect(
        level.criteria.some((c) => inBank('ambitionstrappan', c.id)),
        level.name,
      ).toBe(true);
    expect(inBank('ambitionstrappan', 'mal')).toBe(true);
    for (const zone of MODELS['hindrens-isberg'].zones)
      expect(zone.obstacles.filter((o) => inBank('hindrens-isberg', o.id)).length, zone.title).toBeGreaterThanOrEqual(2);
    for (const side of MODELS['styra-stodja-lara'].sides)
      expect(
        side.roles.some((r) => inBank('styra-stodja-lara', r.id)),
        side.name,
      ).toBe(true);
    for (const f of MODELS.samverkanstrappan.factors) expect(inBank('samverkanstrappan', f.id), f.id).toBe(true);
    expect(inBank('samverkanstrappan', 'form')).toBe(true);
  });

  it('places every core model from the check’s answers alone', () => {
    const s = standings(HEALTHY, MODELS);
    expect(s.map((x) => x.tool)).toEqual([...PLACED_MODELS]);
    for (const x of s) expect(x.placed, x.tool).toBe(true);
    expect(standing(s, 'ambitionstrappan')).toMatchObject({ current: 4, target: 4 });
    expect(standing(s, 'samverkanstrappan')).toMatchObject({ recommended: [3], form: 3, fit: 'passar' });
    expect(standing(s, 'hindrens-isberg').dominant).toEqual([]);
    expect(standing(s, 'checklistor').weakest.length).toBeGreaterThan(0);
    expect(standing(s, 'processen')).toMatchObject({ leadership: 4, project: 4, mismatches: [] });
  });

  it('lists the bank’s items by tool, and reads a flat answer record by bank id', () => {
    const by = bankItemsByTool();
    expect(Object.values(by).flat()).toHaveLength(BANK.length);
    expect(by.samverkanstrappan).toEqual(['malgrupp', 'insatskedja', 'resurser', 'ambition', 'form']);
    expect(answersFromBank({ 'samverkanskollen.arlighet': 'nej', 'ambitionstrappan.mal': 'strategisk', 'okänd.fråga': 'ja' })).toEqual({
      samverkanskollen: { arlighet: 'nej' },
      ambitionstrappan: { mal: 'strategisk' },
    });
  });
});

describe('the diagnosis', () => {
  it('finds no problem where everything holds, and names the strengths', () => {
    const d = diagnose(HEALTHY, MODELS);
    expect(d.all).toEqual([]);
    expect(d.answered).toBe(BANK.length);
    expect(d.strengths.map((f) => f.rule.id)).toEqual(
      expect.arrayContaining(['ambitionstrappan/leder', 'samverkanskollen/grunden-bar', 'hindrens-isberg/inga-hinder']),
    );
  });

  it('finds nothing and places nothing when nothing is answered', () => {
    const d = diagnose({}, MODELS);
    expect(d.findings).toEqual([]);
    expect(d.standings.every((s) => !s.placed && s.headline === 'Inte besvarat ännu.')).toBe(true);
  });

  it.each([
    {
      name: 'politeness instead of honesty',
      change: { samverkanskollen: { arlighet: 'nej' } },
      top: ['samverkanskollen/artighet-fore-arlighet'],
    },
    { name: 'discouragement', change: { samverkanskollen: { framtidstro: 'nej' } }, top: ['samverkanskollen/uppgivenhet'] },
    { name: 'no shared premise', change: { samverkanskollen: { grundpremiss: 'nej' } }, top: ['samverkanskollen/ingen-grundpremiss'] },
    {
      name: 'home organisations that do not prioritise the work',
      change: { samverkanskollen: { hemmaprioritet: 'nej' } },
      top: ['samverkanskollen/inte-forankrat-hemma'],
    },
    {
      name: 'doubt about going on',
      change: { samverkanskollen: { 'vart-att-fortsatta': 'nej' } },
      top: ['samverkanskollen/tvivel-pa-att-fortsatta'],
    },
    {
      name: 'ownership left to a consultant',
      change: { samverkanskollen: { agarskap: 'nej' } },
      top: ['samverkanskollen/agarskap-saknas'],
    },
    {
      name: 'ordered to take part',
      change: { ambitionstrappan: { 'vill-vara-dar': 'nej' } },
      // Without the will to be there, level 3 is not reached – so a group in phase 4 has skipped a step.
      top: ['ambitionstrappan/leder-projekt-underifran', 'samverkanskollen/beordrad', 'samverkanskollen/hoppade-over-faser'],
    },
    {
      name: 'partly honest, partly sharing the premise: partly met, not failed',
      change: { samverkanskollen: { arlighet: 'delvis', grundpremiss: 'delvis' } },
      top: ['samverkanskollen/delvis'],
    },
    {
      name: 'the premise not shared outranks politeness and doubt',
      change: { samverkanskollen: { arlighet: 'nej', grundpremiss: 'nej', 'vart-att-fortsatta': 'nej', framtidstro: 'nej' } },
      top: [
        'samverkanskollen/ingen-grundpremiss',
        'samverkanskollen/artighet-fore-arlighet',
        'samverkanskollen/uppgivenhet',
        'samverkanskollen/tvivel-pa-att-fortsatta',
      ],
    },
    {
      name: 'what you do not know is named, once, across the tools',
      change: {
        samverkanskollen: { arlighet: 'vet-inte', framtidstro: 'vet-inte' },
        'hindrens-isberg': { 'misstro-och-historia': 'vet-inte' },
      },
      top: ['samverkanskollen/okant'],
    },
    {
      name: 'the first phases skipped: starting the work without managers with a mandate',
      change: { ambitionstrappan: { 'chefer-med-mandat': 'nej' }, processen: { 'ledningsgrupp-fas': 'starta', 'projekt-fas': 'prototyp' } },
      top: ['ambitionstrappan/leder-projekt-underifran', 'samverkanskollen/hoppade-over-faser'],
    },
  ] as { name: string; change: AnswersByTool; top: string[] }[])('$name', ({ change, top }) => {
    const d = diagnose(healthyBut(change), MODELS);
    if (process.env.SHOW) console.log(JSON.stringify(d.findings.map((f) => [f.rule.id, f.title])));
    expect(ids(d)).toEqual(top);
  });

  it('a failed project: leadership, the premise and the form first, laws last, at most five and the unknown among them', () => {
    const failed: AnswersByTool = {
      ambitionstrappan: { 'kanner-varandra': 'nej', regelbundet: 'delvis', 'leder-projekt': 'delvis', mal: 'projektledning' },
      'styra-stodja-lara': { vagvisare: '1', 'trouble-shooter': '0', utvecklare: '0' },
      samverkanstrappan: {
        malgrupp: 'skora',
        insatskedja: 'saknas',
        resurser: 'avsatt-tid',
        ambition: 'samlat-stod',
        form: 'permanenta-natverk',
      },
      'hindrens-isberg': { sekretess: '3', 'gemensam-budget': '3', egocentrism: '0', centrifugalkrafter: '0', 'revir-makt-prestige': '0' },
      samverkanskollen: {
        arlighet: 'nej',
        grundpremiss: 'nej',
        hemmaprioritet: 'nej',
        framtidstro: 'vet-inte',
        'vart-att-fortsatta': 'vet-inte',
      },
      checklistor: { 'subtil-tillit': 'vet-inte' },
    };
    const d = diagnose(failed, MODELS);
    expect(ids(d)).toEqual([
      'ambitionstrappan/under-niva-1',
      'ambitionstrappan/leder-projekt-underifran',
      'styra-stodja-lara/alla-sidor-svaga',
      'samverkanskollen/ingen-grundpremiss',
      'samverkanskollen/okant',
    ]);
    expect(d.findings).toHaveLength(TOP);
    const all = allIds(d);
    expect(all.indexOf('samverkanskollen/inte-forankrat-hemma')).toBeLessThan(all.indexOf('samverkanstrappan/for-lite-for-behovet'));
    expect(all.indexOf('hindrens-isberg/bara-formella-hinder')).toBeGreaterThan(all.indexOf('samverkanstrappan/underdimensionerad-form'));
    // Each finding carries the answers behind it, the section to read and the deep-dive tool.
    const premise = d.findings.find((f) => f.rule.id === 'samverkanskollen/ingen-grundpremiss')!;
    expect(premise.because).toEqual([expect.stringMatching(/grunden överens om varför ni samverkar .* – nej$/)]);
    expect(premise.read.href).toBe('/handboken/varfor-samverka/#helhetssyn-konsistens-och-samsyn');
    expect(premise.toolHref).toBe('/verktyg/samverkanskollen/');
    expect(d.findings[0]!.toolHref).toBe('/verktyg/ambitionstrappan/');
    expect(d.findings.find((f) => f.rule.id === 'samverkanskollen/okant')?.title).toBe(
      'Ni vet inte 3 av de saker kollen frågar om: tillit, uppgivenhet, värt att fortsätta – därför går Checklistor före start inte att placera.',
    );
  });

  it('reads deep-dive answers too: a fully answered ladder is read by all its criteria', () => {
    const full = Object.fromEntries(MODELS.ambitionstrappan.levels.flatMap((l) => l.criteria.map((c) => [c.id, 'ja'])));
    const d = diagnose(healthyBut({ ambitionstrappan: { ...full, 'en-grupp': 'nej' } }), MODELS);
    expect(standing(d.standings, 'ambitionstrappan')).toMatchObject({ current: 2, partly: 2 });
  });
});

describe('honest headlines (issue 14)', () => {
  const ladder = MODELS.ambitionstrappan;
  const upToLevel3 = Object.fromEntries(ladder.levels.slice(0, 3).flatMap((l) => l.criteria.map((c) => [c.id, 'ja'])));

  it('one "delvis" does not drop a working group below level 1', () => {
    const answers = { ...upToLevel3, 'kanner-varandra': 'delvis', mal: 'projektledning' };
    const text = describeLadder(ladder, scoreLadder(ladder, answers));
    expect(text.headline).not.toMatch(/når ännu inte/);
    expect(text.headline).toBe('Gruppen står delvis på nivå 3, Projektledningsgrupp: personlig kännedom finns bara delvis.');
    const found = reportFor('ambitionstrappan', ladder, answers).findings.map((f) => f.rule.id);
    expect(found).toEqual(['ambitionstrappan/delvis-pa-vagen']);
    expect(standing(standings({ ambitionstrappan: answers }, MODELS), 'ambitionstrappan').headline).toBe(
      'Ledningsgruppen står delvis på nivå 3, Projektledningsgrupp: personlig kännedom finns bara delvis. Ni siktar på nivå 3, Projektledningsgrupp.',
    );
  });

  it('a "nej" on level 1 still says the group does not reach it', () => {
    const text = describeLadder(ladder, scoreLadder(ladder, { ...upToLevel3, 'kanner-varandra': 'nej' }));
    expect(text.headline).toBe('Gruppen når ännu inte nivå 1, Kaffe och mazarin-grupp.');
  });

  it('weak on all three sides is never "balanced", nor is weak beside moderate', () => {
    const weak = standing(
      standings({ 'styra-stodja-lara': { vagvisare: '1', 'trouble-shooter': '1', utvecklare: '0' } }, MODELS),
      'styra-stodja-lara',
    );
    expect(weak.headline).not.toMatch(/lika/);
    expect(weak.headline).toMatch(/svagt överallt är ingen balans/);
    const mixed = reportFor('styra-stodja-lara', MODELS['styra-stodja-lara'], {
      vagvisare: '1',
      beslutsfattare: '1',
      'mandat-och-resursgivare': '1',
      informationscentral: '1',
      'maklare-och-kopplare': '1',
      'inspirator-och-idegivare': '1',
      mojliggorare: '1',
      legitimerare: '1',
      'trouble-shooter': '1',
      kompetensutvecklare: '1',
      utvecklare: '2',
      systemforandrare: '2',
    });
    expect(mixed.summary.headline).not.toMatch(/väger ungefär lika tungt/);
  });

  it('"går i takt" is not said when the first phases were skipped or are unknown', () => {
    const inStep = { 'ledningsgrupp-fas': 'starta', 'projekt-fas': 'prototyp' };
    const unknownPlan = reportFor('processen', MODELS.processen, inStep);
    expect(JSON.stringify(unknownPlan)).not.toMatch(/går i takt:/);
    const skipped = diagnose(healthyBut({ processen: inStep, ambitionstrappan: { 'chefer-med-mandat': 'nej' } }), MODELS);
    expect(allIds(skipped)).toContain('samverkanskollen/hoppade-over-faser');
  });
});

/** A case's example as the check reads it: every tool's example answers. */
const caseAnswers = (slug: string): AnswersByTool =>
  Object.fromEntries(Object.entries(CASES[slug]!.examples.tools).map(([tool, e]) => [tool, e.answers]));

describe('the cases as proof', () => {
  it('every case answers the check: the own questions and every model', () => {
    for (const slug of Object.keys(CASES)) {
      const d = diagnose(caseAnswers(slug), MODELS);
      expect(d.answered, slug).toBeGreaterThanOrEqual(BANK.length - 1);
      expect(d.standings.filter((s) => s.placed).length, slug).toBeGreaterThanOrEqual(PLACED_MODELS.length - 1);
      expect(TOOL_IDS.filter((t) => caseAnswers(slug)[t])).toContain('samverkanskollen');
    }
  });

  it('Integration Genom Arbete: unclear leadership, no shared premise and ownership left to consultants', () => {
    const d = diagnose(caseAnswers('integration-genom-arbete'), MODELS);
    expect(ids(d)).toEqual([
      'ambitionstrappan/leder-projekt-underifran',
      'styra-stodja-lara/alla-sidor-svaga',
      'samverkanskollen/ingen-grundpremiss',
      'samverkanskollen/agarskap-saknas',
      'samverkanskollen/okant',
    ]);
    expect(allIds(d)).toEqual(expect.arrayContaining(['processen/ur-takt', 'checklistor/svagt-omrade']));
    expect(standing(d.standings, 'ambitionstrappan').placed).toBe(false);
    expect(standing(d.standings, 'checklistor').weakest.map((a) => a.id)).toEqual(['implementering']);
  });

  it('Framtid: Arbete: ambition over resources, work started before the leadership could carry it, much unknown', () => {
    const d = diagnose(caseAnswers('framtid-arbete'), MODELS);
    expect(ids(d)).toEqual([
      'samverkanstrappan/ambition-over-resurser',
      'styra-stodja-lara/sida-svag',
      'samverkanstrappan/nyckelfraga-nej',
      'processen/ur-takt',
      'samverkanskollen/okant',
    ]);
    expect(allIds(d)).not.toContain('samverkanskollen/ingen-grundpremiss');
    expect(standing(d.standings, 'processen').mismatches).toEqual(['projekt-fore-ledning']);
  });

  it('Samverkan utan gränser: two parties outside the premise, a form too small, leadership behind the project', () => {
    const d = diagnose(caseAnswers('samverkan-utan-granser'), MODELS);
    expect(ids(d)).toEqual([
      'ambitionstrappan/leder-projekt-underifran',
      'samverkanskollen/ingen-grundpremiss',
      'samverkanstrappan/underdimensionerad-form',
      'styra-stodja-lara/sida-svag',
      'samverkanskollen/okant',
    ]);
    expect(standing(d.standings, 'hindrens-isberg').dominant.map((z) => z.id)).toEqual(['vattenbrynet']);
    expect(standing(d.standings, 'processen').mismatches).toEqual(['ledning-efter-projektet']);
  });
});
