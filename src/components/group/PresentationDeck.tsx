// The presentation's slides for one round, in the order src/lib/group/slides.ts plans: join,
// then (once revealed) last round's actions, the findings, each tool's picture, disagreements and
// change since the round before, the questions and the actions. Loaded when presenting starts.
import type { ComponentChildren } from 'preact';
import type { Finding } from '../../lib/findings';
import type { Question } from '../../lib/group/handout';
import type { Action, Group, ReviewedAction } from '../../lib/group/model';
import type { OrgIndex } from '../../lib/group/orgs';
import { comparable, distributions } from '../../lib/group/rounds';
import { pieces, planSlides, isDiscussion, PER_SLIDE, type SlideSpec } from '../../lib/group/slides';
import { disagreements, type ToolStats } from '../../lib/group/tool-stats';
import type { GroupToolSpec } from '../../lib/group/spec';
import { Findings } from '../../ui/tool/Findings';
import { actionMeta, statusWord } from './Actions';
import { DistributionTable } from './Distributions';
import { JoinSlide, type JoinSlideProps } from './JoinSlide';
import { OrgLegend } from './OrgLegend';
import { Presentation, type Slide } from './Presentation';
import { QuestionList } from './QuestionList';
import { SpreadRow } from './SpreadRow';
import { t, tf } from '../../ui/strings-group';

/** How many questions per tool get a slide comparing rounds (those that moved most). */
const COMPARE_TOP = 4;

export interface PresentationDeckProps {
  group: Group;
  /** 1-based number of the round shown */
  roundNo: number;
  specs: GroupToolSpec[];
  tools: ToolStats[];
  /** the tool's own picture of the group, for a slice of its per-person rows */
  picture: (s: ToolStats, rows: { from: number; to: number }) => ComponentChildren;
  /** how many per-person rows the tool's picture has; undefined = no picture; figure = a figure */
  pictureRows: (s: ToolStats) => { rows: number; figure: boolean } | undefined;
  who: (member: number) => string;
  orgs: OrgIndex;
  findings: { finding: Finding; members: number }[];
  questions: Question[];
  review: ReviewedAction[];
  actions: Action[];
  join: JoinSlideProps;
  answered: number;
  total: number;
  revealed: boolean;
  onReveal: () => void;
  onClose: () => void;
}

export function PresentationDeck(p: PresentationDeckProps) {
  const moved = (s: ToolStats) =>
    comparable(s.spec, p.group, p.roundNo)
      ? distributions(s.spec, p.group, p.roundNo)
          .filter((d) => d.shift > 0)
          .slice(0, COMPARE_TOP)
      : [];
  const actions = p.actions.filter((a) => a.what.trim());
  const plan = planSlides({
    revealed: p.revealed,
    findings: p.findings.length,
    questions: p.questions.length,
    review: p.review.length,
    actions: actions.length,
    tools: p.tools.map((s) => {
      const picture = p.pictureRows(s);
      return {
        tool: s.spec.tool,
        pictureRows: picture?.rows,
        figure: picture?.figure,
        disagreements: disagreements(s).length,
        compare: moved(s).length,
      };
    }),
  });
  const byTool = new Map(p.tools.map((s) => [s.spec.tool, s]));
  const none = p.orgs.names.length > 0 && p.group.rounds[p.roundNo - 1]!.members.some((m) => !m.org?.trim());
  const legend = <OrgLegend orgs={p.orgs} none={none} />;

  const slide = (spec: SlideSpec, i: number): Slide => {
    const key = `${spec.kind}-${i}`;
    const discuss = isDiscussion(spec);
    switch (spec.kind) {
      case 'join':
        return { key, title: t('group.join.title'), body: <JoinSlide {...p.join} /> };
      case 'waiting':
        return {
          key,
          title: t('group.reveal.title'),
          body: (
            <div class="reveal">
              <p class="reveal__count">{tf('group.reveal.count', { n: p.answered, total: p.total })}</p>
              <p>{t('group.reveal.hidden')}</p>
              <button type="button" class="button button--primary" onClick={p.onReveal}>
                {t('group.reveal.show')}
              </button>
            </div>
          ),
        };
      case 'review':
        return {
          key,
          discuss,
          title: t('group.review.slide'),
          body: (
            <ul class="slide-list">
              {p.review.slice(spec.from, spec.to).map((a) => (
                <li key={a.id}>
                  <strong>{statusWord(a.status)}:</strong> {a.what} {actionMeta(a) && <span class="muted">({actionMeta(a)})</span>}
                </li>
              ))}
            </ul>
          ),
        };
      case 'finding': {
        const f = p.findings[spec.index]!;
        return {
          key,
          title: tf('group.finding.title', { n: spec.index + 1, total: Math.min(p.findings.length, 3) }),
          body: (
            <Findings
              findings={[f.finding]}
              withTool
              note={() => tf('group.weakest.share', { n: f.members, people: tf('group.people.other', { n: p.total }) })}
            />
          ),
        };
      }
      case 'picture': {
        const s = byTool.get(spec.tool)!;
        const rows = p.pictureRows(s)?.rows ?? 0;
        const parts = pieces(rows, PER_SLIDE.rows).length;
        return {
          key,
          title:
            parts > 1
              ? tf('group.picture.part', { name: s.spec.name, n: Math.floor(spec.from / PER_SLIDE.rows) + 1, total: parts })
              : s.spec.name,
          body: <div class="slide-picture">{p.picture(s, spec)}</div>,
        };
      }
      case 'disagreement': {
        const s = byTool.get(spec.tool)!;
        const d = disagreements(s)[spec.index]!;
        return {
          key,
          discuss,
          title: tf('group.disagree.title', { n: spec.index + 1, tool: s.spec.name }),
          body: (
            <div class="slide-spread">
              <SpreadRow stats={d.item} who={p.who} orgOf={p.orgs.of} />
              {legend}
            </div>
          ),
        };
      }
      case 'compare': {
        const s = byTool.get(spec.tool)!;
        return {
          key,
          title: tf('group.compare.slide', { tool: s.spec.name }),
          body: moved(s)
            .slice(spec.from, spec.to)
            .map((d) => <DistributionTable key={d.item.id} d={d} />),
        };
      }
      case 'questions':
        return {
          key,
          discuss,
          title: tf('group.questions.title', {
            n: Math.floor(spec.from / PER_SLIDE.questions) + 1,
            total: pieces(p.questions.length, PER_SLIDE.questions).length,
          }),
          body: <QuestionList questions={p.questions.slice(spec.from, spec.to)} />,
        };
      case 'actions':
        return {
          key,
          title: t('group.actions.slide'),
          body:
            actions.length === 0 ? (
              <p>{t('group.actions.none')}</p>
            ) : (
              <ul class="slide-list">
                {actions.slice(spec.from, spec.to).map((a) => (
                  <li key={a.id}>
                    {a.what} {actionMeta(a) && <span class="muted">({actionMeta(a)})</span>}
                  </li>
                ))}
              </ul>
            ),
        };
    }
  };
  return <Presentation group={p.group.name} slides={plan.map(slide)} onClose={p.onClose} />;
}
