// Island: the group view. The facilitator keeps groups on this device, adds people's answers
// (codes, links, files, or in turn), and sees per tool the spread, the disagreements, the tool's
// own picture of the group and the weakest links – on screen, on a projector and on paper.
// Logic lives in src/lib/group/ and src/stores/groups.ts; this file lays it out. What only some
// sessions need loads when it is needed: each tool's scoring and picture once the round has
// answers for it, the slide show when presenting, the comparison when there is an earlier round.
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { codeModelOf } from '../../lib/items';
import type { CodeModel, CodedTool } from '../../lib/codes/answer-code';
import { buildGroupFile, groupCsv, readGroupInput } from '../../lib/group/files';
import { discussionQuestions } from '../../lib/group/handout';
import { currentRound, memberLabel, type Group } from '../../lib/group/model';
import type { GroupToolSpec } from '../../lib/group/spec';
import { peopleFor, toolStats, type ToolStats } from '../../lib/group/tool-stats';
import {
  $activeGroup,
  $groups,
  $groupsCopies,
  $groupsProblem,
  $groupsUnreadable,
  addPersonAnswers,
  collectIntoGroup,
  addTurn,
  canRestore,
  deleteGroup,
  discardUnreadableGroups,
  dismissGroupsNotice,
  importGroup,
  markFileSaved,
  removeMember,
  restoreCopy,
  retryGroups,
  setNextSteps,
  startRound,
} from '../../stores/groups';
import type { AssessmentModels } from '../tools/assessment-entries';
import { useEntries } from '../tools/tool-entries';
import { useModule } from '../../ui/tool/use-module';
import { download } from '../tools/download';
import { AddMembers } from './AddMembers';
import { problemText, StorageNotice } from '../../ui/tool/StorageNotice';
import { KeptCopies, SaveTrouble, Unkept } from '../../ui/tool/StorageTrouble';
import { t, tf } from '../../ui/strings-group';
import { GroupPicker } from './GroupPicker';
import { Handout } from './Handout';
import { IncomingCode } from './IncomingCode';
import { MemberList } from './MemberList';
import type { Slide } from './Presentation';
import { QuestionList } from './QuestionList';
import { KollenLazy } from './KollenLazy';
import type { CheckQuestion } from '../../lib/group/kollen';
import '../../styles/tools.css';
import '../../styles/group.css';

export interface GroupViewProps {
  specs: GroupToolSpec[];
  models: AssessmentModels;
  /** Samverkanskollen's questions, resolved to the tools' items (a section when members answered it) */
  kollen?: CheckQuestion[] | undefined;
}

const NO_GROUPS = { groups: [] };

export function GroupView({ specs, models, kollen = [] }: GroupViewProps) {
  const state = useStore($groups, { ssr: () => NO_GROUPS });
  const stored = useStore($activeGroup, { ssr: () => undefined });
  const unreadable = useStore($groupsUnreadable, { ssr: () => null });
  const problem = useStore($groupsProblem, { ssr: () => null });
  const copies = useStore($groupsCopies, { ssr: () => [] });
  const [restored, setRestored] = useState('');
  const notice = unreadable ? tf(unreadable.kept ? 'group.unreadable' : 'group.unreadable.unkept', { reason: unreadable.reason }) : null;
  const [showNames, setShowNames] = useState(false);
  const [presenting, setPresenting] = useState(false);
  const group: Group | undefined = state.groups.length ? stored : undefined;

  const toolNames = Object.fromEntries(specs.map((s) => [s.tool, s.name]));
  const codeModels: Partial<Record<CodedTool, CodeModel>> = Object.fromEntries(
    specs.map((s) => [
      s.tool,
      codeModelOf({
        version: s.version,
        items: s.items.map((i) => [i.id, i.options.map((o) => o.id)]),
        amounts: s.amounts,
        legacy: s.legacy,
      }),
    ]),
  );
  const spaces = Object.fromEntries(Object.entries(codeModels).flatMap(([tool, m]) => (m ? [[tool, m.space]] : [])));

  return (
    <div class="group-view">
      <StorageNotice message={notice} onDismiss={dismissGroupsNotice} />
      {unreadable && !unreadable.kept && <Unkept raw={unreadable.raw} name="grupper" onDiscard={discardUnreadableGroups} />}
      <SaveTrouble
        message={problem ? tf('group.unsaved', { problem: problemText(problem) }) : null}
        downloadLabel={t('group.unsaved.download')}
        onDownload={() => group && saveGroupFile(group)}
        onRetry={retryGroups}
      />
      <KeptCopies
        copies={copies}
        name="grupper"
        restoreLabel={t('group.copy.restore')}
        canRestore={canRestore}
        onRestore={(copy) => {
          const n = restoreCopy(copy);
          setRestored(n === null ? '' : tf('group.copy.restored', { n }));
        }}
      />
      {restored && (
        <p class="tool__saved" role="status">
          {restored}
        </p>
      )}
      <IncomingCode models={codeModels} toolNames={toolNames} groups={state.groups} active={group} showNames={showNames} />
      <GroupPicker groups={state.groups} active={group} />
      {group && (
        <ActiveGroup
          group={group}
          specs={specs}
          models={models}
          kollen={kollen}
          toolNames={toolNames}
          showNames={showNames}
          setShowNames={setShowNames}
          presenting={presenting}
          setPresenting={setPresenting}
          onCodes={(text) => collectIntoGroup(group.id, text, codeModels)}
          onFile={async (text) => {
            const content = readGroupInput(text, spaces);
            if (content.kind === 'error') return tf('group.file.error', { error: content.error });
            if (content.kind === 'group') {
              const r = importGroup(content.group);
              if ('problem' in r) return tf('group.file.unsaved', { problem: problemText(r.problem) });
              return 'id' in r ? tf('group.file.group', { name: content.group.name }) : t('group.file.tooMany');
            }
            if (content.kind === 'person') {
              const n = Object.keys(content.answers).length;
              const r = addPersonAnswers(group.id, content.answers);
              if (r.problem) return tf('group.file.unsaved', { problem: problemText(r.problem) });
              return r.added ? tf('group.file.person', { n }) : t('group.full');
            }
            const summary = await collectIntoGroup(group.id, content.lines.join('\n'), codeModels);
            if (!summary) return t('group.gone');
            if (summary.problem) return tf('group.file.unsaved', { problem: problemText(summary.problem) });
            const ok = summary.codes.length;
            const lines = summary.problems.map((r) => tf('group.line', { line: r.line, message: r.message }));
            return `${tf('group.file.codes', { ok, total: ok + lines.length })}${lines.length ? ` ${lines.join(' ')}` : ''}`;
          }}
        />
      )}
    </div>
  );
}

