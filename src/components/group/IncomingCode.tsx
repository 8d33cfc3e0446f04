// A link with "#kod=…" opened on the group view (or sent here from a tool page): at the top of the
// page, scrolled into view and focused, it says what the link carries and offers "Lägg till i
// gruppen" as the main action – never without asking. The person is named only when the
// facilitator shows names; the outcome is told as for pasted text (one member per person, newer
// answers winning).
import type * as CollectLazyModule from './collect-lazy';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CodeModels, PersonCode } from '../../lib/codes/person-code';
import type { CollectSummary } from '../../lib/group/collect';
import { currentRound, memberLabel, type Group } from '../../lib/group/model';
import { collectIntoGroup } from '../../stores/groups';
import { t, tf } from '../../ui/strings-group-shell';
import { codeModelsOf, loadSpecs } from './group-specs';

type CollectLazy = typeof CollectLazyModule;

export interface IncomingCodeProps {
  toolNames: Record<string, string>;
  groups: Group[];
  active: Group | undefined;
  showNames: boolean;
}

const forgetLink = () => history.replaceState(null, '', window.location.pathname + window.location.search);

export function IncomingCode({ toolNames, groups, active, showNames }: IncomingCodeProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [raw, setRaw] = useState('');
  const [incoming, setIncoming] = useState<{ code: PersonCode; skipped: string[] } | null>(null);
  const [message, setMessage] = useState('');
  const [target, setTarget] = useState('');
  const [done, setDone] = useState<{ groupId: string; summary: CollectSummary } | null>(null);
  const [lazy, setLazy] = useState<CollectLazy | null>(null);
  const [models, setModels] = useState<CodeModels>({});
  useEffect(() => {
    const read = async () => {
      if (!window.location.hash.startsWith('#kod=')) return;
      const hash = window.location.hash;
      // The code reader and the tools' questions load only when a link brings a code.
      const loaded = await Promise.all([import('./collect-lazy'), loadSpecs()]).catch(() => null);
      if (!loaded) {
        setMessage(t('group.failed'));
        return;
      }
      const [words, specs] = loaded;
      const models = codeModelsOf(specs);
      setLazy(words);
      setModels(models);
      const decoded = words.decodePersonCode(hash, models);
      setRaw(hash);
      setDone(null);
      setIncoming(decoded.ok ? { code: decoded.value, skipped: decoded.skipped } : null);
      setMessage(decoded.ok ? '' : tf('group.link.error', { error: decoded.error }));
      if (!decoded.ok) forgetLink();
    };
    const onHash = () => void read();
    onHash();
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const showing = !!(message || done || incoming);
  // The link is what the facilitator opened the page for: bring its question to the top.
  useEffect(() => {
    if (!showing) return;
    ref.current?.scrollIntoView({ block: 'start' });
    ref.current?.focus();
  }, [showing, raw]);

  if (!showing) return null;
  const frame = (children: preact.ComponentChildren, role: 'alert' | 'status' = 'alert') => (
    <div class="notice group-incoming" ref={ref} tabIndex={-1} role={role} aria-labelledby="grupp-lank-rubrik">
      <h2 id="grupp-lank-rubrik" class="incoming__title">
        {t('incoming.title')}
      </h2>
      {children}
    </div>
  );
  if (message) return frame(<p>{message}</p>);
  if (!lazy) return null;
  if (done) {
    const group = groups.find((g) => g.id === done.groupId);
    const round = group ? currentRound(group) : undefined;
    const who = (id: string | undefined) => {
      const m = round?.members.find((x) => x.id === id);
      return round && m ? memberLabel(round, m, showNames) : '';
    };
    const words = lazy.collectWords(done.summary, toolNames, who, lazy.shortTime);
    return frame(
      <>
        <p>{words.read}</p>
        {[...words.people, ...words.notRead].map((line) => (
          <p key={line}>{line}</p>
        ))}
      </>,
      'status',
    );
  }
  if (!incoming) return null;
  const { code, skipped } = incoming;
  const who = [code.name, code.org].filter(Boolean).join(', ');
  const groupId = target || active?.id || '';
  return frame(
    <>
      {/* The sender is named only when the facilitator shows names (the screen may be projected). */}
      {lazy.incomingWords(code, skipped, toolNames, showNames && who ? who : undefined).map((line) => (
        <p key={line}>{line}</p>
      ))}
      {groups.length === 0 ? (
        <p>{t('group.link.noGroups')}</p>
      ) : (
        <p class="tool-actions">
          {groups.length > 1 && (
            <label>
              {t('group.link.target')}{' '}
              <select value={groupId} onChange={(e) => setTarget(e.currentTarget.value)}>
                {groups.map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <button
            type="button"
            class="button button--primary"
            onClick={() => {
              forgetLink();
              setIncoming(null);
              void collectIntoGroup(groupId, raw, models).then((summary) =>
                summary ? setDone({ groupId, summary }) : setMessage(t('incoming.group.gone')),
              );
            }}
          >
            {groups.length === 1 ? tf('group.link.addTo', { group: groups[0]!.name }) : t('group.addToGroup')}
          </button>
          <button
            type="button"
            class="button"
            onClick={() => {
              setIncoming(null);
              forgetLink();
            }}
          >
            {t('share.link.no')}
          </button>
        </p>
      )}
    </>,
  );
}
