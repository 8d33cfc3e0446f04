// A link with "#kod=…" opened on a page with one's own answers. On a participant's device it
// offers to read the answers in: per tool the newer answers win, and where this device's answers
// are newer it says so with both times and changes nothing unless asked. On the facilitator's
// device (groups exist here) "Lägg till i gruppen" comes first and one's own answers are left
// alone. Shown at the top of the page, scrolled into view and focused; names are never shown.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PersonCode } from '../../lib/codes/person-code';
import { decodePersonCode, type CodeModels } from '../../lib/codes/person-code';
import { planOwnImport, type OwnImportPlan } from '../../lib/codes/own-import';
import { decodeGroups, memberLabel, currentRound } from '../../lib/group/model';
import { list } from '../../lib/swedish';
import { url } from '../../lib/url';
import { answersStore } from '../../stores/answers-store';
import { leaveExample } from '../../stores/example';
import { toolMeta } from '../../tools/meta';
import type { ToolId } from '../../tools/index';
import { t, tf } from '../../ui/strings-share';
import { loadCodeModels } from './code-models';
import { collectWords, shortTime } from './collect-words';

const GROUPS_KEY = 'samverkan:grupper';
const forgetLink = () => history.replaceState(null, '', window.location.pathname + window.location.search);
const toolName = (id: string) => toolMeta(id)?.name ?? id;
const names = (ids: string[]) => list(ids.map(toolName));

/** The facilitator's active group on this device, if any (read without loading the group view). */
function activeGroup(): { id: string; name: string } | undefined {
  try {
    const raw = localStorage.getItem(GROUPS_KEY);
    const d = raw ? decodeGroups(raw) : undefined;
    if (!d?.ok || d.value.groups.length === 0) return undefined;
    const g = d.value.groups.find((x) => x.id === d.value.active) ?? d.value.groups[d.value.groups.length - 1]!;
    return { id: g.id, name: g.name };
  } catch {
    return undefined;
  }
}

type State =
  | { kind: 'loading' }
  | { kind: 'error'; text: string }
  | {
      kind: 'ask';
      code: PersonCode;
      models: CodeModels;
      plan: OwnImportPlan;
      skipped: string[];
      group?: { id: string; name: string } | undefined;
    }
  | { kind: 'done'; lines: string[]; group?: boolean };

