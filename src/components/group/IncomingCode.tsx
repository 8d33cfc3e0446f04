// A link with "#kod=…" opened on the group view (or sent here from a tool page): say whose answers
// it carries and offer to add them to a group – never without asking.
import { useEffect, useState } from 'preact/hooks';
import { decodeAnswerCode, type AnswerCode, type CodeModel, type CodedTool } from '../../lib/codes/answer-code';
import type { Group } from '../../lib/group/model';
import { t, tf } from '../../ui/strings-group';

export interface IncomingCodeProps {
  models: Partial<Record<CodedTool, CodeModel>>;
  toolNames: Record<string, string>;
  groups: Group[];
  active: Group | undefined;
  onAdd: (groupId: string, code: string) => string;
}

const forgetLink = () => history.replaceState(null, '', window.location.pathname + window.location.search);

export function IncomingCode({ models, toolNames, groups, active, onAdd }: IncomingCodeProps) {
  const [raw, setRaw] = useState('');
  const [incoming, setIncoming] = useState<AnswerCode | null>(null);
  const [message, setMessage] = useState('');
  const [target, setTarget] = useState('');
  const [done, setDone] = useState('');
  useEffect(() => {
    const read = () => {
      if (!window.location.hash.startsWith('#kod=')) return;
      const decoded = decodeAnswerCode(window.location.hash, models);
      setRaw(window.location.hash);
      setIncoming(decoded.ok ? decoded.value : null);
      setMessage(decoded.ok ? '' : tf('group.link.error', { error: decoded.error }));
      if (!decoded.ok) forgetLink();
    };
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);
  const groupId = target || active?.id || '';
  if (message)
    return (
      <p class="notice" role="alert">
        {message}
      </p>
    );
  if (done)
    return (
      <p class="notice" role="status">
        {done}
      </p>
    );
  if (!incoming) return null;
  return (
    <div class="notice group-incoming" role="alert">
      <p>
        {tf('share.link.contains', {
          tool: toolNames[incoming.tool] ?? incoming.tool,
          from: incoming.name ? tf('share.link.from', { name: incoming.name }) : '',
          org: incoming.org ? tf('share.link.org', { org: incoming.org }) : '',
          n: Object.keys(incoming.answers).length,
        })}
      </p>
      {groups.length === 0 ? (
        <p>{t('group.link.noGroups')}</p>
      ) : (
        <p>
          <label>
            {t('group.addToGroup')}{' '}
            <select value={groupId} onChange={(e) => setTarget(e.currentTarget.value)}>
              {groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
          </label>{' '}
          <button
            type="button"
            class="button button--primary"
            onClick={() => {
              setIncoming(null);
              forgetLink();
              setDone(onAdd(groupId, raw));
            }}
          >
            {t('group.link.add')}
          </button>{' '}
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
    </div>
  );
}
