// Styra – stödja – lära: the model file, the schema's messages, the scoring of the three sides,
// the three common mistakes and every sentence of the result.
import { describe, expect, it } from 'vitest';
import { fitAnswers } from '../../src/lib/answers';
import { scoreRoleBalance, sideLevel, type Balance, type Mistake } from '../../src/tools/styra-stodja-lara/score';
import { describeRoleBalance } from '../../src/tools/styra-stodja-lara/words';
import { csvRowsFor } from '../../src/tools/derived';
import { roleBalanceReport } from '../../src/tools/styra-stodja-lara/summary';
import { roleBalanceModel as model } from '../support/models';
import type { Answers } from '../../src/tools/shared/schema';
import { roleBalanceModelSchema, type RoleBalanceModel } from '../../src/tools/styra-stodja-lara/schema';
import { spaceFor } from '../../src/tools/derived';

const ids = (side: number) => model.sides[side]!.roles.map((r) => r.id);
const [S, D, L] = [ids(0), ids(1), ids(2)];
const ALL = [...S, ...D, ...L];
const BELIEF = model.instruments.id;
/** Every role of `roles` answered `value`. */
const fill = (roles: string[], value: string): Answers => Object.fromEntries(roles.map((id) => [id, value]));
/** Roles answered with values in turn, e.g. each(D, ['1', '2']). */
const each = (roles: string[], values: string[]): Answers => Object.fromEntries(roles.map((id, i) => [id, values[i % values.length]!]));

describe('the model file', () => {
  it('has the manual’s three sides in order', () => {
    expect(model.sides.map((s) => [s.id, s.name, s.verb])).toEqual([
      ['styra', 'Styra', 'att styra'],
      ['stodja', 'Stödja', 'att stödja'],
      ['lara', 'Lära', 'att lära'],
    ]);
  });
  it.each([
    { side: 0, names: ['Vägvisare', 'Beslutsfattare', 'Mandat- och resursgivare'] },
    {
      side: 1,
      names: ['Informationscentral', 'Mäklare och kopplare', 'Inspiratör och idégivare', 'Möjliggörare', 'Legitimerare', 'Trouble shooter'],
    },
    { side: 2, names: ['Kompetensutvecklare', 'Utvecklare', 'Systemförändrare'] },
  ])('side $side holds every role the manual lists there', ({ side, names }) => {
    expect(model.sides[side]!.roles.map((r) => r.name)).toEqual(names);
  });
  it('has twelve roles, the 0–3 scale in words and the thresholds', () => {
    expect(ALL).toHaveLength(12);
    expect(model.scale).toEqual(['inte alls', 'i liten grad', 'i ganska hög grad', 'i hög grad']);
    expect(model.thresholds).toEqual({ high: 2, low: 1, gap: 1, weakRole: 1 });
  });
  it('names the manual’s three common mistakes', () => {
    expect(Object.keys(model.mistakes)).toEqual(['steeringWithoutSupport', 'learningForgotten', 'noInstruments']);
  });
  it('says one thing about resources: the third mistake is the belief, not the need for time and money (7.6.4)', () => {
    expect(model.instruments.question).toMatch(/gemensam budget/);
    expect(model.mistakes.noInstruments.text).toMatch(/kanske det vanligaste/);
    expect(model.mistakes.noInstruments.text).toMatch(/inte resurserna mindre viktiga.*avsätta tid och pengar/);
  });
  it('points every link at a heading of chapter 7', () => {
    expect(Object.values(model.links).map((l) => l.href)).toEqual([
      '/handboken/samverkansledning/#styra-stödja-och-lära',
      '/handboken/samverkansledning/#alla-tre-sidor-behövs',
      '/handboken/samverkansledning/#tre-vanliga-misstag',
      '/handboken/samverkansledning/#tolv-roller-i-ledningsgruppen',
    ]);
  });
});

