// The group that is open in the group view: its head (rounds, names, printing, files), joining,
// adding people, the results per tool, the check as a whole, the comparison with the round
// before, the agreed actions, the handout and the slide show. It loads once a group is open
// (./GroupView.tsx is the shell that keeps the groups and reads incoming codes), and what only
// some sessions need loads later still: each tool's scoring, model and picture once the round has
// answers for it, the slide show when presenting, the comparison when there is an earlier round.
import { useCallback, useMemo, useState } from 'preact/hooks';
import type { CodeModel, CodedTool } from '../../lib/codes/answer-code';
import { readGroupInput } from '../../lib/group/files';
import { defaultJoinTool } from '../../lib/group/join';
import { orgIndex } from '../../lib/group/orgs';
import { discussionQuestions } from '../../lib/group/handout';
import { ACTION_STATUSES, currentRound, memberLabel, type Group, type Round } from '../../lib/group/model';
import type { GroupToolSpec } from '../../lib/group/spec';
import { peopleFor, toolStats, type ToolStats } from '../../lib/group/tool-stats';
import {
  $activeGroup,
  addPersonAnswers,
  addTurn,
  collectIntoGroup,
  deleteGroup,
  importGroup,
  removeMember,
  setActions,
  setActionStatus,
  setNextSteps,
  startRound,
} from '../../stores/groups';
import type { ToolId } from '../../tools/index';
import { useModels } from '../../ui/tool/model-files';
import { usePrinting } from '../../ui/use-printing';
import { useEntries } from '../tools/tool-entries';
import { useModule } from '../../ui/tool/use-module';
import { NearScreen } from '../../ui/near-screen';
import { download } from '../tools/download';
import { problemText } from '../../ui/tool/StorageNotice';
import { t, tf } from '../../ui/strings-group';
import { AddMembers } from './AddMembers';
import type { HandoutProps } from './Handout';
import type { HandoutPrintProps } from './HandoutPrint';
import { Later } from './Later';
import type { RoundCompareProps } from './RoundCompare';
import { JoinSection, joinProps } from './JoinSection';
import { MemberList } from './MemberList';
import type { KollenSectionProps } from './KollenSection';
import { OrgLegend } from './OrgLegend';
import type * as DeckModule from './PresentationDeck';
import { fileStamp, saveGroupFile } from './save-group-file';

/** The tools whose section in the results has a picture of its own (./ToolExtras.tsx), drawn from the tool's model. */
const EXTRA_TOOLS = { ambitionstrappan: true, 'hindrens-isberg': true, samverkanstrappan: true, checklistor: true };

/** Whether any member answered any of the check's questions (their answers live under the tools' items). */
function answeredCheck(items: Record<string, string[]>, round: Round): boolean {
  return round.members.some((m) => Object.entries(items).some(([tool, ids]) => ids.some((id) => m.answers[tool]?.[id] !== undefined)));
}

export interface ActiveGroupProps {
  group: Group;
  specs: GroupToolSpec[];
  kollenItems: Record<string, string[]>;
  toolNames: Record<string, string>;
  showNames: boolean;
  setShowNames: (v: boolean) => void;
  presenting: boolean;
  setPresenting: (v: boolean) => void;
  /** how each tool's codes are read (from the specs, made once by the view) */
  codeModels: Partial<Record<CodedTool, CodeModel>>;
}

