// The check's diagnosis as both places that show it introduce it – Samverkanskollen's page and the
// top of Min självskattning – a part of the one UI dictionary (see ./strings.ts for how it is read).
// Kept apart so that Min självskattning's report needs nothing of the tools' words.
export const DIAGNOSIS_STRINGS = {
  'kollen.diagnosis.title': 'Er diagnos',
  'kollen.diagnosis.wait': 'Diagnosen visas här när du har svarat på minst {n} frågor.',
  'kollen.diagnosis.loading': 'Diagnosen räknas fram …',
} as const;