describe('the schema refuses broken model data with a readable message', () => {
  const raw = structuredClone(model);
  it.each<{ change: (m: RoleBalanceModel) => unknown; message: RegExp }>([
    { change: (m) => (m.thresholds.low = 2), message: /low.*lägre än.*high/ },
    { change: (m) => (m.scale = ['inte alls', 'lite', 'mycket']), message: /exakt fyra steg/ },
    { change: (m) => m.sides.reverse(), message: /ordningen styra, stodja, lara/ },
    { change: (m) => m.sides.pop(), message: /exakt tre sidor/ },
    { change: (m) => (m.sides[1]!.roles[0]!.id = 'vagvisare'), message: /eget id/ },
    { change: (m) => (m.instruments.id = 'utvecklare'), message: /eget id/ },
    { change: (m) => (m.sides[0]!.roles[0]!.explanation = 'En mening. Och en till mening här.'), message: /en enda mening/ },
    { change: (m) => (m.sides[0]!.verb = 'Styra'), message: /”att styra”/ },
    { change: (m) => (m.links.roles.href = '/handboken/framgangsfaktorer-och-hinder/#x'), message: /kapitel 7/ },
    { change: (m) => (m.instruments.question = 'Saknar ni styrmedel.'), message: /frågetecken/ },
  ])('$message', ({ change, message }) => {
    const m = structuredClone(raw);
    change(m);
    const r = roleBalanceModelSchema.safeParse(m);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message).join(' ')).toMatch(message);
  });
  it('accepts the model file as it is', () => {
    expect(roleBalanceModelSchema.safeParse(raw).success).toBe(true);
  });
});

describe('side levels', () => {
  it.each([
    { mean: undefined, level: undefined },
    { mean: 0, level: 'weak' },
    { mean: 1, level: 'weak' },
    { mean: 4 / 3, level: 'medium' },
    { mean: 5 / 3, level: 'medium' },
    { mean: 2, level: 'strong' },
    { mean: 3, level: 'strong' },
  ])('a mean of $mean is $level', ({ mean, level }) => {
    expect(sideLevel(model, mean)).toBe(level);
  });
});

describe('scoring the balance', () => {
  it.each<{ name: string; answers: Answers; balance: Balance; strongest: string[]; weakest: string[]; counts: [number, number, number] }>([
    { name: 'nothing answered', answers: {}, balance: undefined, strongest: [], weakest: [], counts: [0, 0, 12] },
    {
      name: 'only the instruments question',
      answers: { [BELIEF]: 'ja' },
      balance: undefined,
      strongest: [],
      weakest: [],
      counts: [0, 0, 12],
    },
    { name: 'everything "vet inte"', answers: fill(ALL, 'vet-inte'), balance: undefined, strongest: [], weakest: [], counts: [0, 12, 0] },
    { name: 'everything 0 (lowest)', answers: fill(ALL, '0'), balance: 'balanced', strongest: [], weakest: [], counts: [12, 0, 0] },
    { name: 'everything 3 (highest)', answers: fill(ALL, '3'), balance: 'balanced', strongest: [], weakest: [], counts: [12, 0, 0] },
    { name: 'one side rated', answers: fill(S, '2'), balance: 'one-side', strongest: [], weakest: [], counts: [3, 0, 9] },
    {
      name: 'steering 3, support 1, learning 2',
      answers: { ...fill(S, '3'), ...fill(D, '1'), ...fill(L, '2') },
      balance: 'uneven',
      strongest: ['styra'],
      weakest: ['stodja'],
      counts: [12, 0, 0],
    },
    {
      name: 'steering and support 3, learning 0: a tie at the top',
      answers: { ...fill(S, '3'), ...fill(D, '3'), ...fill(L, '0') },
      balance: 'uneven',
      strongest: ['styra', 'stodja'],
      weakest: ['lara'],
      counts: [12, 0, 0],
    },
    {
      name: 'support 3, the others 1: a tie at the bottom',
      answers: { ...fill(S, '1'), ...fill(D, '3'), ...fill(L, '1') },
      balance: 'uneven',
      strongest: ['stodja'],
      weakest: ['styra', 'lara'],
      counts: [12, 0, 0],
    },
    {
      name: 'a difference just under the gap',
      answers: { ...fill(S, '2'), ...each(D, ['1', '2']), ...fill(L, '2') },
      balance: 'balanced',
      strongest: [],
      weakest: [],
      counts: [12, 0, 0],
    },
    {
      name: 'a difference of exactly the gap',
      answers: { ...fill(S, '2'), ...fill(D, '1'), ...fill(L, '2') },
      balance: 'uneven',
      strongest: ['styra', 'lara'],
      weakest: ['stodja'],
      counts: [12, 0, 0],
    },
    {
      name: 'two sides rated, learning unanswered',
      answers: { ...fill(S, '3'), ...fill(D, '0') },
      balance: 'uneven',
      strongest: ['styra'],
      weakest: ['stodja'],
      counts: [9, 0, 3],
    },
  ])('$name', ({ answers, balance, strongest, weakest, counts }) => {
    const r = scoreRoleBalance(model, answers);
    expect(r.balance).toBe(balance);
    expect(r.strongest.map((s) => s.side.id)).toEqual(strongest);
    expect(r.weakest.map((s) => s.side.id)).toEqual(weakest);
    expect([r.rated, r.unknown, r.unanswered]).toEqual(counts);
    expect(r.answered).toBe(counts[0] + counts[1]);
    expect(r.total).toBe(12);
  });

  it('leaves "vet inte" and unanswered out of the mean, never counting them as 0', () => {
    const r = scoreRoleBalance(model, { [D[0]!]: '3', [D[1]!]: 'vet-inte' });
    expect(r.sides[1]).toMatchObject({ rated: 1, unknown: 1, unanswered: 4, mean: 3, level: 'strong' });
    expect(r.sides[0]).toMatchObject({ rated: 0, unanswered: 3, mean: undefined, level: undefined });
    expect(r.spread).toBeUndefined();
  });

  it('lists the roles rated 1 or 0, in the model’s order', () => {
    const r = scoreRoleBalance(model, { 'trouble-shooter': '0', vagvisare: '1', utvecklare: '2', systemforandrare: 'vet-inte' });
    expect(r.weakRoles.map((w) => [w.role.id, w.rating])).toEqual([
      ['vagvisare', 1],
      ['trouble-shooter', 0],
    ]);
  });
});

