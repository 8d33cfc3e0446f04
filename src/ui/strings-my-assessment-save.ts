// Min självskattning's saving and moving (print, download, read a file back): a part of the one UI
// dictionary (see ./strings.ts for how it is read), loaded with that section's island when the
// reader comes near it. It includes the report's part, which the page has loaded already.
import { translator } from './translator';
import { MY_ASSESSMENT_STRINGS } from './strings-my-assessment';

export const MY_ASSESSMENT_SAVE_STRINGS = {
  ...MY_ASSESSMENT_STRINGS,
  'myAssessment.print': 'Skriv ut',
  'myAssessment.save.title': 'Spara, skriv ut och flytta',
  'myAssessment.save.intro':
    'Svaren finns bara i den här webbläsaren. Ladda ner dem för att spara en kopia eller flytta dem till en annan dator.',
  'myAssessment.downloadJson': 'Ladda ner svaren (JSON)',
  'myAssessment.downloadCsv': 'Ladda ner som tabell (CSV)',
  'myAssessment.import.label': 'Läs in svar från en JSON-fil (ersätter svaren i de verktyg som finns i filen):',
  'myAssessment.import.error': '{error} Inga svar har ändrats.',
  'myAssessment.import.done': 'Svaren i {n} verktyg är inlästa från filen.{skipped}',
  'myAssessment.import.skipped': ' {n} svar passade inte frågorna i den här versionen och lästes inte in.',
  'myAssessment.import.unsaved':
    '{problem} Därför lästes ingenting in från filen, och dina svar är som förut. Frigör utrymme och försök igen.',
} as const;

export const { t, tf } = translator(MY_ASSESSMENT_SAVE_STRINGS);
