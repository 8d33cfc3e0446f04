// The fixed Swedish UI strings of the tools, Min självskattning, sharing, the case examples and the
// group view – in one place (flat dotted keys), so that wording stays consistent and a
// translation could be added without touching logic. Model-specific text lives in content/models/;
// sentences a tool's or the group statistics' logic builds from its words stay with that logic.
//
// Two ways to read a string:
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

  'example.shown': 'Exemplet från {title} visas nu i verktygen.',
  'example.shown.kept': 'Dina egna svar ligger kvar och kommer tillbaka när du lämnar exemplet.',
  'example.openTool': 'Öppna {tool}',
  'example.other': 'Just nu visas exemplet från {title} i verktygen. Det ersätts om du läser in det här.',
  'example.load': 'Visa exemplet i verktygen',
  'example.load.note': 'Dina egna svar skrivs inte över: exemplet ligger i ett eget fack tills du lämnar det.',
  'example.group.open': 'Öppna som övningsgrupp i gruppvyn',
  'example.group.full': 'Gruppvyn har redan så många grupper som får plats. Ta bort någon grupp där och försök igen.',

  'share.title': 'Dela dina svar med gruppen',
  'share.intro':
    'Gör ni skattningen tillsammans? Skicka koden, länken eller QR-koden till den som leder samtalet. Svaren lämnar inte din dator förrän du själv skickar dem, och namnet är frivilligt.',
  'share.name': 'Namn (frivilligt)',
  'share.org': 'Organisation eller roll (frivilligt)',
  'share.empty': 'Svara på några frågor först, så visas din kod här.',
  'share.code.label': 'Din svarskod ({n} svar)',
  'share.copyCode': 'Kopiera koden',
  'share.copyLink': 'Kopiera länken',
  'share.copied': '{what} är kopierad.',
  'share.copied.code': 'Koden',
  'share.copied.link': 'Länken',
  'share.copyFailed': 'Kopieringen gick inte. Markera texten och kopiera den själv.',
  'share.qr': 'QR-kod med länk till dina svar i {tool}',
  'share.link.contains': 'Länken innehåller svar i {tool}{from}{org}: {n} besvarade frågor.',
  'share.link.from': ' från {name}',
  'share.link.org': ' ({org})',
  'share.link.ask': 'Vill du läsa in dem här?',
  'share.link.own': ' Dina egna {n} svar ersätts.',
  'share.link.read': 'Läs in svaren',
  'share.link.no': 'Nej tack',
  'share.link.toGroup': 'Lägg till i en grupp i stället',
  'share.link.error': 'Länken kunde inte läsas: {error} Inga svar har ändrats.',

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
  'myAssessment.answered': '{n} av {total} frågor besvarade.',
  'myAssessment.save.title': 'Spara, skriv ut och flytta',
  'myAssessment.save.intro':
    'Svaren finns bara i den här webbläsaren. Ladda ner dem för att spara en kopia eller flytta dem till en annan dator.',
  'myAssessment.downloadJson': 'Ladda ner svaren (JSON)',
  'myAssessment.downloadCsv': 'Ladda ner som tabell (CSV)',
  'myAssessment.import.label': 'Läs in svar från en JSON-fil (ersätter svaren i de verktyg som finns i filen):',
  'myAssessment.import.error': '{error} Inga svar har ändrats.',
  'myAssessment.import.done': 'Svaren i {n} verktyg är inlästa från filen.{skipped}',
  'myAssessment.import.skipped': ' {n} svar passade inte frågorna i den här versionen och lästes inte in.',

  'group.person': 'Person {n}',
  'group.people.one': '{n} person',
  'group.people.other': '{n} personer',
  'group.full': 'Gruppen är full.',
  'group.addToGroup': 'Lägg till i gruppen',
  'group.line': 'Rad {line}: {message}',
  'group.tooFew': 'För få svar',
  'group.table.person': 'Person',

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

  'group.head.example': ' – övningsgrupp (exempel)',
  'group.head.round': 'Omgång {round} · {date} · {people}',
  'group.head.previous': ' · förra omgången {date}',
  'group.head.exampleNotice':
    'Det här är ett påhittat exempel byggt på en fallstudie, för att öva. Dina egna grupper och svar påverkas inte.',
  'group.head.showNames': 'Visa namn',
  'group.head.present': 'Presentationsläge',
  'group.head.print': 'Skriv ut handout',
  'group.head.csv': 'Ladda ner CSV',
  'group.head.json': 'Ladda ner gruppfil (JSON)',
  'group.head.newRound': 'Ny omgång',
  'group.head.newRound.confirm': 'Börja en ny omgång med samma grupp? Den här omgången sparas och går att jämföra med.',
  'group.head.delete': 'Ta bort gruppen',
  'group.head.delete.confirm': 'Ta bort gruppen ”{name}” med alla omgångar från den här enheten?',
  'group.head.namesHint': 'Namnen visas bara när du kryssar i ”Visa namn”; annars heter alla ”Person 1”, ”Person 2” …',
  'group.empty': 'Resultaten visas här när någon har lagt till svar.',
  'group.results': 'Gruppens resultat',

  'group.members.none': 'Ingen har lagts till i den här omgången ännu.',
  'group.members.remove': 'Ta bort',
  'group.members.remove.confirm': 'Ta bort {who} och alla hens svar ur omgången?',

  'group.add.title': 'Lägg till svar',
  'group.add.paste.title': 'Klistra in svarskoder eller länkar',
  'group.add.paste.label': 'En kod eller länk per rad',
  'group.add.files.title': 'Läs in filer',
  'group.add.files.label': 'Svarskoder i en textfil, en export från Min självskattning eller en gruppfil',
  'group.add.turn.title': 'Svara i tur och ordning på den här enheten',
  'group.add.turn.intro':
    'Lämna över datorn eller surfplattan. Var och en svarar, sparar och lämnar vidare – formuläret töms mellan varje person.',
  'group.file.error': '{error} Inget lades till.',
  'group.file.group': 'Gruppen ”{name}” lästes in som en ny grupp och visas nu.',
  'group.file.tooMany': 'Det finns redan för många grupper.',
  'group.file.person': 'En person lades till med svar i {n} verktyg.',
  'group.file.codes': '{ok} av {total} koder lades till.',

  'group.turn.tool': 'Verktyg',
  'group.turn.save': 'Spara och lämna över ({n} svar)',
  'group.turn.noAnswer': 'Svara på minst en fråga först.',
  'group.turn.saved': 'Svaren är sparade i gruppen. Lämna över till nästa person.',
  'group.turn.duplicate': 'Exakt samma svar fanns redan; inget nytt lades till.',

  'group.link.error': 'Länken kunde inte läsas: {error} Inget har lagts till.',
  'group.link.noGroups': 'Skapa en grupp nedan, så kan du lägga till svaren i den.',
  'group.link.add': 'Lägg till',

  'group.weakest.title': 'Svagaste länken',
  'group.weakest.forGroup': 'För gruppen:',
  'group.weakest.groupNone': 'inget som brister – eller ännu för få svar för att säga.',
  'group.weakest.share': '{n} av {people}',
  'group.weakest.caption': 'Där var och en ser mest kvar att göra',
  'group.weakest.finding': 'Det allvarligaste fyndet',
  'group.weakest.personNone': 'Inget som brister – eller för få svar.',

  'group.tool.count': '{n} av {total} har svarat.',
  'group.tool.few': 'Färre än {n} har svarat. Spridningen visas, men den säger lite om gruppen och det är lätt att se vem som svarat vad.',
  'group.tool.disagree': 'Där ni är mest oense',
  'group.tool.allSame': 'Ni svarade lika på varje fråga som fler än en besvarade.',
  'group.tool.all': 'Alla {n} frågor',

  'group.spread.between': 'Oenigheten går mellan organisationerna.',
  'group.spread.within': 'Oenigheten går inom organisationerna, inte mellan dem.',
  'group.spread.both': 'Oenigheten går både mellan och inom organisationerna.',
  'group.spread.none': 'Organisationerna svarar lika.',
  'group.spread.unknown': '{n} vet inte',
  'group.spread.unanswered': '{n} obesvarade',
  'group.spread.noValue': 'Ingen har svarat med ett värde',
  'group.spread.same': 'Alla {n} svarade {value}',
  'group.spread.range': '{n} svar från {min} till {max}, median {median}',

  'group.ladder.below': 'under nivå 1',
  'group.ladder.edge': 'på gränsen till nivå 1',
  'group.ladder.between': 'mellan nivå {low} och {high}',
  'group.ladder.level': 'nivå {n}: {name}',
  'group.ladder.tooFew': 'för få svar',
  'group.ladder.whole': 'Gruppen som helhet (median): {current} i dag, med sikte på {target}.',
  'group.ladder.caption': 'Var och ens nivå på ambitionstrappan',
  'group.ladder.today': 'Nivå i dag',
  'group.ladder.target': 'Mål',
  'group.ladder.noTarget': 'Inget mål valt',
  'group.iceberg.shading': 'Zonerna är skuggade efter medelvärdet av allas skattningar: ju mörkare, desto starkare hinder.',
  'group.iceberg.split': 'Oenighet om hindren:',
  'group.iceberg.split.text': '{items} – någon ser ett litet eller inget hinder där någon annan ser ett stort.',
  'group.staircase.or': ' eller ',
  'group.staircase.whole': 'Behovet pekar för gruppen som helhet (median) på steg {steps}.',
  'group.staircase.wholeTooFew': '– för få svar',
  'group.staircase.caption': 'Samverkanstrappans råd, person för person',
  'group.staircase.need': 'Behovet pekar på steg',
  'group.staircase.carry': 'Det ni orkar bära',
  'group.staircase.form': 'Er form i dag',
  'group.staircase.step': 'steg {n}',
  'group.staircase.undecided': 'Inte bestämd',
  'group.staircase.unanswered': 'Obesvarad',
  'group.checklists.weakest': 'Gruppens svagaste länk:',
  'group.checklists.tooFew': 'för få svar för att säga',
  'group.checklists.caption': 'Var och ens svagaste länk i checklistorna',
  'group.checklists.area': 'Svagaste område',

  'group.compare.title': 'Jämfört med omgång {n} ({date})',
  'group.compare.none': 'Gruppens svar (medianen per fråga) är desamma som förra gången – eller för få för att jämföra.',
  'group.compare.better': 'Bättre',
  'group.compare.worse': 'Sämre',
  'group.compare.change': '{direction}: {item} – från {before} till {after} (median, {nBefore} → {nAfter} svar)',

  'group.handout.title': 'Att diskutera',
  'group.handout.noQuestions': 'Frågorna visas när minst två personer har svarat på samma verktyg.',
  'group.handout.nextSteps': 'Nästa steg vi har kommit överens om',
  'group.handout.nextSteps.hint': 'Skriv en eller två åtgärder, var och en med ägare och datum, och när ni skattar nästa gång.',

  'group.present.previous': 'Föregående',
  'group.present.next': 'Nästa',
  'group.present.close': 'Stäng (Esc)',
} as const;

export type StringKey = keyof typeof STRINGS;

/** The names of the {placeholders} in a string type, e.g. 'n' | 'total'. */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;

/** Keys whose text has no placeholders (read with t). */
export type PlainKey = { [K in StringKey]: [Placeholders<(typeof STRINGS)[K]>] extends [never] ? K : never }[StringKey];
/** Keys whose text has placeholders (read with tf). */
export type ValueKey = Exclude<StringKey, PlainKey>;
/** The values a key's text needs, one per placeholder. */
export type ValuesOf<K extends ValueKey> = Record<Placeholders<(typeof STRINGS)[K]>, string | number>;

export function t(key: PlainKey): string {
  return STRINGS[key];
}

/** A string with values: tf('group.tool.count', { n: 2, total: 3 }) → '2 av 3 har svarat.' */
export function tf<K extends ValueKey>(key: K, values: ValuesOf<K>): string {
  const given: Record<string, string | number> = values;
  return STRINGS[key].replace(/\{(\w+)\}/g, (all, name: string) => String(given[name] ?? all));
}
