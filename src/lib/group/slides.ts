// The presentation's running order, worked out before anything is drawn: one finding, one
// disagreement, one small group of rows or questions per slide, so that each fits a projector
// (1920×1080) and a laptop (1366×768) without scrolling. The widgets only draw the slides. Pure.

/** How many of a kind fit on one slide at presentation size. */
export const PER_SLIDE = { rows: 6, questions: 3, actions: 4, compare: 2 } as const;
/** How many of the largest disagreements and findings get a slide each. */
export const TOP = { disagreements: 3, findings: 3 } as const;

export type SlideSpec =
  | { kind: 'join' }
  | { kind: 'waiting' }
  | { kind: 'review'; from: number; to: number }
  | { kind: 'finding'; index: number }
  | { kind: 'picture'; tool: string; from: number; to: number }
  | { kind: 'disagreement'; tool: string; index: number }
  | { kind: 'compare'; tool: string; from: number; to: number }
  | { kind: 'questions'; from: number; to: number }
  | { kind: 'actions'; from: number; to: number };

export interface ToolPlan {
  tool: string;
  /** rows in the tool's own picture (one per person); 0 = a picture without rows; undefined = none */
  pictureRows?: number | undefined;
  /** the tool's picture is a figure that fills a slide on its own, not a table */
  figure?: boolean | undefined;
  disagreements: number;
  /** items with distributions from two or more rounds */
  compare: number;
}

export interface DeckPlan {
  revealed: boolean;
  tools: ToolPlan[];
  findings: number;
  questions: number;
  review: number;
  actions: number;
}

/** [0, n) cut into [from, to) pieces of at most `size`. */
export function pieces(n: number, size: number): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  for (let from = 0; from < n; from += size) out.push({ from, to: Math.min(n, from + size) });
  return out;
}

/**
 * Join first, always. Until the facilitator reveals, only the count of answers follows; after,
 * the last round's actions, the findings, each tool (picture, disagreements, change since the
 * round before), the questions, and the actions agreed now.
 */
export function planSlides(p: DeckPlan): SlideSpec[] {
  const slides: SlideSpec[] = [{ kind: 'join' }];
  if (!p.revealed) return [...slides, { kind: 'waiting' }];
  for (const r of pieces(p.review, PER_SLIDE.actions)) slides.push({ kind: 'review', ...r });
  for (let i = 0; i < Math.min(TOP.findings, p.findings); i++) slides.push({ kind: 'finding', index: i });
  for (const t of p.tools) {
    if (t.pictureRows !== undefined) {
      const parts = t.figure || t.pictureRows === 0 ? [{ from: 0, to: 0 }] : pieces(t.pictureRows, PER_SLIDE.rows);
      for (const r of parts) slides.push({ kind: 'picture', tool: t.tool, ...r });
    }
    for (let i = 0; i < Math.min(TOP.disagreements, t.disagreements); i++) slides.push({ kind: 'disagreement', tool: t.tool, index: i });
    for (const r of pieces(t.compare, PER_SLIDE.compare)) slides.push({ kind: 'compare', tool: t.tool, ...r });
  }
  for (const r of pieces(p.questions, PER_SLIDE.questions)) slides.push({ kind: 'questions', ...r });
  slides.push(...pieces(Math.max(1, p.actions), PER_SLIDE.actions).map((r) => ({ kind: 'actions' as const, ...r })));
  return slides;
}

/** Discussion steps get the timer. */
export const isDiscussion = (s: SlideSpec): boolean => s.kind === 'disagreement' || s.kind === 'questions' || s.kind === 'review';