describe('the three common mistakes', () => {
  it.each<{ name: string; answers: Answers; mistakes: Mistake[] }>([
    { name: 'nothing answered', answers: {}, mistakes: [] },
    { name: 'all strong and no belief in missing instruments', answers: { ...fill(ALL, '3'), [BELIEF]: 'nej' }, mistakes: [] },
    {
      name: 'steering 3, support 2 (less than the gap)',
      answers: { ...fill(S, '3'), ...each(D, ['2', '3']), ...fill(L, '3') },
      mistakes: [],
    },
    { name: 'steering 3, support 2', answers: { ...fill(S, '3'), ...fill(D, '2'), ...fill(L, '3') }, mistakes: ['steeringWithoutSupport'] },
    { name: 'steering 3, support unrated', answers: { ...fill(S, '3'), ...fill(L, '3') }, mistakes: [] },
    { name: 'support stronger than steering', answers: { ...fill(S, '0'), ...fill(D, '3'), ...fill(L, '3') }, mistakes: [] },
    { name: 'learning lags by the gap', answers: { ...fill(S, '3'), ...fill(D, '3'), ...fill(L, '2') }, mistakes: ['learningForgotten'] },
    {
      name: 'learning weak and the lowest',
      answers: { ...fill(S, '1'), ...fill(D, '1'), ...fill(L, '1') },
      mistakes: ['learningForgotten'],
    },
    {
      name: 'learning lags steering but support is lower',
      answers: { ...fill(S, '3'), ...fill(D, '1'), ...fill(L, '2') },
      mistakes: ['steeringWithoutSupport'],
    },
    { name: 'learning weak but not the lowest', answers: { ...fill(S, '0'), ...fill(D, '0'), ...fill(L, '1') }, mistakes: [] },
    { name: 'learning the only side rated, and weak', answers: fill(L, '0'), mistakes: ['learningForgotten'] },
    { name: 'learning the only side rated, and strong', answers: fill(L, '3'), mistakes: [] },
    { name: 'the belief "ja"', answers: { [BELIEF]: 'ja' }, mistakes: ['noInstruments'] },
    { name: 'the belief "delvis"', answers: { [BELIEF]: 'delvis' }, mistakes: ['noInstruments'] },
    { name: 'the belief "vet inte"', answers: { [BELIEF]: 'vet-inte' }, mistakes: [] },
    {
      name: 'all three at once',
      answers: { ...fill(S, '3'), ...fill(D, '1'), ...fill(L, '0'), [BELIEF]: 'ja' },
      mistakes: ['steeringWithoutSupport', 'learningForgotten', 'noInstruments'],
    },
  ])('$name', ({ answers, mistakes }) => {
    expect(scoreRoleBalance(model, answers).mistakes).toEqual(mistakes);
  });
});

