// Three ways into the group: paste anything holding codes or links (a whole chat or e-mail), read
// files (codes, a person's "Min självskattning" export, or a whole group file), or answer in turn
// on this device. The paste report says what was read and what was not, people as "Person N"
// unless names are shown.
import type * as CollectLazyModule from './collect-lazy';
import { useState } from 'preact/hooks';
import type { Collected } from '../../stores/groups';
import type { GroupToolSpec } from '../../lib/group/spec';
import type { Answers } from '../../tools/shared/scale';
import { t, tf } from '../../ui/strings-group';
import { problemText } from '../../ui/tool/save-problem';
import { ScanLauncher } from './ScanLauncher';
import type { ScanOutcome } from './scan/CameraScanner';
import { TurnForm } from './TurnForm';

type CollectLazy = typeof CollectLazyModule;

export interface AddMembersProps {
  specs: GroupToolSpec[];
  /** reads every code in the text into the group (see collectIntoGroup in src/stores/groups.ts) */
  onCodes: (text: string) => Promise<Collected | null>;
  toolNames: Record<string, string>;
  /** how a member is named in the report: "Person N", or the name when names are shown */
  who: (memberId: string | undefined) => string;
  onFile: (text: string, fileName: string) => Promise<string> | string;
  onTurn: (tool: string, answers: Answers, name: string, org: string) => string;
  /** "Visa namn": the camera scanner names people only when it is on */
  showNames?: boolean;
}

/** What the reader must know beyond the codes: nothing stored, the group gone, lines left unread. */
function trouble(r: Collected | null): string | null {
  if (!r) return t('group.gone');
  if (r.problem) return tf('group.notAdded', { problem: problemText(r.problem) });
  return r.restLines > 0 ? tf('group.paste.rest', { max: r.readLines, n: r.restLines }) : null;
}

const TAKEN = new Set(['added', 'joined', 'updated']);

export function AddMembers({ specs, onCodes, toolNames, who, onFile, onTurn, showNames = false }: AddMembersProps) {
  const [text, setText] = useState('');
  const [summary, setSummary] = useState<Collected | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [words, setWords] = useState<CollectLazy | null>(null);
  const [fileMessages, setFileMessages] = useState<string[]>([]);
  const paste = async () => {
    const [r, lazy] = await Promise.all([onCodes(text), import('./collect-lazy')]);
    setWords(lazy);
    setSummary(r && !r.problem ? r : null);
    setNote(trouble(r));
    // What was read leaves the box: a pasted chat holds names, and the screen may be projected. The
    // report names the lines that were not read; the sender still has them in the chat. When
    // nothing could be stored, everything stays; lines beyond the limit stay to be added next.
    if (r && !r.problem) setText(r.rest);
  };
  /** One scanned code, as the scanner reports it: taken in or not, in words (names only if shown). */
  const scanned = async (code: string): Promise<ScanOutcome> => {
    const [r, lazy] = await Promise.all([onCodes(code), import('./collect-lazy')]);
    const problem = trouble(r);
    if (!r || problem) return { ok: false, message: problem ?? '' };
    const words = lazy.collectWords(r, toolNames, who, lazy.shortTime);
    return { ok: r.codes.some((c) => TAKEN.has(c.outcome)), message: words.people[0] ?? words.notRead[0] ?? words.read };
  };
  const report = summary && words ? words.collectWords(summary, toolNames, who, words.shortTime) : null;
  const readFiles = async (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    input.value = '';
    const messages: string[] = [];
    for (const f of files.slice(0, 100)) messages.push(`${f.name}: ${await onFile(await f.text(), f.name)}`);
    setFileMessages(messages);
  };
  return (
    <section class="group-add no-print" aria-labelledby="grupp-lagg-till">
      <h3 id="grupp-lagg-till">{t('group.add.title')}</h3>
      <ScanLauncher showNames={showNames} onText={scanned} />
      <div class="group-add__way">
        <h4>{t('group.add.paste.title')}</h4>
        <label for="grupp-koder">{t('group.add.paste.label')}</label>
        <textarea id="grupp-koder" rows={6} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        <button type="button" class="button button--primary" onClick={() => void paste()} disabled={!text.trim()}>
          {t('group.addToGroup')}
        </button>
        {note && (
          <p class="notice" role="alert">
            {note}
          </p>
        )}
        {report && (
          <div class="group-add__report" role="status">
            <p>
              <strong>{report.read}</strong>
            </p>
            {report.people.length > 0 && (
              <ul>
                {report.people.map((line, i) => (
                  <li key={i} class="ok">
                    {line}
                  </li>
                ))}
              </ul>
            )}
            {report.notRead.length > 0 && (
              <>
                <p>{report.notReadTitle}</p>
                <ul>
                  {report.notRead.map((line, i) => (
                    <li key={i} class="error">
                      {line}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
      </div>
      <div class="group-add__way">
        <h4>{t('group.add.files.title')}</h4>
        <label>
          {t('group.add.files.label')}{' '}
          <input type="file" accept=".json,.txt,application/json,text/plain" multiple onChange={(e) => void readFiles(e.currentTarget)} />
        </label>
        {fileMessages.length > 0 && (
          <ul class="group-add__report" role="status">
            {fileMessages.map((m, i) => (
              <li key={i}>{m}</li>
            ))}
          </ul>
        )}
      </div>
      <details class="group-add__way">
        <summary>{t('group.add.turn.title')}</summary>
        <p>{t('group.add.turn.intro')}</p>
        <TurnForm specs={specs} onDone={onTurn} />
      </details>
    </section>
  );
}
