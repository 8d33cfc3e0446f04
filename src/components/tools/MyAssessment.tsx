// Island: "Min självskattning" – every tool's result on one page. The findings of all tools are
// ranked on one severity scale (src/lib/findings.ts), never by comparing percentages from
// different tools; the tools follow in the order of their most severe finding. Export to JSON
// and CSV, import of the JSON. The per-tool logic lives in each src/tools/<id>/.
import { useState } from 'preact/hooks';
import { buildExport, parseImport, toCsv } from '../../lib/export';
import { url } from '../../lib/url';
import type { Answers } from '../../tools/shared/scale';
import { useStore } from '@nanostores/preact';
import { $example, leaveExample } from '../../stores/example';
import { download } from './download';
import { problems, rankFindings, SEVERITIES, SEVERITY_LABELS, type Finding } from '../../lib/findings';
import { Findings } from '../../ui/tool/Findings';
import { useAnswers } from '../../ui/tool/use-answers';
import { t, tf } from '../../ui/strings';
import { assessmentEntries, type AssessmentModels } from './assessment-entries';
import { KollenFirst } from './KollenFirst';
import '../../styles/tools.css';

export type MyAssessmentProps = AssessmentModels & {
  /** Samverkanskollen's item ids per tool: its diagnosis comes first once it has answers */
  kollenItems?: Record<string, string[]>;
};

export function MyAssessment({ kollenItems = {}, ...models }: MyAssessmentProps) {
  const entries = assessmentEntries(models);
  // One hook call per tool, always in the same order (the entry list is fixed by the props).
  const answers = entries.map((e) => useAnswers(e.store).answers);
  // A case's example may be shown in the tools; this page always gathers the reader's own answers.
  const example = useStore($example, { ssr: () => null });
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const reports = entries.map((e, i) => ({ entry: e, report: e.report(answers[i] ?? {}) }));
  const found = problems(reports.flatMap((r) => r.report.findings));
  const weakest = found[0];
  const strengths = rankFindings(reports.flatMap((r) => r.report.findings.filter((f) => f.rule.severity === 'styrka')));
  // A tool's place: its most severe finding; tools with none follow in their own order.
  const place = (fs: Finding[]) => {
    const w = problems(fs)[0];
    return w ? SEVERITIES.indexOf(w.rule.severity) * 10_000 + w.rule.order : Number.MAX_SAFE_INTEGER;
  };
  const ranked = [...reports].sort((a, b) => place(a.report.findings) - place(b.report.findings));
  const answeredAny = reports.some((r) => r.report.summary.answered > 0);
  const stamp = new Date().toISOString().slice(0, 10);

  const exportJson = () => {
    const tools: Record<string, Answers> = {};
    entries.forEach((e, i) => (tools[e.id] = answers[i] ?? {}));
    download(`min-sjalvskattning-${stamp}.json`, 'application/json', buildExport(tools));
  };
  const exportCsv = () =>
    download(`min-sjalvskattning-${stamp}.csv`, 'text/csv;charset=utf-8', toCsv(entries.flatMap((e, i) => e.rows(answers[i] ?? {}))));
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const spaces = Object.fromEntries(entries.map((e) => [e.id, e.space]));
    const result = parseImport(await file.text(), spaces);
    if (!result.ok) {
      setMessage({ kind: 'error', text: tf('myAssessment.import.error', { error: result.error }) });
      return;
    }
    for (const e of entries) {
      const imported = result.tools[e.id];
      if (imported) e.store.replace(imported);
    }
    const n = Object.keys(result.tools).length;
    const skipped = result.dropped > 0 ? tf('myAssessment.import.skipped', { n: result.dropped }) : '';
    setMessage({ kind: 'ok', text: tf('myAssessment.import.done', { n, skipped }) });
  };

  return (
    <div class="my-assessment">
      {example && (
        <div class="example-banner">
          <p>{tf('myAssessment.example', { title: example.title })}</p>
          <button type="button" class="button" onClick={leaveExample}>
            {t('myAssessment.example.leave')}
          </button>
        </div>
      )}
      <KollenFirst answers={Object.fromEntries(entries.map((e, i) => [e.id, answers[i] ?? {}]))} models={models} items={kollenItems} />
      <section class="tool__result" aria-labelledby="svagaste-lanken">
        <h2 id="svagaste-lanken">{t('myAssessment.weakest.title')}</h2>
        <p class="tool__headline" aria-live="polite">
          {weakest ? `${weakest.tool}: ${weakest.title}` : answeredAny ? t('myAssessment.weakest.none') : t('myAssessment.weakest.empty')}
        </p>
        {weakest && <p>{tf('myAssessment.weakest.order', { severest: SEVERITY_LABELS.kritisk.toLowerCase() })}</p>}
        {found.length > 0 && <Findings findings={found} withTool />}
        {strengths.length > 0 && (
          <>
            <h3>{t('myAssessment.strengths')}</h3>
            <Findings findings={strengths} withTool />
          </>
        )}
      </section>

      <h2>{t('myAssessment.all')}</h2>
      <ol class="my-assessment__list">
        {ranked.map(({ entry, report }) => (
          <li key={entry.id} class="card">
            <h3>
              <a href={url(entry.href)}>{entry.name}</a>
            </h3>
            {report.summary.answered === 0 ? (
              <p class="muted">{t('myAssessment.notStarted')}</p>
            ) : (
              <>
                <p>
                  <strong>{report.summary.headline}</strong>
                </p>
                {report.summary.details.length > 0 && (
                  <ul>
                    {report.summary.details.map((d) => (
                      <li key={d}>{d}</li>
                    ))}
                  </ul>
                )}
                <p class="muted">{tf('myAssessment.answered', { n: report.summary.answered, total: report.summary.total })}</p>
              </>
            )}
          </li>
        ))}
      </ol>

      <section class="no-print" aria-labelledby="spara-och-dela">
        <h2 id="spara-och-dela">{t('myAssessment.save.title')}</h2>
        <p>{t('myAssessment.save.intro')}</p>
        <div class="tool-actions">
          <button type="button" class="button" onClick={() => window.print()}>
            {t('tool.print')}
          </button>
          <button type="button" class="button" onClick={exportJson}>
            {t('myAssessment.downloadJson')}
          </button>
          <button type="button" class="button" onClick={exportCsv}>
            {t('myAssessment.downloadCsv')}
          </button>
        </div>
        <p>
          <label for="import-file">{t('myAssessment.import.label')}</label>
          <br />
          <input id="import-file" type="file" accept=".json,application/json" onChange={(e) => void importFile(e.currentTarget)} />
        </p>
        {message && (
          <p class={message.kind === 'error' ? 'notice' : 'tool__saved'} role={message.kind === 'error' ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
      </section>
    </div>
  );
}
