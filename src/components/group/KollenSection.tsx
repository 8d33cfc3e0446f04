// Samverkanskollen as a whole in the group view: the check's questions as one virtual tool (its
// answers live in the tools' own answers, src/lib/group/kollen.ts), with the ladder's level now
// and the level aimed at side by side, the check's findings with how many share each, lack of
// samsyn as a finding, and the organisation breakdown only where two or more share an organisation.
// It loads only for a group that answered the check, and fetches every tool's model (the
// diagnosis places each model) before it draws (src/ui/tool/model-files.ts).
import { useMemo } from 'preact/hooks';
import type { Answers } from '../../lib/answers';
import { groupFindings, type Finding } from '../../lib/findings';
import { checkRound, checkSpec, samsynGaps, sharedOrgs, type CheckQuestion } from '../../lib/group/kollen';
import type { Round } from '../../lib/group/model';
import { orgSplit, spread } from '../../lib/group/stats';
import { toolStats, type ItemStats } from '../../lib/group/tool-stats';
import type { ToolItem } from '../../lib/items';
import type { LadderModel } from '../../tools/ambitionstrappan/schema';
import type { Models, ToolId } from '../../tools/index';
import { diagnose, type Diagnosis } from '../../tools/samverkanskollen/diagnosis';
import { kollenQuestions } from '../../tools/samverkanskollen/page-data';
import { useAllModels } from '../../ui/tool/model-files';
import { useNextTask } from '../../ui/tool/use-module';
import { Findings } from '../../ui/tool/Findings';
import { t, tf } from '../../ui/strings-group';
import { SpreadRow } from './SpreadRow';
import { ToolSection } from './ToolSection';

export interface KollenSectionProps {
  round: Round;
  who: (member: number) => string;
}

/** A level question as the group view draws it: "under nivå 1" (0) up to the top level. */
function levelItem(id: string, label: string, model: LadderModel): ToolItem {
  return {
    id,
    label,
    section: '',
    higherIsBetter: true,
    options: [
      { id: '0', label: t('group.ladder.below'), value: 0 },
      ...model.levels.map((l) => ({
        id: String(l.number),
        label: tf('group.ladder.level', { n: l.number, name: l.name }),
        value: l.number,
      })),
    ],
  };
}

function levelStats(item: ToolItem, values: { member: number; org: string | undefined; value: number | undefined }[]): ItemStats {
  const dots = values.flatMap((v) => (v.value === undefined ? [] : [{ member: v.member, value: v.value }]));
  const withOrg = values.flatMap((v) => (v.value === undefined ? [] : [{ org: v.org, value: v.value }]));
  return {
    item,
    dots,
    spread: spread(dots.map((d) => d.value)),
    unknown: 0,
    unanswered: values.length - dots.length,
    split: orgSplit(withOrg),
  };
}

export function KollenSection({ round, who }: KollenSectionProps) {
  const { value: models, failed } = useAllModels();
  // Three tasks, none long on a slow phone: every model arrives (and runs), the diagnoses are
  // worked out, the section is drawn.
  const worked = useNextTask(models !== null);
  const view = useMemo(() => (worked && models ? checkView(kollenQuestions(models), models, round) : null), [worked, models, round]);
  const drawn = useNextTask(view !== null);
  // The group view draws itself again as its parts arrive; the section is drawn again only when
  // the round or the names shown change.
  return useMemo(() => {
    if (!drawn || !view) return failed ? <p role="alert">{t('group.failed')}</p> : <p class="muted">{t('group.counting')}</p>;
    return <CheckAsWhole view={view} members={round.members.length} who={who} />;
  }, [drawn, view, failed, who]);
}

