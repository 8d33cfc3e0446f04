// The group view's first part of the one UI dictionary (see ./strings.ts for how it is read):
// what the view says before a group is open – choosing or creating a group, a code arriving in
// the address, stored groups that could not be read. The open group's words are in
// ./strings-group.ts, which includes these, and load with it.
import { STRINGS } from './strings';
import { translator } from './translator';

export const GROUP_SHELL_STRINGS = {
  ...STRINGS,
  'group.person': 'Person {n}',
  'group.people.one': '{n} person',
  'group.people.other': '{n} personer',
  'group.addToGroup': 'Lägg till i gruppen',
  'group.picker.title.some': 'Dina grupper',
  'group.picker.title.none': 'Skapa en grupp',
  'group.picker.show': 'Visa gruppen',
  'group.picker.example': ' – exempel',
  'group.picker.new': 'Ny grupp',
  'group.picker.name': 'Gruppens namn',
  'group.picker.date': 'Datum',
  'group.picker.create': 'Skapa gruppen',
  'group.picker.noName': 'Skriv gruppens namn.',
  'group.picker.tooMany': 'Det finns redan för många grupper. Ta bort någon först.',
  'group.link.error': 'Länken kunde inte läsas: {error} Inget har lagts till.',
  'group.link.noGroups': 'Skapa en grupp nedan, så kan du lägga till svaren i den.',
  'group.opening': 'Gruppen öppnas …',
  'group.link.target': 'Grupp:',
  'group.link.addTo': 'Lägg till i gruppen ”{group}”',
  'group.unreadable':
    'De sparade grupperna kunde inte användas: {reason}. Gruppvyn börjar därför tom. Den gamla texten ligger undan i webbläsaren – du kan ladda ner den eller läsa tillbaka grupperna nedan – och svaren i verktygen påverkas inte.',
  'group.unreadable.unkept':
    'De sparade grupperna kunde inte användas: {reason}. Lagringen är för full för att lägga undan en kopia, så den gamla texten ligger kvar och skrivs inte över. Ändringar i gruppvyn sparas först när du har laddat ner den och tagit bort den här.',
  'group.unsaved':
    '{problem} Det du senast gjorde i gruppvyn är därför inte sparat – det syns här så länge sidan är öppen. Spara gruppfilen nu, eller frigör utrymme genom att ta bort en gammal grupp, och välj ”Försök spara igen”.',
  'group.unsaved.download': 'Spara gruppfilen nu',
  'group.copy.restore': 'Läs tillbaka grupperna',
  'group.copy.restored': 'Grupper som lästes tillbaka från kopian: {n}.',
  'group.failed':
    'Resultaten gick inte att räkna fram: verktygens underlag kunde inte hämtas. Ladda om sidan när du är uppkopplad – svaren är sparade.',
} as const;

export const { t, tf } = translator(GROUP_SHELL_STRINGS);
