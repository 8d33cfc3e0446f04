// One tool in the group view: how many answered, a warning when they are few, the tool's own
// picture of the group (ladder, iceberg …), then the questions where the group disagrees most,
// and every question's spread behind a fold.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { ANONYMITY_THRESHOLD } from '../../lib/group/stats';
import { disagreements, type ToolStats } from '../../lib/group/tool-stats';
import { orgSummary } from '../../lib/group/handout';
import { SpreadRow } from './SpreadRow';
import { t, tf } from '../../ui/strings-group';

export interface ToolSectionProps {
  stats: ToolStats;
  members: number;
  who: (member: number) => string;
  children?: ComponentChildren;
  /** how many of the largest disagreements to show */
  top?: number;
  /** each member's organisation number, for dots marked by organisation */
  orgOf?: ((member: number) => number | undefined) | undefined;
  /** the key to those marks, shown above the disagreements */
  legend?: ComponentChildren;
}

export function ToolSection({ stats, members, who, children, top = 5, orgOf, legend }: ToolSectionProps) {
  const id = `grupp-${stats.spec.tool}`;
  const all = disagreements(stats);
  const ranked = all.slice(0, top);
  const orgs = orgSummary(all.map((d) => d.item.split.runs));
  const sections = [...new Set(stats.items.map((i) => i.item.section))];
  // Every question's spread is drawn when the fold is opened, not behind it while closed: with ten
  // tools that is some two hundred rows of dots, most of the view's first drawing (it is not printed).
  const [allOpen, setAllOpen] = useState(false);
  return (
    <section class="group-tool" aria-labelledby={id} data-tool={stats.spec.tool}>
      <h3 id={id}>{stats.spec.name}</h3>
      <p class="group-tool__count">{tf('group.tool.count', { n: stats.respondents, total: members })}</p>
      {stats.respondents > 0 && stats.respondents < ANONYMITY_THRESHOLD && (
        <p class="notice group-tool__few">{tf('group.tool.few', { n: ANONYMITY_THRESHOLD })}</p>
      )}
      {stats.respondents > 0 && (
        <>
          {children}
          <h4>{t('group.tool.disagree')}</h4>
          {orgs && <p class="group-tool__orgs">{orgs}</p>}
          {ranked.length > 0 && legend}
          {ranked.length === 0 ? (
            <p>{t('group.tool.allSame')}</p>
          ) : (
            <ol class="group-tool__ranked">
              {ranked.map((r) => (
                <li key={r.item.item.id}>
                  <SpreadRow stats={r.item} who={who} orgOf={orgOf} />
                </li>
              ))}
            </ol>
          )}
          <details class="group-tool__all" onToggle={(e) => setAllOpen(e.currentTarget.open)}>
            <summary>{tf('group.tool.all', { n: stats.items.length })}</summary>
            {allOpen &&
              sections.map((section) => (
                <div key={section}>
                  <h5>{section}</h5>
                  {stats.items
                    .filter((i) => i.item.section === section)
                    .map((i) => (
                      <SpreadRow key={i.item.id} stats={i} who={who} orgOf={orgOf} />
                    ))}
                </div>
              ))}
          </details>
        </>
      )}
    </section>
  );
}
