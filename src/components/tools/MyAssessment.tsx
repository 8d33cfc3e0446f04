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
import { assessmentEntries, type AssessmentModels } from './assessment-entries';
import '../../styles/tools.css';

export type MyAssessmentProps = AssessmentModels;

export function MyAssessment(models: MyAssessmentProps) {
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
      setMessage({ kind: 'error', text: `${result.error} Inga svar har ändrats.` });
      return;
    }
    for (const e of entries) {
      const imported = result.tools[e.id];
      if (imported) e.store.replace(imported);
    }
    const n = Object.keys(result.tools).length;
    const skipped = result.dropped > 0 ? ` ${result.dropped} svar passade inte frågorna i den här versionen och lästes inte in.` : '';
    setMessage({ kind: 'ok', text: `Svaren i ${n} ${n === 1 ? 'verktyg' : 'verktyg'} är inlästa från filen.${skipped}` });
  };

  return (
    <div class="my-assessment">
      {example && (
        <div class="example-banner">
          <p>
            Verktygen visar just nu exemplet från fallstudien {example.title}. Här ser du ändå bara dina egna svar, och det är de som laddas
            ner.
          </p>
          <button type="button" class="button" onClick={leaveExample}>
            Visa mina egna svar i verktygen igen
          </button>
        </div>
      )}
      <section class="tool__result" aria-labelledby="svagaste-lanken">
        <h2 id="svagaste-lanken">Den svagaste länken</h2>
        <p class="tool__headline" aria-live="polite">
          {weakest
            ? `${weakest.tool}: ${weakest.title}`
            : answeredAny
              ? 'Dina svar pekar inte på något som brister. Pröva dem gärna tillsammans med de andra i gruppen.'
              : 'Du har inte svarat i något verktyg ännu. Börja med det som ligger närmast er fråga.'}
        </p>
        {weakest && (
          <p>
            En kedja brister där den är svagast. Fynden står i ordning efter hur allvarliga de är, {SEVERITY_LABELS.kritisk.toLowerCase()}{' '}
            först, och inom samma grad i handbokens ordning: ledning och mandat före resurser, mål, process och hinder.
          </p>
        )}
        {found.length > 0 && <Findings findings={found} withTool />}
        {strengths.length > 0 && (
          <>
            <h3>Det som bär</h3>
            <Findings findings={strengths} withTool />
          </>
        )}
      </section>

      <h2>Alla resultat, det mest allvarliga först</h2>
      <ol class="my-assessment__list">
        {ranked.map(({ entry, report }) => (
          <li key={entry.id} class="card">
            <h3>
              <a href={url(entry.href)}>{entry.name}</a>
            </h3>
            {report.summary.answered === 0 ? (
              <p class="muted">Inte påbörjat.</p>
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
                <p class="muted">
                  {report.summary.answered} av {report.summary.total} frågor besvarade.
                </p>
              </>
            )}
          </li>
        ))}
      </ol>

      <section class="no-print" aria-labelledby="spara-och-dela">
        <h2 id="spara-och-dela">Spara, skriv ut och flytta</h2>
        <p>Svaren finns bara i den här webbläsaren. Ladda ner dem för att spara en kopia eller flytta dem till en annan dator.</p>
        <div class="tool-actions">
          <button type="button" class="button" onClick={() => window.print()}>
            Skriv ut
          </button>
          <button type="button" class="button" onClick={exportJson}>
            Ladda ner svaren (JSON)
          </button>
          <button type="button" class="button" onClick={exportCsv}>
            Ladda ner som tabell (CSV)
          </button>
        </div>
        <p>
          <label for="import-file">Läs in svar från en JSON-fil (ersätter svaren i de verktyg som finns i filen):</label>
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
