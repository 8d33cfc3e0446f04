// The fixed Swedish UI strings, in one dictionary (flat dotted keys) so that wording stays
// consistent and a translation could be added without touching logic. It comes in parts, so that a
// page ships only what it shows: this file (what the tools share) and the
// parts that extend it – ./strings-tools.ts (the tools' own), ./strings-my-assessment.ts (which
// alone does not include this file) and ./strings-my-assessment-save.ts, ./strings-group-shell.ts and
// ./strings-group.ts (the group view), ./strings-kollen.ts, ./strings-diagnosis.ts,
// ./strings-share.ts, ./strings-scan.ts. Model-specific text lives in content/models/;
// sentences a tool's or the group statistics' logic builds from its words stay with that logic.
//
// Two ways to read a string (./translator.ts):
//   t('tool.print')                         a fixed text (only keys without placeholders)
//   tf('group.tool.count', { n, total })    a text with values: each {name} in the string is
//                                           replaced by values.name; the names are read from the
//                                           string's type, so a missing or misspelt value is a
//                                           type error, and t() refuses a key that needs values.
// Singular and plural are two keys chosen at the call site, e.g.
//   tf(n === 1 ? 'group.people.one' : 'group.people.other', { n }).
// Separators and punctuation between values (': ', ' · ', ', ') stay in the components.
// Every key is used somewhere in src/, and the group view has no Swedish text of its own
// (tests/unit/strings.test.ts).
import { translator } from './translator';

export const STRINGS = {
  'tool.result': 'Resultat',
  'tool.print': 'Skriv ut',
  'tool.reset': 'Börja om',
  'tool.reset.confirm': 'Vill du radera alla svar i det här verktyget? Det går inte att ångra.',
  'tool.reset.yes': 'Ja, radera svaren',
  'tool.reset.no': 'Avbryt',
  'tool.reset.done': 'Svaren är raderade.',
  'tool.notice.dismiss': 'Jag förstår',
  'tool.saved': 'Svaren sparas automatiskt i den här webbläsaren.',
  'tool.readNext': 'Läs vidare',
  'tool.scale.intro':
    'Skalan går från 0 ({low}) till 3 ({high}). Välj ”vet inte” om ni inte kan bedöma {what} – det räknas inte in i resultatet.',
  'tool.noscript':
    'Verktyget behöver JavaScript för att räkna fram och spara resultatet. Frågorna går ändå att läsa här och besvara på papper.',
  'share.title': 'Skicka dina svar',
  'share.intro':
    'En länk bär allt du har svarat i handbokens verktyg, hur många du än har fyllt i. Svaren lämnar inte din enhet förrän du själv skickar länken.',
  'share.send': 'Skicka till processledaren',
  'share.name': 'Namn (frivilligt)',
  'share.org': 'Organisation eller roll (frivilligt)',
  'share.link.no': 'Nej tack',
  'incoming.title': 'Länken innehåller svar',
  'incoming.group.gone': 'Gruppen finns inte längre. Öppna gruppvyn och välj en annan.',
  'storage.unreadable.tool':
    'Dina sparade svar i {tool} kunde inte användas: {reason}. Verktyget börjar därför tomt. Den gamla texten ligger undan i webbläsaren (du kan ladda ner den nedan), och dina svar i de andra verktygen påverkas inte.',
  'storage.unreadable.toolUnkept':
    'Dina sparade svar i {tool} kunde inte användas: {reason}. Lagringen är för full för att lägga undan en kopia, så den gamla texten ligger kvar och skrivs inte över. Nya svar sparas först när du har laddat ner den och tagit bort den här.',
  'storage.problem.quota': 'Webbläsarens lagring är full.',
  'storage.problem.blocked':
    'Webbläsaren låter inte handboken spara något (till exempel i ett privat fönster eller på grund av en inställning).',
  'storage.problem.unkept':
    'Gamla uppgifter som inte gick att läsa ligger kvar och får inte plats att läggas undan, så de skrivs inte över.',
  'storage.unsaved.tool':
    '{problem} Dina senaste svar i {tool} är därför inte sparade – de syns här så länge sidan är öppen. Ladda ner dem nu, eller frigör utrymme (till exempel genom att ta bort en gammal grupp i gruppvyn) och välj ”Försök spara igen”.',
  'storage.download': 'Ladda ner svaren nu',
  'storage.retry': 'Försök spara igen',
  'storage.saved': 'Nu är allt sparat.',
  'storage.copies': 'Undanlagda kopior av text som inte gick att läsa:',
  'storage.copy': 'Kopia från {date}',
  'storage.copy.undated': 'Äldre kopia (datum okänt)',
  'storage.copy.download': 'Ladda ner',
  'storage.discard': 'Ta bort den oläsbara texten',
  'storage.discard.confirm': 'Har du laddat ner texten? Den går inte att få tillbaka när den är borttagen.',
  'kollen.asked': 'Besvarad i Samverkanskollen – svaret gäller båda ställena.',
} as const;

export type StringKey = keyof typeof STRINGS;
export const { t, tf } = translator(STRINGS);
