// Island: the group view. The facilitator keeps groups on this device, adds people's answers
// (codes, links, files, or in turn), and sees per tool the spread, the disagreements, the tool's
// own picture of the group and the weakest links – on screen, on a projector and on paper.
// Logic lives in src/lib/group/ and src/stores/groups.ts; this file lays it out.
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { codeModelOf } from '../../lib/items';
import type { CodeModel, CodedTool } from '../../lib/codes/answer-code';
import { buildGroupFile, readGroupInput } from '../../lib/group/files';
import { defaultJoinTool } from '../../lib/group/join';
import { orgIndex } from '../../lib/group/orgs';
import { discussionQuestions } from '../../lib/group/handout';
import { ACTION_STATUSES, currentRound, memberLabel, type Group } from '../../lib/group/model';
import type { GroupToolSpec } from '../../lib/group/spec';
import { peopleFor, toolStats, type ToolStats } from '../../lib/group/tool-stats';
import {
  $activeGroup,
  $groups,
  $groupsNotice,
  addCodes,
  addPersonAnswers,
  addTurn,
  deleteGroup,
  dismissGroupsNotice,
  importGroup,
  removeMember,
  setActions,
  setActionStatus,
  setNextSteps,
  startRound,
} from '../../stores/groups';
import { assessmentEntries, type AssessmentModels } from '../tools/assessment-entries';
import { download } from '../tools/download';
import { AddMembers } from './AddMembers';
import { GroupOverview, weakestLinks } from './GroupOverview';
import { StorageNotice } from '../../ui/tool/StorageNotice';
import { t, tf } from '../../ui/strings-group';
import { GroupPicker } from './GroupPicker';
import type { HandoutProps } from './Handout';
import type { HandoutPrintProps } from './HandoutPrint';
import { Later } from './Later';
import type { RoundCompareProps } from './RoundCompare';
import { JoinSection, joinProps } from './JoinSection';
import { IncomingCode } from './IncomingCode';
import { MemberList } from './MemberList';
import { OrgLegend } from './OrgLegend';
import type * as DeckModule from './PresentationDeck';
import { ChecklistsExtra, IcebergExtra, LadderExtra, StaircaseExtra } from './ToolExtras';
import { ToolSection } from './ToolSection';
import '../../styles/tools.css';
import '../../styles/group.css';

export interface GroupViewProps {
  specs: GroupToolSpec[];
  models: AssessmentModels;
}

const NO_GROUPS = { groups: [] };

