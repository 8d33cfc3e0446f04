// The handout on paper, one to two A4 pages: who answered, each tool's picture of the group and
// its largest disagreements, the group's findings, and the actions – last round's with their
// status and the ones agreed now – with the group's own line breaks kept. Only printed.
import type { ComponentChildren } from 'preact';
import type { Finding } from '../../lib/findings';
import type { Action, ReviewedAction } from '../../lib/group/model';
import { disagreements, type ToolStats } from '../../lib/group/tool-stats';
import { Findings } from '../../ui/tool/Findings';
import { actionMeta, statusWord } from './Actions';
import { SpreadRow } from './SpreadRow';
import { t, tf } from '../../ui/strings-group';

export interface HandoutPrintProps {
  group: string;
  roundNo: number;
  date: string;
  answered: number;
  total: number;
  tools: ToolStats[];
  picture: (s: ToolStats) => ComponentChildren;
  who: (member: number) => string;
  findings: Finding[];
  review: ReviewedAction[];
  actions: Action[];
  notes: string;
}

/** Per tool on paper: the three largest disagreements. */
const TOP = 3;

export function HandoutPrint(p: HandoutPrintProps) {
  const actions = p.actions.filter((a) => a.what.trim());
  return (
    <section class="handout print-only">
      <h2>{p.group}</h2>
      <p>{tf('group.handout.heading', { round: p.roundNo, date: p.date, n: p.answered, total: p.total })}</p>
      {p.review.length > 0 && (
        <>
          <h3>{t('group.review.title')}</h3>
          <ul class="handout__actions">
            {p.review.map((a) => (
              <li key={a.id}>
                <strong>{statusWord(a.status)}:</strong> <span class="handout__text">{a.what}</span> {actionMeta(a) && `(${actionMeta(a)})`}
              </li>
            ))}
          </ul>
        </>
      )}
      {p.tools.map((s) => (
        <div key={s.spec.tool} class="handout__tool">
          <h3>
            {s.spec.name} <span class="handout__count">{tf('group.tool.count', { n: s.respondents, total: p.total })}</span>
          </h3>
          <div class="handout__picture">{p.picture(s)}</div>
          {disagreements(s).length > 0 && <h4>{t('group.handout.disagree')}</h4>}
          {disagreements(s)
            .slice(0, TOP)
            .map((d) => (
              <SpreadRow key={d.item.item.id} stats={d.item} who={p.who} />
            ))}
        </div>
      ))}
      {p.findings.length > 0 && (
        <>
          <h3>{t('group.handout.findings')}</h3>
          <Findings findings={p.findings} withTool />
        </>
      )}
      <h3>{t('group.handout.actions')}</h3>
      {actions.length === 0 && !p.notes.trim() ? (
        <p>…</p>
      ) : (
        <ul class="handout__actions">
          {actions.map((a) => (
            <li key={a.id}>
              <span class="handout__text">{a.what}</span> {actionMeta(a) && `(${actionMeta(a)})`}
            </li>
          ))}
        </ul>
      )}
      {p.notes.trim() && <p class="handout__text group-handout__printed">{p.notes.trim()}</p>}
    </section>
  );
}