describe('the result in words', () => {
  const text = (a: Answers) => describeRoleBalance(model, scoreRoleBalance(model, a));
  const all = (a: Answers) => {
    const t = text(a);
    return [t.headline, ...t.notes, ...t.sides, ...t.advice, ...t.mistakes.flatMap((m) => [m.title, m.text]), ...t.weakRoles].join(' ');
  };
  const hrefs = (a: Answers) => text(a).readNext.map((r) => r.href.split('#')[1]);

  it('asks for ratings when nothing is answered, and shows no result', () => {
    const t = text({});
    expect(t.headline).toBe('Skatta rollerna så visas här hur ledningsgruppen fördelar sig mellan att styra, stödja och lära.');
    expect([t.notes, t.sides, t.advice, t.mistakes, t.weakRoles]).toEqual([[], [], [], [], []]);
    expect(hrefs({})).toEqual(['styra-stödja-och-lära']);
  });

  it.each([
    {
      name: 'all "vet inte"',
      answers: fill(ALL, 'vet-inte'),
      expected: [
        /^Ni har bara svarat ”vet inte” hittills/,
        /Alla 12 roller är besvarade\./,
        /På 12 roller har ni svarat ”vet inte”/,
        /också värt att prata om/,
        /Stödja: bara ”vet inte” hittills\./,
      ],
    },
    {
      name: 'all 0',
      answers: fill(ALL, '0'),
      expected: [
        /^Ledningsgruppen gör lite av alla tre sidorna: den styr, stöder och lär i liten grad eller inte alls\./,
        /Styra: svag – i snitt 0 på skalan 0–3 \(3 av 3 roller skattade\)\./,
        /Utan styrning vet ingen/,
        /Stödet är kanske/,
        /Utan lärande vet ni inte/,
        /Lärandet glöms bort/,
        /Trouble shooter \(stödja\): inte alls\./,
        /frågan om styrmedel/,
      ],
    },
    {
      name: 'all 3 and "nej" to the belief',
      answers: { ...fill(ALL, '3'), [BELIEF]: 'nej' },
      expected: [
        /^De tre sidorna väger ungefär lika tungt, och alla är starka\./,
        /Stödja: stark – i snitt 3 på skalan 0–3 \(6 av 6 roller skattade\)\./,
      ],
    },
    { name: 'all 2', answers: fill(ALL, '2'), expected: [/^De tre sidorna väger ungefär lika tungt, och alla är starka\./] },
    {
      name: 'medium and balanced',
      answers: each(ALL, ['1', '2']),
      expected: [/^De tre sidorna väger ungefär lika tungt\. Alla/, /Stödja: måttlig – i snitt 1,5/],
    },
    {
      name: 'steering only',
      answers: fill(S, '2'),
      expected: [
        /^Hittills har ni bara skattat rollerna för att styra\. Skatta de andra sidorna, så visas balansen\./,
        /9 av 12 roller är obesvarade\./,
        /Stödja: inte skattad ännu\./,
      ],
    },
    {
      name: 'two sides rated, both weak',
      answers: { ...fill(S, '1'), ...fill(D, '1') },
      expected: [/^Ledningsgruppen gör lite av båda de sidor ni har skattat, att styra och att stödja\./],
    },
    {
      name: 'two sides rated, both strong',
      answers: { ...fill(S, '3'), ...fill(L, '3') },
      expected: [/^De två sidor ni har skattat väger ungefär lika tungt, och båda är starka\./],
    },
    {
      name: 'steering outweighs support',
      answers: { ...fill(S, '3'), ...fill(D, '1'), ...fill(L, '2'), [BELIEF]: 'nej' },
      expected: [
        /^Tyngdpunkten ligger på att styra; svagast är att stödja\./,
        /Styrning utan stöd/,
        /teamet står ensamt/,
        /Stödet är kanske/,
      ],
    },
    {
      name: 'learning forgotten',
      answers: { ...fill(S, '3'), ...fill(D, '3'), ...fill(L, '0'), [BELIEF]: 'nej' },
      expected: [
        /^Tyngdpunkten ligger på att styra och att stödja; svagast är att lära\./,
        /Lärandet är er svagaste sida/,
        /Utan lärande vet ni inte/,
        /Kompetensutvecklare \(lära\): inte alls\./,
      ],
    },
    {
      name: 'a tie at the bottom',
      answers: { ...fill(S, '1'), ...fill(D, '3'), ...fill(L, '1') },
      expected: [/^Tyngdpunkten ligger på att stödja; svagast är att styra och att lära\./],
    },
    {
      name: 'one unanswered, one "vet inte"',
      answers: { ...fill(ALL.slice(1), '2'), [S[1]!]: 'vet-inte' },
      expected: [
        /1 av 12 roller är obesvarad\./,
        /På en roll har ni svarat ”vet inte”/,
        /Styra: stark – i snitt 2 på skalan 0–3 \(1 av 3 roller skattade\)\./,
      ],
    },
  ])('$name', ({ answers, expected }) => {
    const words = all(answers);
    for (const e of expected) expect(words).toMatch(e);
  });

  it.each([
    { name: 'the belief with weak support', answers: { ...fill(ALL, '1'), [BELIEF]: 'ja' }, strong: false },
    {
      name: 'the belief with strong support and learning',
      answers: { ...fill(S, '0'), ...fill(D, '3'), ...fill(L, '2'), [BELIEF]: 'delvis' },
      strong: true,
    },
    {
      name: 'the belief with strong support but medium learning',
      answers: { ...fill(D, '3'), ...each(L, ['1', '2']), [BELIEF]: 'ja' },
      strong: false,
    },
  ])('the instruments mistake: $name', ({ answers, strong }) => {
    const m = text(answers).mistakes.find((x) => x.title === model.mistakes.noInstruments.title);
    expect(m?.text).toContain('stöd och lärande styr också');
    // Resources are still needed: the mistake is believing the group cannot lead without them.
    expect(m?.text).toContain('avsätta tid och pengar i sin egen organisation');
    expect(m?.text.includes('redan stöder och lär')).toBe(strong);
  });

  // When every side rated is weak, the headline says so – never that the sides are in balance or
  // where the weight lies, however close or far apart the means are.
  const THREE_WEAK = 'Ledningsgruppen gör lite av alla tre sidorna: den styr, stöder och lär i liten grad eller inte alls.';
  it.each([
    { name: 'all 0', answers: fill(ALL, '0'), headline: THREE_WEAK },
    { name: 'all 1 (the means equal)', answers: fill(ALL, '1'), headline: THREE_WEAK },
    {
      name: 'steering 0, support and learning 1 (the means a gap apart)',
      answers: { ...fill(S, '0'), ...fill(D, '1'), ...fill(L, '1') },
      headline: THREE_WEAK,
    },
    {
      name: 'all weak, with "vet inte" and gaps',
      answers: { ...each(S, ['1', 'vet-inte']), ...each(D, ['0', '1']), vagvisare: '0', systemforandrare: '1' },
      headline: THREE_WEAK,
    },
    {
      name: 'two sides, 0 and 1',
      answers: { ...fill(S, '0'), ...fill(L, '1') },
      headline: 'Ledningsgruppen gör lite av båda de sidor ni har skattat, att styra och att lära.',
    },
    {
      // Weak everywhere but one moderate side is not "balanced" (issue 14).
      name: 'two weak, one moderate',
      answers: { ...fill(S, '1'), ...fill(D, '1'), ...each(L, ['1', '2']) },
      headline: 'De tre sidorna ligger nära varandra, men ingen av dem är stark: att styra och att stödja görs bara i liten grad.',
    },
    {
      name: 'two weak, one strong',
      answers: { ...fill(S, '1'), ...fill(D, '1'), ...fill(L, '3') },
      headline: 'Tyngdpunkten ligger på att lära; svagast är att styra och att stödja.',
    },
    {
      name: 'one side, weak',
      answers: fill(D, '0'),
      headline: 'Hittills har ni bara skattat rollerna för att stödja. Skatta de andra sidorna, så visas balansen.',
    },
    { name: 'all 2', answers: fill(ALL, '2'), headline: 'De tre sidorna väger ungefär lika tungt, och alla är starka.' },
  ])('the headline: $name', ({ answers, headline }) => {
    expect(text(answers).headline).toBe(headline);
  });

  it('does not ask about instruments once that question is answered', () => {
    expect(text({ ...fill(ALL, '2'), [BELIEF]: 'vet-inte' }).notes.join(' ')).not.toMatch(/frågan om styrmedel/);
  });

  it.each([
    { name: 'nothing', answers: {}, expected: ['styra-stödja-och-lära'] },
    { name: 'balanced and strong', answers: { ...fill(ALL, '3'), [BELIEF]: 'nej' }, expected: ['styra-stödja-och-lära'] },
    {
      name: 'uneven, with a mistake and weak roles',
      answers: { ...fill(S, '3'), ...fill(D, '1'), ...fill(L, '3') },
      expected: ['styra-stödja-och-lära', 'alla-tre-sidor-behövs', 'tre-vanliga-misstag', 'tolv-roller-i-ledningsgruppen'],
    },
    { name: 'only the belief', answers: { [BELIEF]: 'ja' }, expected: ['styra-stödja-och-lära', 'tre-vanliga-misstag'] },
  ])('links to the sections that fit: $name', ({ answers, expected }) => {
    expect(hrefs(answers)).toEqual(expected);
  });
});

