// Samverkanskollen's part of the one UI dictionary (see ./strings.ts for how it is read): loaded
// only by the check's page and its diagnosis, which read the tools' part too.
import { STRINGS } from './strings';
import { translator } from './translator';
import { DIAGNOSIS_STRINGS } from './strings-diagnosis';

export const KOLLEN_STRINGS = {
  ...STRINGS,
  ...DIAGNOSIS_STRINGS,
  'kollen.saved':
    'Svaren sparas automatiskt i den här webbläsaren – i samma verktyg som frågan hör till, så att du aldrig behöver svara två gånger.',
  'kollen.progress': '{n} av {total} frågor besvarade',
  'kollen.print': 'Skriv ut diagnosen',
  'kollen.diagnosis.none': 'Svaren visar inget allvarligt fynd hittills.',
  'kollen.diagnosis.because': 'Svaren bakom:',
  'kollen.diagnosis.deeper': 'Gå djupare i',
  'kollen.diagnosis.standings': 'Var ni står i modellerna',
  'kollen.diagnosis.strengths': 'Det som bär',
  'kollen.diagnosis.basis': 'Byggd på {n} av {total} frågor.',
  'kollen.diagnosis.failed': 'Diagnosen kunde inte läsas in. Ladda om sidan när du är uppkopplad – dina svar är sparade.',
  'kollen.diagnosis.unknowns': 'Det ni svarade ”vet inte” om',
} as const;

export const { t, tf } = translator(KOLLEN_STRINGS);
