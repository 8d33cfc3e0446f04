/** ["7.1.3"] → "avsnitt 7.1.3"; ["2.1", "2.5"] → "avsnitt 2.1 och 2.5"; [] → "". */
export function formatSections(sections: readonly string[]): string {
  if (sections.length === 0) return '';
  if (sections.length === 1) return `avsnitt ${sections[0]}`;
  return `avsnitt ${sections.slice(0, -1).join(', ')} och ${sections[sections.length - 1]}`;
}
