// Three ways into the group: paste codes or links (one per line), read files (codes, a person's
// "Min självskattning" export, or a whole group file), or answer in turn on this device.
import { useState } from 'preact/hooks';
import type { LineReport } from '../../stores/groups';
import type { GroupToolSpec } from '../../lib/group/spec';
import type { Answers } from '../../tools/shared/scale';
import { t, tf } from '../../ui/strings-group';
import { ScanLauncher } from './ScanLauncher';
import { TurnForm } from './TurnForm';

export interface AddMembersProps {
  specs: GroupToolSpec[];
  onCodes: (text: string) => LineReport[];
  onFile: (text: string, fileName: string) => string;
  onTurn: (tool: string, answers: Answers, name: string, org: string) => string;
  /** "Visa namn": the camera scanner names people only when it is on */
  showNames?: boolean;
}

export function AddMembers({ specs, onCodes, onFile, onTurn, showNames = false }: AddMembersProps) {
  const [text, setText] = useState('');
  const [reports, setReports] = useState<LineReport[]>([]);
  const [fileMessages, setFileMessages] = useState<string[]>([]);
  const paste = () => {
    const r = onCodes(text);
    setReports(r);
    // Keep every line not added – failed, not read (beyond the limit) or not stored – so that
    // it can be fixed or tried again; the good ones are in the group.
    const added = new Set(r.filter((x) => x.ok).map((x) => x.line));
    const lines = text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
    setText(lines.filter((_, i) => !added.has(i + 1)).join('\n'));
  };
  const readFiles = async (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    input.value = '';
    const messages: string[] = [];
    for (const f of files.slice(0, 100)) messages.push(`${f.name}: ${onFile(await f.text(), f.name)}`);
    setFileMessages(messages);
  };
  return (
    <section class="group-add no-print" aria-labelledby="grupp-lagg-till">
      <h3 id="grupp-lagg-till">{t('group.add.title')}</h3>
      <ScanLauncher showNames={showNames} onText={(text) => onCodes(text)[0]} />
      <div class="group-add__way">
        <h4>{t('group.add.paste.title')}</h4>
        <label for="grupp-koder">{t('group.add.paste.label')}</label>
        <textarea id="grupp-koder" rows={4} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        <button type="button" class="button button--primary" onClick={paste} disabled={!text.trim()}>
          {t('group.addToGroup')}
        </button>
        {reports.length > 0 && (
          <ul class="group-add__report" role="status">
            {reports.map((r, i) => (
              <li key={i} class={r.ok ? 'ok' : 'error'}>
                {r.line ? tf('group.line', { line: r.line, message: r.message }) : r.message}
              </li>
            ))}
          </ul>
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
