// The tools' part of the one UI dictionary (see ./strings.ts for how it is read): what only the
// tools themselves say – a tool's own headings, a case's example, a tool in a chapter. Loaded with
// a tool's code, so Min självskattning, which only reports, ships without it.
import { STRINGS } from './strings';
import { translator } from './translator';

export const TOOL_STRINGS = {
  ...STRINGS,
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
  'example.shown': 'Exemplet från {title} visas nu i verktygen.',
  'example.shown.kept': 'Dina egna svar ligger kvar och kommer tillbaka när du lämnar exemplet.',
  'example.openTool': 'Öppna {tool}',
  'example.other': 'Just nu visas exemplet från {title} i verktygen. Det ersätts om du läser in det här.',
  'example.load': 'Visa exemplet i verktygen',
  'example.load.note': 'Dina egna svar skrivs inte över: exemplet ligger i ett eget fack tills du lämnar det.',
  'example.group.open': 'Öppna som övningsgrupp i gruppvyn',
  'example.group.full': 'Gruppvyn har redan så många grupper som får plats. Ta bort någon grupp där och försök igen.',
  'chapterTool.failed':
    'Verktyget gick inte att hämta, troligen för att du inte är uppkopplad. Dina svar är sparade: ladda om sidan när du är uppkopplad, eller öppna verktygets egen sida.',
} as const;

export const { t, tf } = translator(TOOL_STRINGS);