export function IncomingPanel({ hash }: { hash: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [own, setOwn] = useState(false);

  useEffect(() => {
    loadCodeModels().then(
      (models) => {
        const decoded = decodePersonCode(hash, models);
        if (!decoded.ok) {
          forgetLink();
          setState({ kind: 'error', text: tf('share.link.error', { error: decoded.error }) });
          return;
        }
        const plan = planOwnImport(decoded.value, (tool) => answersStore(tool as ToolId).$stored.get());
        setState({ kind: 'ask', code: decoded.value, models, plan, skipped: decoded.skipped, group: activeGroup() });
      },
      () => setState({ kind: 'error', text: t('share.loadFailed') }),
    );
  }, [hash]);
  // The question is what the reader came for: bring it into view and to the keyboard.
  useEffect(() => {
    if (state.kind === 'loading') return;
    ref.current?.scrollIntoView({ block: 'start' });
    ref.current?.focus();
  }, [state.kind]);

  if (state.kind === 'loading') return null;
  const frame = (children: preact.ComponentChildren, role: 'alert' | 'status' = 'alert') => (
    <div class="notice incoming" ref={ref} tabIndex={-1} role={role} aria-labelledby="incoming-rubrik">
      <h2 id="incoming-rubrik" class="incoming__title">
        {t('incoming.title')}
      </h2>
      {children}
    </div>
  );
  if (state.kind === 'error') return frame(<p>{state.text}</p>);
  if (state.kind === 'done' && state.lines.length === 0) return null;
  if (state.kind === 'done')
    return frame(
      <>
        {state.lines.map((l) => (
          <p key={l}>{l}</p>
        ))}
        {state.group && (
          <p>
            <a class="button" href={url('/workshop/gruppvy/')}>
              {t('incoming.group.show')}
            </a>
          </p>
        )}
      </>,
      'status',
    );

  const { code, models, plan, skipped, group } = state;
  const tools = Object.keys(code.tools);
  const count = Object.values(code.tools).reduce((n, a) => n + Object.keys(a).length, 0);
  const no = (
    <button
      type="button"
      class="button"
      onClick={() => {
        forgetLink();
        setState({ kind: 'done', lines: [] });
      }}
    >
      {t('share.link.no')}
    </button>
  );
  const read = (which: string[]) => {
    for (const tool of which) answersStore(tool as ToolId).replace(code.tools[tool]!);
    leaveExample();
    forgetLink();
    setState({ kind: 'done', lines: [tf('incoming.done', { tools: names(which) })] });
  };
  const addToGroup = async (id: string) => {
    const { collectIntoGroup, $groups } = await import('../../stores/groups');
    const summary = await collectIntoGroup(id, hash, models);
    forgetLink();
    if (!summary) return setState({ kind: 'error', text: t('incoming.group.gone') });
    const round = (() => {
      const g = $groups.get().groups.find((x) => x.id === id);
      return g ? currentRound(g) : undefined;
    })();
    const who = (memberId: string | undefined) => {
      const m = round?.members.find((x) => x.id === memberId);
      return round && m ? memberLabel(round, m, false) : '';
    };
    const words = collectWords(summary, Object.fromEntries(tools.map((x) => [x, toolName(x)])), who, shortTime);
    setState({ kind: 'done', group: true, lines: [words.read, ...words.people, ...words.notRead] });
  };

  const summary = (
    <>
      <p>{tf('incoming.summary', { tools: names(tools), n: count, date: shortTime(code.time) })}</p>
      {skipped.length > 0 && <p>{tf('incoming.skipped', { tools: list(skipped) })}</p>}
    </>
  );

  if (group && !own)
    return frame(
      <>
        {summary}
        <p>{tf('incoming.group.intro', { group: group.name })}</p>
        <p class="tool-actions">
          <button type="button" class="button button--primary" onClick={() => void addToGroup(group.id)}>
            {t('incoming.group.add')}
          </button>
          <button type="button" class="button" onClick={() => setOwn(true)}>
            {t('incoming.group.own')}
          </button>
          {no}
        </p>
      </>,
    );

  return frame(
    <>
      {summary}
      {plan.take.length === 0 && plan.conflicts.length === 0 ? (
        <p>{t('incoming.same')}</p>
      ) : (
        <>
          <p>{t('incoming.ask')}</p>
          {plan.take.some((x) => Object.keys(answersStore(x as ToolId).$stored.get().answers).length > 0) && (
            <p>
              {tf('incoming.replaces', {
                tools: names(plan.take.filter((x) => Object.keys(answersStore(x as ToolId).$stored.get().answers).length > 0)),
              })}
            </p>
          )}
          {plan.conflicts.map((c) => (
            <p key={c.tool}>{tf('incoming.newer', { tool: toolName(c.tool), own: shortTime(c.own), code: shortTime(c.code) })}</p>
          ))}
        </>
      )}
      <p class="tool-actions">
        {plan.take.length > 0 && (
          <button type="button" class="button button--primary" onClick={() => read(plan.take)}>
            {t('incoming.read')}
          </button>
        )}
        {plan.conflicts.length > 0 && (
          <button type="button" class="button" onClick={() => read([...plan.take, ...plan.conflicts.map((c) => c.tool)])}>
            {t('incoming.readAll')}
          </button>
        )}
        {no}
        {!group && (
          <a class="button" href={`${url('/workshop/gruppvy/')}${hash}`}>
            {t('incoming.toGroup')}
          </a>
        )}
      </p>
    </>,
  );
}
