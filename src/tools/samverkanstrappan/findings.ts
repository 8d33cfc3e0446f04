// The staircase on the shared scale (manual 2.5 and 8.1): ambition, resources and form out of
// balance is the classic way a failure is built in from the start, so it is critical; a form
// larger than the need wastes effort; a key question answered "nej" returns later.
import type { Answers } from '../../lib/answers';
import type { Finding, FindingRule } from '../../lib/findings';
import type { Questions } from '../../lib/items';
import { list } from '../../lib/swedish';
import { findingsFor, unknownFinding } from '../shared/findings';
import { meta } from './meta';
import type { StaircaseModel } from './schema';
import { CARRY_KINDS, FORM_KEY, NEED_KINDS, type StaircaseResult } from './score';

export const RULES = {
  requirementNo: {
    id: 'samverkanstrappan/krav-saknas',
    severity: 'kritisk',
    order: 190,
    when: 'något av de tre kraven som gäller på varje steg (uppdrag, uppdragsgivare, mandat och spelregler) är besvarat nej',
  },
  tooLittle: {
    id: 'samverkanstrappan/for-lite-for-behovet',
    severity: 'kritisk',
    order: 200,
    when: 'det ni kan bära (resurser och ambition) ligger två steg eller mer under vad målgruppen behöver',
  },
  wishOverPay: {
    id: 'samverkanstrappan/ambition-over-resurser',
    severity: 'kritisk',
    order: 205,
    when: 'ambitionen pekar två steg eller mer över vad resurserna räcker till, eller formen ligger så långt över resurserna',
  },
  formUnder: {
    id: 'samverkanstrappan/underdimensionerad-form',
    severity: 'kritisk',
    order: 210,
    when: 'formen ni har eller planerar ligger under det rekommenderade steget',
  },
  tooMuch: {
    id: 'samverkanstrappan/overdimensionerad',
    severity: 'allvarlig',
    order: 200,
    when: 'det ni bär ligger två steg eller mer över behovet, eller formen över det rekommenderade steget',
  },
  keyNo: {
    id: 'samverkanstrappan/nyckelfraga-nej',
    severity: 'allvarlig',
    order: 220,
    when: 'någon av de tre nyckelfrågorna är besvarad nej',
  },
  requirementPartly: {
    id: 'samverkanstrappan/krav-delvis',
    severity: 'att-bevaka',
    order: 190,
    when: 'något av de tre kraven som gäller på varje steg finns bara delvis',
  },
  slightly: {
    id: 'samverkanstrappan/nagot-ur-balans',
    severity: 'att-bevaka',
    order: 200,
    when: 'det ni bär ligger minst ett men mindre än två steg under eller över behovet',
  },
  inHarmony: {
    id: 'samverkanstrappan/i-harmoni',
    severity: 'styrka',
    order: 200,
    when: 'behov, det ni bär och formen stämmer med varandra',
  },
} as const satisfies Record<string, FindingRule>;

export function staircaseFindings(model: StaircaseModel, r: StaircaseResult, answers: Answers, q: Questions): Finding[] {
  const { out, add } = findingsFor(meta, q, answers, model.readNext.balance);
  const ids = (kinds: readonly string[]) => model.factors.filter((f) => kinds.includes(f.kind)).map((f) => f.id);
  const all = [...ids(NEED_KINDS), ...ids(CARRY_KINDS)];
  const titles = (ks: typeof r.missing) => list(ks.map((k) => k.requirement.title.toLowerCase()));
  const reqNo = r.missing.filter((k) => k.answer === 'nej');
  if (reqNo.length > 0) {
    add(
      RULES.requirementNo,
      `Det saknas ${titles(reqNo)}.`,
      'Utan det lyckas ingen form, hur väl den än passar behovet. Ordna det innan ni väljer steg.',
      reqNo.map((k) => k.requirement.id),
      model.readNext.requirements,
    );
  }
  const reqPartly = r.missing.filter((k) => k.answer === 'delvis');
  if (reqPartly.length > 0) {
    add(
      RULES.requirementPartly,
      `Bara delvis på plats: ${titles(reqPartly)}.`,
      'Gör klart det som fattas – kraven gäller på varje steg.',
      reqPartly.map((k) => k.requirement.id),
      model.readNext.requirements,
    );
  }
  if (r.harmony === 'for-lite') {
    add(
      RULES.tooLittle,
      'Det ni kan bära räcker inte till det målgruppen behöver.',
      'Här byggs ett misslyckande in från start. Sänk ambitionen eller skjut till resurser innan ni sätter i gång.',
      all,
    );
  }
  if (r.wishVsPay === 'mer-onskat' || r.form.beyondResources) {
    add(
      RULES.wishOverPay,
      'Ambitionen är större än resurserna.',
      'Den som beställer en Rolls-Royce men betalar för en Volkswagen får ingen av dem. Gör ambition och resurser till samma storlek.',
      [...ids(CARRY_KINDS), FORM_KEY],
    );
  }
  if (r.form.fit === 'under') {
    add(
      RULES.formUnder,
      'Organisationsformen är för liten för behovet.',
      'En underdimensionerad form kan inte bära uppdraget, hur duktiga de inblandade än är. Välj ett steg som motsvarar behovet.',
      [FORM_KEY, ...ids(NEED_KINDS)],
      model.readNext.choice,
    );
  }
  if (r.harmony === 'for-mycket' || r.form.fit === 'over') {
    add(
      RULES.tooMuch,
      'Formen är större än behovet.',
      'En för stor form kostar mer än den ger och tröttar ut de inblandade. Pröva ett lägre steg.',
      [FORM_KEY, ...all],
      model.readNext.choice,
    );
  }
  if (r.harmony === 'nagot-under' || r.harmony === 'nagot-over') {
    add(
      RULES.slightly,
      r.harmony === 'nagot-under' ? 'Det ni bär ligger något under behovet.' : 'Det ni bär ligger något över behovet.',
      'Inte akut, men följ upp det när ni ser hur arbetet bär.',
      all,
    );
  }
  const no = r.keyQuestions.filter((k) => k.answer === 'nej');
  if (no.length > 0) {
    add(
      RULES.keyNo,
      `${no.length === 1 ? 'En nyckelfråga' : `${no.length} nyckelfrågor`} är besvarad nej: ${no.map((k) => k.question.title.toLowerCase()).join(', ')}.`,
      'De tre frågorna gäller på varje steg i trappan och kommer tillbaka tills de är lösta.',
      no.map((k) => k.question.id),
      model.readNext.keyQuestions,
    );
  }
  if (out.length === 0 && r.harmony === 'i-harmoni' && r.form.fit !== 'under' && r.form.fit !== 'over') {
    add(RULES.inHarmony, 'Behov, resurser och form hänger ihop.', 'Pröva bilden igen när målgrupp, uppdrag eller resurser ändras.', []);
  }
  return [...out, ...unknownFinding(meta, q, answers, model.readNext.choice)];
}