export function ActiveGroup(p: ActiveGroupProps) {
  const { group, specs, showNames } = p;
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
  // The same function while the round and the names shown stay, so that parts drawn once (the
  // check's section, each tool's) are not drawn again for a new but equal `who`.
  const who = useCallback(
    (member: number) => {
      const m = round.members[member];
      return m ? memberLabel(round, m, showNames) : tf('group.person', { n: member + 1 });
    },
    [round, showNames],
  );
  const orgs = orgIndex(round);
  // Counted once per round, not again each time a tool's scoring arrives (one by one, see useEntries).
  const stats = useMemo(() => specs.map((spec) => toolStats(spec, round)), [specs, round]);
  const used = useMemo(() => stats.filter((s) => s.respondents > 0), [stats]);
  const questions = useMemo(() => discussionQuestions(used), [used]);
  const { entries, ready, failed } = useEntries(used.map((s) => s.spec.tool));
  // The pictures of the ladder, iceberg, staircase and checklists read their tool's model.
  const models = useModels(used.flatMap((s) => (s.spec.tool in EXTRA_TOOLS ? [s.spec.tool as ToolId] : [])));
  const extras = useModule(() => import('./ToolExtras'), used.length > 0);
  // The results' blocks load with the first answers: a new group shows none of them.
  const results = useModule(() => import('./group-results'), used.length > 0);
  const overview = ready && results ? <results.GroupOverview entries={entries} round={round} who={who} /> : <Counting failed={failed} />;
  const stamp = fileStamp(group, round);
  const printing = usePrinting();
  const answered = round.members.filter((m) => Object.keys(m.answers).length > 0).length;
  const total = round.expected ?? round.members.length;
  const groupFindings = ready && results ? results.weakestLinks(entries, round).group : [];

  const extra = (s: ToolStats, rows?: { from: number; to: number }) => {
    if (!extras) return null;
    const { ChecklistsExtra, IcebergExtra, LadderExtra, StaircaseExtra } = extras;
    const people = peopleFor(s.spec, round);
    const { ambitionstrappan: ladder, 'hindrens-isberg': iceberg, samverkanstrappan: staircase, checklistor } = models;
    switch (s.spec.tool) {
      case 'ambitionstrappan':
        return ladder ? <LadderExtra model={ladder} people={people} who={who} rows={rows} /> : null;
      case 'hindrens-isberg':
        return iceberg ? <IcebergExtra model={iceberg} people={people} items={s.items} /> : null;
      case 'samverkanstrappan':
        return staircase ? <StaircaseExtra model={staircase} people={people} who={who} rows={rows} /> : null;
      case 'checklistor':
        return checklistor ? <ChecklistsExtra model={checklistor} people={people} who={who} rows={rows} /> : null;
      default:
        return null;
    }
  };
  /** How many per-person rows a tool's picture has (for splitting it over slides). */
  const pictureRows = (s: ToolStats) => {
    if (s.spec.tool === 'hindrens-isberg') return { rows: 0, figure: true };
    return s.spec.tool in EXTRA_TOOLS ? { rows: peopleFor(s.spec, round).length, figure: false } : undefined;
  };
  const none = orgs.names.length > 0 && round.members.some((m) => !m.org?.trim());
  const ToolSection = results?.ToolSection;
  const section = (s: ToolStats, top = 5) =>
    ToolSection && (
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
  // Each tool's section is drawn once it comes near the screen (or for paper), and then kept while
  // the tools' scoring arrives: Preact leaves an unchanged drawing be.
  const drawnSections = useMemo(() => new Map<ToolStats, ReturnType<typeof section>>(), [used, ToolSection, extras, models, showNames]);
  const sectionOf = (s: ToolStats) => {
    if (!drawnSections.has(s)) drawnSections.set(s, section(s));
    return drawnSections.get(s);
  };
  const sections = ToolSection
    ? used.map((s) => (
        <NearScreen key={s.spec.tool} class="group-tool group-tool--waiting" tool={s.spec.tool}>
          {() => sectionOf(s)}
        </NearScreen>
      ))
    : null;
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
          <button type="button" class="button" onClick={() => saveGroupFile(group)}>
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
        <BackupNote group={group} />
        <MemberList round={round} showNames={showNames} toolNames={p.toolNames} onRemove={(id) => removeMember(group.id, id, round.id)} />
      </section>
      <JoinSection specs={specs} tool={joinTool} onTool={setJoinTool} round={round} groupId={group.id} answered={answered} />
      <AddMembers
        specs={specs}
        onCodes={(text) => collectIntoGroup(group.id, text, p.codeModels)}
        toolNames={p.toolNames}
        who={(id) => {
          // Read after the codes went in: the people they added are in the stored round, not yet in this render's.
          const now = currentRound($activeGroup.get() ?? group);
          const m = now.members.find((x) => x.id === id);
          return m ? memberLabel(now, m, showNames) : '';
        }}
        onFile={(text) => readFileInto(group, text, p.codeModels)}
        showNames={showNames}
        onTurn={(tool, answers, name, org) => turnMessage(addTurn(group.id, tool, answers, name, org))}
      />
      {used.length === 0 ? (
        <p class="group-empty">{t('group.empty')}</p>
      ) : (
        <section class="group-results" aria-labelledby="grupp-resultat">
          <h2 id="grupp-resultat">{t('group.results')}</h2>
          {overview}
          {answeredCheck(p.kollenItems, round) && (
            // Only a group that answered the check loads its section (each member's diagnosis).
            <Later<KollenSectionProps> load={() => import('./KollenSection').then((m) => m.KollenSection)} props={{ round, who }} />
          )}
          {sections}
          {previous && (
            <Later<RoundCompareProps>
              part={round.id}
              load={() => import('./RoundCompare').then((m) => m.RoundCompare)}
              props={{ specs, group, upTo: roundNo, before: previous, after: round, beforeNo: roundNo - 1 }}
            />
          )}
        </section>
      )}
      <Later<HandoutProps>
        part={round.id}
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
        // Only paper shows it, so it is drawn for paper: its code is here already when printing starts.
        show={printing}
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

/** In place of the weakest links while the tools' scoring and models load (or could not). */
function Counting({ failed = false }: { failed?: boolean }) {
  return failed ? <p role="alert">{t('group.failed')}</p> : <p class="muted">{t('group.counting')}</p>;
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

/** A file or pasted text read into the group: a whole group file, one person's answers, or lines of codes. */
async function readFileInto(group: Group, text: string, codeModels: Partial<Record<CodedTool, CodeModel>>): Promise<string> {
  const spaces = Object.fromEntries(Object.entries(codeModels).flatMap(([tool, m]) => (m ? [[tool, m.space]] : [])));
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
}
