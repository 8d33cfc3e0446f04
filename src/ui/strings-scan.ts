// The camera scanner's part of the UI dictionary (see ./strings.ts for how it is read). It is
// loaded with the scanner, only when the facilitator presses "Skanna med kameran", so the group
// view's first load carries none of it; the button's own label is in ./strings-group.ts.
import { translator, type PlainKey } from './translator';

export const SCAN_STRINGS = {
  'scan.title': 'Skanna svarskoder med kameran',
  'scan.intro':
    'Be deltagarna hålla upp QR-koden från sin telefon framför kameran, en i taget. Varje kod läses in av sig själv – du behöver inte klicka mellan dem.',
  'scan.video': 'Kamerabilden',
  'scan.starting': 'Startar kameran …',
  'scan.loading': 'Gör QR-läsaren redo …',
  'scan.ready': 'Kameran är på. Håll upp nästa QR-kod.',
  'scan.count.none': 'Ingen kod inläst ännu.',
  'scan.count.one': '{n} kod inläst',
  'scan.count.other': '{n} koder inlästa',
  'scan.read': 'Kod {n} är inläst.',
  'scan.refused': 'En kod lästes inte in: {reason}',
  'scan.nothing': 'Inget lades till.',
  'scan.unreadable':
    'En QR-kod syns men går inte att läsa. Håll telefonen stilla, lite närmare, och vinkla den så att skärmen inte blänker.',
  'scan.sound': 'Ljud för varje kod',
  'scan.done': 'Klar',
  'scan.retry': 'Försök igen',
  'scan.camera.insecure':
    'Kameran går bara att använda när sidan är öppnad säkert, med en adress som börjar med https://. Öppna handboken så, eller klistra in koderna i stället.',
  'scan.camera.unsupported': 'Den här webbläsaren ger inte sidan tillgång till någon kamera. Klistra in koderna i stället.',
  'scan.camera.denied':
    'Sidan fick inte använda kameran. Tillåt kameran för den här sidan i webbläsarens inställningar och försök igen – eller klistra in koderna.',
  'scan.camera.noCamera': 'Ingen kamera hittades på den här enheten. Klistra in koderna i stället.',
  'scan.camera.busy': 'Kameran används redan av ett annat program eller en annan flik. Stäng det och försök igen.',
  'scan.camera.failed': 'Kameran gick inte att starta. Försök igen, eller klistra in koderna.',
  'scan.decoder.failed':
    'QR-läsaren kunde inte laddas. Första gången behöver den hämtas över nätet; sedan fungerar den även utan nät. Försök igen när du har nät, eller klistra in koderna.',
} as const;

/** A scanner text without values, read with t(). */
export type ScanTextKey = PlainKey<typeof SCAN_STRINGS>;
export const { t, tf } = translator(SCAN_STRINGS);
