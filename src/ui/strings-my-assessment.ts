// Min självskattning's part of the one UI dictionary (see ./strings.ts for how it is read): its
// report and the check's place at its top. Only that page loads it, and not the tools' part: the
// report is the page's first load, and shows none of their words. Saving and moving the answers
// has its words in ./strings-my-assessment-save.ts.
import { translator } from './translator';
import { DIAGNOSIS_STRINGS } from './strings-diagnosis';

export const MY_ASSESSMENT_STRINGS = {
  ...DIAGNOSIS_STRINGS,
  'myAssessment.example':
    'Verktygen visar just nu exemplet från fallstudien {title}. Här ser du ändå bara dina egna svar, och det är de som laddas ner.',
  'myAssessment.example.leave': 'Visa mina egna svar i verktygen igen',
  'myAssessment.weakest.title': 'Den svagaste länken',
  'myAssessment.weakest.none': 'Dina svar pekar inte på något som brister. Pröva dem gärna tillsammans med de andra i gruppen.',
  'myAssessment.weakest.empty': 'Du har inte svarat i något verktyg ännu. Börja med det som ligger närmast er fråga.',
  'myAssessment.weakest.order':
    'En kedja brister där den är svagast. Fynden står i ordning efter hur allvarliga de är, {severest} först, och inom samma grad i handbokens ordning: ledning och mandat före resurser, mål, process och hinder.',
  'myAssessment.strengths': 'Det som bär',
  'myAssessment.all': 'Alla resultat, det mest allvarliga först',
  'myAssessment.notStarted': 'Inte påbörjat.',
  'myAssessment.loading': 'Dina svar räknas ihop …',
  'myAssessment.failed':
    'Resultaten gick inte att räkna fram: verktygens underlag kunde inte hämtas. Ladda om sidan när du är uppkopplad – dina svar är sparade.',
  'myAssessment.answered': '{n} av {total} frågor besvarade.',
  'myAssessment.unreadable': 'De sparade svaren kunde inte läsas. De ligger undan i webbläsaren och följer med när du laddar ner svaren.',
  'kollen.myAssessment.title': 'Samverkanskollen',
  'kollen.myAssessment.empty':
    'Du har inte svarat på Samverkanskollen ännu. Den ställer de viktigaste frågorna en gång och ger en samlad diagnos.',
  'kollen.myAssessment.open': 'Gå till Samverkanskollen',
} as const;

export const { t, tf } = translator(MY_ASSESSMENT_STRINGS);