describe('fitting stored answers to the model', () => {
  it('drops unknown roles and invalid options, keeps the rest', () => {
    const { answers, dropped } = fitAnswers(
      {
        vagvisare: '3',
        utvecklare: 'vet-inte',
        [BELIEF]: 'ja',
        borttagen: '2',
        legitimerare: '4',
        mojliggorare: 'ja',
        [`${BELIEF}x`]: 'nej',
      },
      spaceFor('styra-stodja-lara', model),
    );
    expect(answers).toEqual({ vagvisare: '3', utvecklare: 'vet-inte', [BELIEF]: 'ja' });
    expect(dropped).toBe(4);
  });
  it('orders the answer space as the answer code needs it: the roles, then the instruments question', () => {
    expect([...spaceFor('styra-stodja-lara', model).options.keys()]).toEqual([...ALL, BELIEF]);
  });
});

describe('Min självskattning', () => {
  const ids = (a: Answers) => roleBalanceReport(model, a).findings.map((f) => f.rule.id);
  it.each([
    { name: 'nothing', answers: {}, findings: [], details: [] },
    { name: 'all "vet inte"', answers: fill(ALL, 'vet-inte'), findings: ['styra-stodja-lara/vet-inte'], details: [] },
    { name: 'all 3', answers: fill(ALL, '3'), findings: ['styra-stodja-lara/alla-sidor-starka'], details: [] },
    {
      name: 'all 0: no balance at all',
      answers: fill(ALL, '0'),
      findings: ['styra-stodja-lara/alla-sidor-svaga'],
      details: expect.any(Array),
    },
    {
      name: 'learning forgotten',
      answers: { ...fill(S, '3'), ...fill(D, '3'), ...fill(L, '0') },
      findings: ['styra-stodja-lara/sida-svag'],
      details: ['Lärandet glöms bort', 'Kompetensutvecklare (lära)', 'Utvecklare (lära)'],
    },
    {
      name: 'cannot lead without instruments',
      answers: { ...fill(ALL, '3'), [BELIEF]: 'ja' },
      findings: ['styra-stodja-lara/alla-sidor-starka', 'styra-stodja-lara/kan-inte-leda-utan-styrmedel'],
      details: expect.any(Array),
    },
  ])('$name', ({ answers, findings, details }) => {
    const r = roleBalanceReport(model, answers);
    expect(ids(answers)).toEqual(findings);
    expect(r.summary.details).toEqual(details);
    expect(r.summary.total).toBe(13);
  });
  it('keeps time and money in view when it flags the belief about instruments', () => {
    const f = roleBalanceReport(model, { [BELIEF]: 'ja' }).findings.find(
      (x) => x.rule.id === 'styra-stodja-lara/kan-inte-leda-utan-styrmedel',
    );
    expect(f?.title).toMatch(/gemensam budget/);
    expect(f?.advice).toMatch(/Tid och pengar behövs ändå/);
  });
  it('counts the instruments question among the answered', () => {
    expect(roleBalanceReport(model, { vagvisare: '1', [BELIEF]: 'vet-inte' }).summary.answered).toBe(2);
  });
  it('writes the answers into the CSV rows in words', () => {
    const rows = csvRowsFor('styra-stodja-lara', model, { vagvisare: '2', legitimerare: 'vet-inte', [BELIEF]: 'delvis' });
    expect(rows).toHaveLength(13);
    expect(rows[0]).toEqual({ tool: 'Styra – stödja – lära', section: 'Styra', item: 'Vägvisare', answer: '2 – i ganska hög grad' });
    expect(rows.find((r) => r.item === 'Legitimerare')?.answer).toBe('Vet inte');
    expect(rows.at(-1)).toMatchObject({ section: 'Styrmedel', answer: 'Delvis' });
  });
});