/** The check as a whole for one round, worked out from each member's answers (no drawing). */
function checkView(questions: CheckQuestion[], models: Models, round: Round) {
  const name = t('group.kollen.title');
  const spec = checkSpec(questions, name);
  const virtual = checkRound(questions, round);
  const answered = virtual.members.flatMap((m, i) => (Object.keys(m.answers[spec.tool] ?? {}).length ? [i] : []));
  const orgs = sharedOrgs(round, answered);
  // Only organisations that two or more share say anything; the others are left out of the split.
  const forSplit: Round = {
    ...virtual,
    members: virtual.members.map((m) => ({ ...m, org: m.org && orgs.includes(m.org.trim()) ? m.org : undefined })),
  };
  const stats = toolStats(spec, forSplit);

  const byTool = (i: number): Partial<Record<ToolId, Answers>> => {
    const m = round.members[i]!;
    const out: Partial<Record<ToolId, Answers>> = {};
    for (const q of questions) {
      const a = m.answers[q.tool]?.[q.item.id];
      if (a !== undefined) (out[q.tool as ToolId] ??= {})[q.item.id] = a;
    }
    return out;
  };
  const diagnoses = new Map<number, Diagnosis>(answered.map((i) => [i, diagnose(byTool(i), models)]));
  const perMember: Finding[][] = round.members.map((_, i) => diagnoses.get(i)?.all ?? []);
  const found = groupFindings(perMember);
  const people = tf(answered.length === 1 ? 'group.people.one' : 'group.people.other', { n: answered.length });

  const ladder = models.ambitionstrappan;
  // Each person's place on the ladder as the check places it (a level only where the answers allow).
  const levels = answered.map((i) => {
    const s = diagnoses.get(i)?.standings.find((x) => x.tool === 'ambitionstrappan');
    const placed = s?.tool === 'ambitionstrappan' && s.placed;
    return {
      member: i,
      org: forSplit.members[i]!.org,
      current: placed ? s.current : undefined,
      target: s?.tool === 'ambitionstrappan' ? s.target : undefined,
    };
  });
  const now =
    ladder &&
    levelStats(
      levelItem('niva-i-dag', t('group.kollen.levelNow'), ladder),
      levels.map((l) => ({ ...l, value: l.current })),
    );
  const aim =
    ladder &&
    levelStats(
      levelItem('niva-mal', t('group.kollen.levelTarget'), ladder),
      levels.map((l) => ({ ...l, value: l.target })),
    );
  const aimsApart = aim?.spread !== undefined && aim.spread.range > 0;
  const samsyn = samsynGaps(stats.items);
  return { stats, orgs, found, people, now, aim, aimsApart, samsyn };
}

function CheckAsWhole({ view, members, who }: { view: ReturnType<typeof checkView>; members: number; who: KollenSectionProps['who'] }) {
  const { stats, orgs, found, people, now, aim, aimsApart, samsyn } = view;
  return (
    <ToolSection stats={stats} members={members} who={who}>
      <div class="group-extra group-kollen">
        {(now.dots.length > 0 || aim.dots.length > 0) && (
          <div class="group-kollen__levels">
            <h4>{t('group.kollen.levels')}</h4>
            <SpreadRow stats={now} who={who} />
            <SpreadRow stats={aim} who={who} />
          </div>
        )}
        <h4>{t('group.kollen.findings')}</h4>
        <ul class="group-kollen__group-findings">
          {aimsApart && (
            <li data-finding="olika-mal">
              <strong>{t('group.kollen.aims.title')}</strong>{' '}
              {tf('group.kollen.aims.text', { min: aim.spread!.min, max: aim.spread!.max, n: aim.spread!.n })}
            </li>
          )}
          {samsyn.lacking && (
            <li data-finding="samsyn">
              <strong>{t('group.kollen.samsyn.title')}</strong>{' '}
              {tf('group.kollen.samsyn.text', {
                n: samsyn.gaps.length,
                total: samsyn.compared,
                items: samsyn.gaps
                  .slice(0, 3)
                  .map((g) => g.item.label)
                  .join('; '),
              })}
            </li>
          )}
          {!aimsApart && !samsyn.lacking && <li>{t('group.kollen.together')}</li>}
        </ul>
        {found.length > 0 && (
          <Findings
            findings={found.slice(0, 5).map((g) => g.finding)}
            note={(_, i) => tf('group.weakest.share', { n: found[i]!.members.length, people })}
          />
        )}
        <p class="group-kollen__orgs">
          {orgs.length ? tf('group.kollen.orgs.some', { orgs: orgs.join(', ') }) : t('group.kollen.orgs.none')}
        </p>
      </div>
    </ToolSection>
  );
}