export function GroupView({ specs, models }: GroupViewProps) {
  const state = useStore($groups, { ssr: () => NO_GROUPS });
  const stored = useStore($activeGroup, { ssr: () => undefined });
  const notice = useStore($groupsNotice, { ssr: () => null });
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
  const entries = assessmentEntries(models);

  const addFromLink = (groupId: string, code: string) => addCodes(groupId, code, codeModels, toolNames)[0]?.message ?? '';

  return (
    <div class="group-view">
      <StorageNotice message={notice} onDismiss={dismissGroupsNotice} />
      <IncomingCode models={codeModels} toolNames={toolNames} groups={state.groups} active={group} onAdd={addFromLink} />
      <GroupPicker groups={state.groups} active={group} />
      {group && (
        <ActiveGroup
          group={group}
          specs={specs}
          models={models}
          entries={entries}
          toolNames={toolNames}
          showNames={showNames}
          setShowNames={setShowNames}
          presenting={presenting}
          setPresenting={setPresenting}
          onCodes={(text) => addCodes(group.id, text, codeModels, toolNames)}
          onFile={(text) => {
            const content = readGroupInput(text, spaces);
            if (content.kind === 'error') return tf('group.file.error', { error: content.error });
            if (content.kind === 'group') {
              return importGroup(content.group) ? tf('group.file.group', { name: content.group.name }) : t('group.file.tooMany');
            }
            if (content.kind === 'person') {
              const n = Object.keys(content.answers).length;
              return addPersonAnswers(group.id, content.answers) ? tf('group.file.person', { n }) : t('group.full');
            }
            const reports = addCodes(group.id, content.lines.join('\n'), codeModels, toolNames);
            const ok = reports.filter((r) => r.ok).length;
            const bad = reports.filter((r) => !r.ok);
            const lines = bad.map((r) => tf('group.line', { line: r.line, message: r.message }));
            return `${tf('group.file.codes', { ok, total: reports.length })}${lines.length ? ` ${lines.join(' ')}` : ''}`;
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
  entries: ReturnType<typeof assessmentEntries>;
  toolNames: Record<string, string>;
  showNames: boolean;
  setShowNames: (v: boolean) => void;
  presenting: boolean;
  setPresenting: (v: boolean) => void;
  onCodes: (text: string) => ReturnType<typeof addCodes>;
  onFile: (text: string, name: string) => string;
}

function ActiveGroup(p: ActiveGroupProps) {
  const { group, specs, models, entries, showNames } = p;
  // An earlier round can be reopened: everything below then shows and edits that round.
  const [viewId, setViewId] = useState<string | undefined>(undefined);
  const round = group.rounds.find((r) => r.id === viewId) ?? currentRound(group);
  const roundNo = group.rounds.indexOf(round) + 1;
  const latest = roundNo === group.rounds.length;
  const previous = group.rounds[roundNo - 2];
  // Results reach the projector only when the facilitator reveals them, once per round.
  const [revealedId, setRevealedId] = useState<string | null>(null);
  const [deck, setDeck] = useState<typeof DeckModule | null>(null);
  const [joinTool, setJoinTool] = useState(() => defaultJoinTool(specs.map((s) => s.tool)) ?? '');
  const who = (member: number) => {
    const m = round.members[member];
    return m ? memberLabel(round, m, showNames) : tf('group.person', { n: member + 1 });
  };
  const orgs = orgIndex(round);
  const stats = specs.map((spec) => toolStats(spec, round));
  const used = stats.filter((s) => s.respondents > 0);
  const questions = discussionQuestions(used);
  const stamp = `${group.name.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase()}-${round.date}`;
  const answered = round.members.filter((m) => Object.keys(m.answers).length > 0).length;
  const total = round.expected ?? round.members.length;
  const groupFindings = weakestLinks(entries, round).group;

  const extra = (s: ToolStats, rows?: { from: number; to: number }) => {
    const people = peopleFor(s.spec, round);
    switch (s.spec.tool) {
      case 'ambitionstrappan':
        return <LadderExtra model={models.ambitionstrappan} people={people} who={who} rows={rows} />;
      case 'hindrens-isberg':
        return <IcebergExtra model={models['hindrens-isberg']} people={people} items={s.items} />;
      case 'samverkanstrappan':
        return <StaircaseExtra model={models.samverkanstrappan} people={people} who={who} rows={rows} />;
      case 'checklistor':
        return <ChecklistsExtra model={models.checklistor} people={people} who={who} rows={rows} />;
      default:
        return null;
    }
  };
  /** How many per-person rows a tool's picture has (for splitting it over slides). */
  const pictureRows = (s: ToolStats) => {
    if (s.spec.tool === 'hindrens-isberg') return { rows: 0, figure: true };
    return extra(s) ? { rows: peopleFor(s.spec, round).length, figure: false } : undefined;
  };
  const none = orgs.names.length > 0 && round.members.some((m) => !m.org?.trim());
  const section = (s: ToolStats, top = 5) => (
    <ToolSection
      key={s.spec.tool}
      stats={s}
      members={round.members.length}
      who={who}
      top={top}
      orgOf={orgs.of}
      legend={<OrgLegend orgs={orgs} none={none} />}
    >
      {extra(s)}
    </ToolSection>
  );
  const present = () => {
    void import('./PresentationDeck').then((m) => {
      setDeck(() => m);
      p.setPresenting(true);
    });
  };

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
        {group.rounds.length > 1 && (
          <p class="group-rounds no-print">
            <label>
              {t('group.rounds.label')}{' '}
              <select value={round.id} onChange={(e) => setViewId(e.currentTarget.value)}>
                {group.rounds.map((r, i) => (
                  <option key={r.id} value={r.id}>
                    {tf('group.rounds.option', { n: i + 1, date: r.date })}
                  </option>
                ))}
              </select>
            </label>
          </p>
        )}
        {!latest && (
          <p class="notice no-print">
            {t('group.rounds.earlier')}{' '}
            <button type="button" class="button button--small" onClick={() => setViewId(undefined)}>
              {t('group.rounds.latest')}
            </button>
          </p>
        )}
        {group.example && <p class="notice">{t('group.head.exampleNotice')}</p>}
        <div class="tool-actions no-print">
          <label class="group-head__names">
            <input type="checkbox" checked={showNames} onChange={(e) => p.setShowNames(e.currentTarget.checked)} />{' '}
            {t('group.head.showNames')}
          </label>
          <button type="button" class="button" onClick={present}>
            {t('group.head.present')}
          </button>
          <button
            type="button"
            class="button"
            onClick={() => {
              delete document.documentElement.dataset.print;
              window.print();
            }}
          >
            {t('group.head.print')}
          </button>
          <button
            type="button"
            class="button"
            onClick={() =>
              void Promise.all([import('../../lib/group/csv'), import('./Actions')]).then(([csv, actions]) =>
                download(`${stamp}.csv`, 'text/csv;charset=utf-8', csv.allRoundsCsv(group, specs, showNames, csvWords(actions.statusWord))),
              )
            }
          >
            {t('group.head.csv')}
          </button>
          <button type="button" class="button" onClick={() => download(`${stamp}.json`, 'application/json', buildGroupFile(group))}>
            {t('group.head.json')}
          </button>
          <button
            type="button"
            class="button"
            onClick={() => {
              if (!window.confirm(t('group.head.newRound.confirm'))) return;
              startRound(group.id);
              setViewId(undefined);
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
        <MemberList round={round} showNames={showNames} toolNames={p.toolNames} onRemove={(id) => removeMember(group.id, id, round.id)} />
      </section>
      <JoinSection specs={specs} tool={joinTool} onTool={setJoinTool} round={round} groupId={group.id} answered={answered} />
      <AddMembers
        specs={specs}
        onCodes={p.onCodes}
        onFile={p.onFile}
        onTurn={(tool, answers, name, org) => turnMessage(addTurn(group.id, tool, answers, name, org))}
      />
      {used.length === 0 ? (
        <p class="group-empty">{t('group.empty')}</p>
      ) : (
        <section class="group-results" aria-labelledby="grupp-resultat">
          <h2 id="grupp-resultat">{t('group.results')}</h2>
          <GroupOverview entries={entries} round={round} who={who} />
          {used.map((s) => section(s))}
          {previous && (
            <Later<RoundCompareProps>
              key={`compare-${round.id}`}
              load={() => import('./RoundCompare').then((m) => m.RoundCompare)}
              props={{ specs, group, upTo: roundNo, before: previous, after: round, beforeNo: roundNo - 1 }}
            />
          )}
        </section>
      )}
      <Later<HandoutProps>
        key={round.id}
        load={() => import('./Handout').then((m) => m.Handout)}
        props={{
          questions,
          review: round.review ?? [],
          actions: round.actions ?? [],
          nextSteps: round.nextSteps,
          onNextSteps: (text) => setNextSteps(group.id, text, round.id),
          onActions: (actions) => setActions(group.id, round.id, actions),
          onStatus: (id, status) => setActionStatus(group.id, round.id, id, status),
        }}
      />
      <Later<HandoutPrintProps>
        load={() => import('./HandoutPrint').then((m) => m.HandoutPrint)}
        props={{
          group: group.name,
          roundNo,
          date: round.date,
          answered,
          total,
          tools: used,
          picture: (s) => extra(s),
          who,
          findings: groupFindings.slice(0, 3).map((g) => g.finding),
          review: round.review ?? [],
          actions: round.actions ?? [],
          notes: round.nextSteps,
        }}
      />
      {p.presenting && deck && (
        <deck.PresentationDeck
          group={group}
          roundNo={roundNo}
          specs={specs}
          tools={used}
          picture={extra}
          pictureRows={pictureRows}
          who={who}
          orgs={orgs}
          findings={groupFindings.slice(0, 3).map((g) => ({ finding: g.finding, members: g.members.length }))}
          questions={questions}
          review={round.review ?? []}
          actions={round.actions ?? []}
          join={joinProps(specs, joinTool)}
          answered={answered}
          total={total}
          revealed={revealedId === round.id}
          onReveal={() => setRevealedId(round.id)}
          onClose={() => p.setPresenting(false)}
        />
      )}
    </>
  );
}

const csvWords = (statusWord: (s: (typeof ACTION_STATUSES)[number]) => string) => ({
  actions: t('group.actions.csvTool'),
  agreed: t('group.actions.csvAgreed'),
  reviewed: t('group.actions.csvReviewed'),
  status: Object.fromEntries(ACTION_STATUSES.map((s) => [s, statusWord(s)])),
});

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
