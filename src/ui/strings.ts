// The tools' fixed Swedish UI strings, in one place (flat dotted keys), so that wording stays
// consistent and a translation could be added without touching logic. Model-specific text lives
// in content/models/.
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
  'tool.noscript':
    'Verktyget behöver JavaScript för att räkna fram och spara resultatet. Frågorna går ändå att läsa här och besvara på papper.',
  'ladder.target.legend': 'Vilken nivå siktar ni på?',
  'ladder.nextSteps': 'Vad nästa steg kräver',
  'ladder.yourLevel': 'Ni står här',
  'ladder.yourTarget': 'Ert mål',
  'ladder.notAnswered': 'obesvarad',
  'roleBalance.instruments': 'Styrmedel',
  'roleBalance.mistakes': 'Vanliga misstag som era svar pekar på',
  'roleBalance.weakRoles': 'Roller ni tar i liten grad eller inte alls',
  'leadershipStyles.profile': 'Er profil faktor för faktor',
  'leadershipStyles.advice': 'Så kan ni röra er mot det gränsöverskridande',
  'payback.horizon.legend': 'Hur många år räknar ni på?',
  'payback.amounts.title': 'Kostnader och vinster per aktör',
  'payback.year': 'År',
  'payback.cost': 'Kostnad',
  'payback.gain': 'Vinst',
  'payback.warning.title': 'Varning: Svarte Petter',
  'payback.perActor': 'Per aktör',
  'payback.example.confirm': 'Exemplet ersätter alla era belopp och er tidshorisont. Vill ni fortsätta?',
  'payback.example.yes': 'Ja, fyll i exemplet',
  'example.label': 'Exempel',
  'example.ownKept': 'dina egna svar ligger kvar',
  'example.explain':
    'Du ser fallstudiens exempelsvar – vår tolkning av utvärderingen, inte svar från projektet självt. Ändrar du något här ändras bara exemplet.',
  'example.leave': 'Tillbaka till mina egna svar',
  'example.readCase': 'Läs fallstudien',
  'example.reset': 'Återställ exemplet',
  'example.reset.confirm': 'Vill du ta bort dina ändringar i exemplet och visa det som fallstudien ger det? Dina egna svar påverkas inte.',
  'example.reset.yes': 'Ja, återställ exemplet',
  'example.reset.done': 'Exemplet är återställt.',
  'example.share': 'Du tittar på ett exempel. Delningen gäller bara dina egna svar – gå tillbaka till dem för att dela.',
} as const;

export type StringKey = keyof typeof STRINGS;

export function t(key: StringKey): string {
  return STRINGS[key];
}