interface ActiveGroupProps {
  group: Group;
  specs: GroupToolSpec[];
  models: AssessmentModels;
  kollen: CheckQuestion[];
  toolNames: Record<string, string>;
  showNames: boolean;
  setShowNames: (v: boolean) => void;
  presenting: boolean;
  setPresenting: (v: boolean) => void;
  onCodes: (text: string) => ReturnType<typeof collectIntoGroup>;
  onFile: (text: string, name: string) => Promise<string>;
}

function ActiveGroup(p: ActiveGroupProps) {
  const { group, specs, models, showNames } = p;
  const round = currentRound(group);
  const roundNo = group.rounds.length;
  const previous = group.rounds[roundNo - 2];
  const who = (member: number) => {
    const m = round.members[member];
    return m ? memberLabel(round, m, showNames) : tf('group.person', { n: member + 1 });
  };
  const stats = specs.map((spec) => toolStats(spec, round));
  const used = stats.filter((s) => s.respondents > 0);
  const questions = discussionQuestions(used);
  const { entries, ready } = useEntries(
    used.map((s) => s.spec.tool),
    models,
  );
  const extras = useModule(() => import('./ToolExtras'), used.length > 0);
  const presentation = useModule(() => import('./Presentation'), p.presenting);
  const compare = useModule(() => import('./RoundCompare'), previous !== undefined);
  // The results' blocks load with the first answers: a new group shows none of them.
  const results = useModule(() => import('./group-results'), used.length > 0);
  const overview = ready && results ? <results.GroupOverview entries={entries} round={round} who={who} /> : <Counting />;
  const stamp = `${group.name.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase()}-${round.date}`;

  const extra = (s: ToolStats) => {
    if (!extras) return null;
    const { ChecklistsExtra, IcebergExtra, LadderExtra, StaircaseExtra } = extras;
    const people = peopleFor(s.spec, round);
    switch (s.spec.tool) {
      case 'ambitionstrappan':
        return <LadderExtra model={models.ambitionstrappan} people={people} who={who} />;
      case 'hindrens-isberg':
        return <IcebergExtra model={models['hindrens-isberg']} people={people} items={s.items} />;
      case 'samverkanstrappan':
        return <StaircaseExtra model={models.samverkanstrappan} people={people} who={who} />;
      case 'checklistor':
        return <ChecklistsExtra model={models.checklistor} people={people} who={who} />;
      default:
        return null;
    }
  };
  const ToolSection = results?.ToolSection;
  const section = (s: ToolStats, top = 5) =>
    ToolSection && (
      <ToolSection key={s.spec.tool} stats={s} members={round.members.length} who={who} top={top}>
        {extra(s)}
      </ToolSection>
    );
  const slides: Slide[] = [
    { title: t('group.weakest.title'), body: overview },
    ...used.map((s) => ({ title: s.spec.name, body: section(s, 3) })),
    {
      title: t('group.handout.title'),
      body: <QuestionList questions={questions} />,
    },
  ];

  return (
    <>
      <section class="group-head" aria-labelledby="grupp-namn">
        <h2 id="grupp-namn">
          {group.name}
          {group.example ? <span class="group-head__example">{t('group.head.example')}</span> : null}
        </h2>
        <p>
          {tf('group.head.round', {
            round: roundNo,
            date: round.date,
            people: tf(round.members.length === 1 ? 'group.people.one' : 'group.people.other', { n: round.members.length }),
          })}
          {previous ? tf('group.head.previous', { date: previous.date }) : ''}
        </p>
        {group.example && <p class="notice">{t('group.head.exampleNotice')}</p>}
        <div class="tool-actions no-print">
          <label class="group-head__names">
            <input type="checkbox" checked={showNames} onChange={(e) => p.setShowNames(e.currentTarget.checked)} />{' '}
            {t('group.head.showNames')}
          </label>
          <button type="button" class="button" onClick={() => p.setPresenting(true)} disabled={used.length === 0}>
            {t('group.head.present')}
          </button>
          <button type="button" class="button" onClick={() => window.print()}>
            {t('group.head.print')}
          </button>
          <button
            type="button"
            class="button"
            onClick={() => download(`${stamp}.csv`, 'text/csv;charset=utf-8', groupCsv(group, round, specs, showNames))}
          >
            {t('group.head.csv')}
          </button>
          <button type="button" class="button" onClick={() => saveGroupFile(group)}>
            {t('group.head.json')}
          </button>
          <button
            type="button"
            class="button"
            onClick={() => {
              if (window.confirm(t('group.head.newRound.confirm'))) startRound(group.id);
            }}
          >
            {t('group.head.newRound')}
          </button>
          <button
            type="button"
            class="button"
            onClick={() => {
              if (window.confirm(tf('group.head.delete.confirm', { name: group.name }))) deleteGroup(group.id);
            }}
          >
            {t('group.head.delete')}
          </button>
        </div>
        <p class="muted no-print">{t('group.head.namesHint')}</p>
        <BackupNote group={group} />
        <MemberList round={round} showNames={showNames} toolNames={p.toolNames} onRemove={(id) => removeMember(group.id, id)} />
      </section>
      <AddMembers
        specs={specs}
        onCodes={p.onCodes}
        toolNames={p.toolNames}
        who={(id) => {
          const m = round.members.find((x) => x.id === id);
          return m ? memberLabel(round, m, showNames) : '';
        }}
        onFile={p.onFile}
        showNames={showNames}
        onTurn={(tool, answers, name, org) => turnMessage(addTurn(group.id, tool, answers, name, org))}
      />
      {used.length === 0 ? (
        <p class="group-empty">{t('group.empty')}</p>
      ) : (
        <section class="group-results" aria-labelledby="grupp-resultat">
          <h2 id="grupp-resultat">{t('group.results')}</h2>
          {overview}
          {p.kollen.length > 0 && round.members.some((m) => p.kollen.some((q) => m.answers[q.tool]?.[q.item.id] !== undefined)) && (
            <KollenLazy questions={p.kollen} models={models} round={round} who={who} />
          )}
          {used.map((s) => section(s))}
          {previous && compare && <compare.RoundCompare specs={specs} before={previous} after={round} beforeNo={roundNo - 1} />}
        </section>
      )}
      <Handout questions={questions} nextSteps={round.nextSteps} onNextSteps={(text) => setNextSteps(group.id, text)} />
      {p.presenting && presentation && (
        <presentation.Presentation group={group.name} slides={slides} onClose={() => p.setPresenting(false)} />
      )}
    </>
  );
}

