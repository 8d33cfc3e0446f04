// Findings: what every tool's scoring says that a group must act on, on ONE scale, so that Min
// självskattning, the group view and Samverkanskollen can rank them across tools without
// comparing percentages from different scales. Each tool states its rules (src/tools/<id>/
// findings.ts); the table of all rules is in the README ("Fynd och allvarlighetsgrad"), kept in
// step by tests/unit/findings-table.test.ts. Pure.

/** A pointer into the handbook (the same shape as readNextSchema in src/tools/shared/schema.ts). */
export interface ReadNext {
  label: string;
  href: string;
}

/** Most severe first. The order is the ranking. */
export const SEVERITIES = ['kritisk', 'allvarlig', 'att-bevaka', 'styrka'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SEVERITY_LABELS: Record<Severity, string> = {
  kritisk: 'Kritiskt',
  allvarlig: 'Allvarligt',
  'att-bevaka': 'Att bevaka',
  styrka: 'Styrka',
};

/** What each severity means, in the handbook's terms (shown beside the table). */
export const SEVERITY_MEANING: Record<Severity, string> = {
  kritisk: 'Grunden bär inte: så här byggs ett misslyckande in från start. Åtgärda före allt annat.',
  allvarlig: 'Arbetet kan fungera en tid men kommer att köra fast här om inget görs.',
  'att-bevaka': 'Inte akut, men värt att följa upp och pröva igen.',
  styrka: 'Det här bär. Bygg vidare på det.',
};

/** A rule as a tool declares it: the row in the table. */
export interface FindingRule {
  /** stable, "<tool id>/<rule>", never reused for another meaning */
  id: string;
  severity: Severity;
  /**
   * The place among all rules of the same severity, lower first: the handbook's own order of
   * what must hold before the rest can work (leadership and mandate, then ambition against
   * resources, goals, process and time, obstacles, readiness details, leadership style).
   */
  order: number;
  /** When the rule fires, in words (the table's column). */
  when: string;
}

/** A rule that fired for a set of answers. */
export interface Finding {
  rule: FindingRule;
  /** the tool's name, for lists across tools */
  tool: string;
  /** what was found, one sentence */
  title: string;
  /** what the handbook says about it and the next step, one or two sentences */
  advice: string;
  /** the answers behind it: "question – answer" */
  because: string[];
  /** the section to read */
  read: ReadNext;
}

/** Most severe first; within a severity by the rule's order; then as the tools gave them. */
export function rankFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        SEVERITIES.indexOf(a.f.rule.severity) - SEVERITIES.indexOf(b.f.rule.severity) || a.f.rule.order - b.f.rule.order || a.i - b.i,
    )
    .map(({ f }) => f);
}

/** The problems only (not strengths), ranked. */
export function problems(findings: readonly Finding[]): Finding[] {
  return rankFindings(findings.filter((f) => f.rule.severity !== 'styrka'));
}

/** One rule as found across a group: how many members it fired for, and one of its findings. */
export interface GroupFinding {
  finding: Finding;
  members: number[];
}

/**
 * The problems of a group, ranked: severity, then the rule's order, then how many members share
 * it. Each rule once, with the members it fired for (a finding's title names one person's
 * answers, so the group shows the first member's words and the count).
 */
export function groupFindings(perMember: readonly (readonly Finding[])[]): GroupFinding[] {
  const byRule = new Map<string, GroupFinding>();
  perMember.forEach((findings, member) => {
    for (const f of problems(findings)) {
      const seen = byRule.get(f.rule.id);
      if (seen) {
        if (!seen.members.includes(member)) seen.members.push(member);
      } else byRule.set(f.rule.id, { finding: f, members: [member] });
    }
  });
  return [...byRule.values()].sort(
    (a, b) =>
      SEVERITIES.indexOf(a.finding.rule.severity) - SEVERITIES.indexOf(b.finding.rule.severity) ||
      a.finding.rule.order - b.finding.rule.order ||
      b.members.length - a.members.length,
  );
}
