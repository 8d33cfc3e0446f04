// Island: Min självskattning's "Spara, skriv ut och flytta" – print, download the answers as JSON
// or CSV, read a JSON file back. It wakes when the reader comes near it (client:near), below the
// report: the report is the page's first load, and these buttons are needed only by those who
// come down to them. Until it has woken the buttons are disabled, so a press is never lost in
// silence. It reads and writes the same stores as the report, which shows an import at once.
import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { Answers } from '../../lib/answers';
import type { ToolId } from '../../tools/index';
import { TOOL_META } from '../../tools/meta';
import { answersStore, replaceAll } from '../../stores/answers-store';
import { problemText } from '../../ui/tool/save-problem';
import { useOwnAnswers } from '../../ui/tool/use-own-answers';
import { t, tf } from '../../ui/strings-my-assessment-save';
import { download } from './download';
import { loadEntry } from './tool-entries';

const IDS = TOOL_META.map((m) => m.id as ToolId);

export function MyAssessmentSave() {
  // One hook call per tool, always in the same order (the tools' table is fixed).
  const answers = IDS.map((id) => useOwnAnswers(answersStore(id)));
  // Saved text a tool could not read is carried in the export, never dropped.
  const unreadable = IDS.map((id) => useStore(answersStore(id).$unreadable, { ssr: () => null }));
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [awake, setAwake] = useState(false);
  useEffect(() => setAwake(true), []);
  const stamp = () => new Date().toISOString().slice(0, 10);
  const loadAll = () => Promise.all(IDS.map(loadEntry)).then((all) => Object.fromEntries(all.map((e) => [e.id, e])));

  const exportJson = async () => {
    const { buildExport } = await import('../../lib/export');
    const tools: Record<string, Answers> = {};
    const kept: Record<string, string> = {};
    IDS.forEach((id, i) => {
      tools[id] = answers[i] ?? {};
      const u = unreadable[i];
      if (u) kept[id] = u.raw;
    });
    download(`min-sjalvskattning-${stamp()}.json`, 'application/json', buildExport(tools, new Date(), kept));
  };
  const exportCsv = async () => {
    const loaded = await Promise.all([import('../../lib/export'), loadAll()]).catch(() => null);
    if (!loaded) return setMessage({ kind: 'error', text: t('myAssessment.failed') });
    const [{ toCsv }, all] = loaded;
    download(`min-sjalvskattning-${stamp()}.csv`, 'text/csv;charset=utf-8', toCsv(IDS.flatMap((id, i) => all[id]!.rows(answers[i] ?? {}))));
  };
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const loaded = await Promise.all([import('../../lib/export'), loadAll(), file.text()]).catch(() => null);
    if (!loaded) return setMessage({ kind: 'error', text: t('myAssessment.failed') });
    const [{ parseImport }, all, text] = loaded;
    const spaces = Object.fromEntries(IDS.map((id) => [id, all[id]!.space]));
    const result = parseImport(text, spaces);
    if (!result.ok) {
      setMessage({ kind: 'error', text: tf('myAssessment.import.error', { error: result.error }) });
      return;
    }
    // All tools in the file are written as one change: on a full storage none is, and the reader is told.
    const changes = IDS.flatMap((id) => (Object.hasOwn(result.tools, id) ? [[all[id]!.store, result.tools[id]!] as const] : []));
    const saved = replaceAll(changes);
    if (!saved.ok) {
      setMessage({ kind: 'error', text: tf('myAssessment.import.unsaved', { problem: problemText(saved.problem) }) });
      return;
    }
    const n = changes.length;
    const skipped = result.dropped > 0 ? tf('myAssessment.import.skipped', { n: result.dropped }) : '';
    setMessage({ kind: 'ok', text: tf('myAssessment.import.done', { n, skipped }) });
  };

  return (
    <section class="my-assessment no-print" aria-labelledby="spara-och-dela">
      <h2 id="spara-och-dela">{t('myAssessment.save.title')}</h2>
      <p>{t('myAssessment.save.intro')}</p>
      <div class="tool-actions">
        <button type="button" class="button" disabled={!awake} onClick={() => window.print()}>
          {t('myAssessment.print')}
        </button>
        <button type="button" class="button" disabled={!awake} onClick={() => void exportJson()}>
          {t('myAssessment.downloadJson')}
        </button>
        <button type="button" class="button" disabled={!awake} onClick={() => void exportCsv()}>
          {t('myAssessment.downloadCsv')}
        </button>
      </div>
      <p>
        <label for="import-file">{t('myAssessment.import.label')}</label>
        <br />
        <input
          id="import-file"
          type="file"
          accept=".json,application/json"
          disabled={!awake}
          onChange={(e) => void importFile(e.currentTarget)}
        />
      </p>
      {message && (
        <p class={message.kind === 'error' ? 'notice' : 'tool__saved'} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