/** In place of the weakest links while the tools' scoring loads. */
function Counting() {
  return <p class="muted">{t('group.counting')}</p>;
}

/** Saves the group file and remembers when, so that the view can say so. */
function saveGroupFile(group: Group): void {
  const round = currentRound(group);
  const stamp = `${group.name.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase()}-${round.date}`;
  download(`${stamp}.json`, 'application/json', buildGroupFile(group));
  markFileSaved(group.id);
}

/** When the group file was last saved, and a nudge to save it after a session. */
function BackupNote({ group }: { group: Group }) {
  const people = group.rounds.some((r) => r.members.length > 0);
  if (!group.savedFileAt) return people ? <p class="no-print group-backup">{t('group.backup.never')}</p> : null;
  const saved = Date.parse(group.savedFileAt);
  const changed = group.rounds.some((r) => (r.changedAt ?? 0) > saved || r.members.some((m) => (m.changedAt ?? 0) > saved));
  const date = new Date(saved).toLocaleString('sv-SE', { dateStyle: 'short', timeStyle: 'short' });
  return <p class="no-print group-backup">{tf(changed ? 'group.backup.stale' : 'group.backup.last', { date })}</p>;
}

function turnMessage(outcome: ReturnType<typeof addTurn>): string {
  switch (outcome) {
    case 'added':
    case 'joined':
    case 'updated':
      return t('group.turn.saved');
    case 'duplicate':
      return t('group.turn.duplicate');
    default:
      return t('group.full');
  }
}
