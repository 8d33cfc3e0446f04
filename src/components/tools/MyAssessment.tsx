// Island: "Min självskattning" – every tool's result on one page. The findings of all tools are
// ranked on one severity scale (src/lib/findings.ts), never by comparing percentages from
// different tools; the tools follow in the order of their most severe finding. The per-tool logic
// lives in each src/tools/<id>/ and loads, tool by tool, only for the tools that have answers
// (./tool-entries.ts), with each tool's model as a file (src/ui/tool/model-files.ts), so the
// page's HTML carries no model. Saving and moving the answers is an island of its own below
// (./MyAssessmentSave.tsx).
import { useEffect, useMemo, useState } from 'preact/hooks';
import { url } from '../../lib/url';
import type { ToolReport } from '../../tools/define';
import type { ToolId } from '../../tools/index';
import { TOOL_META, toolPath } from '../../tools/meta';
import { useStore } from '@nanostores/preact';
import { answersStore } from '../../stores/answers-store';
import { problems, rankFindings, SEVERITIES, SEVERITY_LABELS, type Finding } from '../../lib/findings';
import { useLoaded } from '../../ui/tool/use-module';
import { useOwnAnswers } from '../../ui/tool/use-own-answers';
import { t, tf } from '../../ui/strings-my-assessment';
import { useEntries } from './tool-entries';
import { KollenFirst } from './KollenFirst';
import { ExampleInTools } from './ExampleInTools';
import '../../styles/tools.css';

export interface MyAssessmentProps {
  /** Samverkanskollen's item ids per tool: its diagnosis comes first once it has answers */
  kollenItems?: Record<string, string[]>;
}

const IDS = TOOL_META.map((m) => m.id as ToolId);
const NOT_STARTED: ToolReport = { summary: { headline: '', details: [], answered: 0, total: 0 }, findings: [] };

export function MyAssessment({ kollenItems = {} }: MyAssessmentProps) {
  // One hook call per tool, always in the same order (the tools' table is fixed).
  const answers = IDS.map((id) => useOwnAnswers(answersStore(id)));
  // Saved text a tool could not read: shown on its card (and carried in the export), never hidden.
  const unreadable = IDS.map((id) => useStore(answersStore(id).$unreadable, { ssr: () => null }));
  // Each answered tool's scoring, loaded once it has answers.
  const answered = IDS.filter((_, i) => Object.keys(answers[i] ?? {}).length > 0);
  const loaded = useEntries(answered);
  const entries = useMemo(() => Object.fromEntries(loaded.entries.map((e) => [e.id, e])), [loaded.entries.map((e) => e.id).join()]);
  const { failed } = loaded;
  const counting = !loaded.ready;
  const waitText = failed ? t('myAssessment.failed') : t('myAssessment.loading');

  const byTool = useMemo(() => Object.fromEntries(IDS.map((id, i) => [id, answers[i] ?? {}])), answers);
  // Each tool is scored when its part arrives, in that task, and again only when its answers change
  // (an entry keeps its last report): ten tools scored at once made one long task on a slow phone.
  const reports = useMemo(
    () =>
      IDS.map((id, i) => {
        const entry = entries[id];
        const name = TOOL_META[i]!.name;
        const waiting = counting && Object.keys(answers[i] ?? {}).length > 0;
        return { id, name, href: toolPath(id), waiting, report: entry ? entry.report(answers[i] ?? {}) : NOT_STARTED };
      }),
    [entries, counting, ...answers],
  );
  const found = problems(reports.flatMap((r) => r.report.findings));
  const weakest = found[0];
  const strengths = rankFindings(reports.flatMap((r) => r.report.findings.filter((f) => f.rule.severity === 'styrka')));
  // The list of findings is drawn by a block that loads with the first finding.
  const findingsUi = useLoaded(() => import('../../ui/tool/Findings'), found.length + strengths.length > 0);
  const Findings = findingsUi.value?.Findings ?? (() => null);
  // The report shows once it is whole – every tool counted, the check's diagnosis and the list of
  // findings in place (or failed to load, which says so) – not piece by piece: a diagnosis arriving
  // on top would push the read page down a screen (a layout shift of 0.15 on a phone). Until then,
  // in the server's HTML too, a line says it is counting, in a box a screen high so that what
  // follows the report does not move either. The check's section reports itself settled only
  // after the first drawing, so that drawing (with no answers read yet) is never taken as whole.
  const [kollenSettled, setKollenSettled] = useState(false);
  // A case's example may be shown in the tools (this page always gathers the reader's own answers):
  // a note above the report says so.
  const [exampleSettled, setExampleSettled] = useState(false);
  // Once whole it stays shown: answers that change later (an import, another tab) are counted in place.
  const [shown, setShown] = useState(false);
  const listed = found.length + strengths.length === 0 || findingsUi.value !== null || findingsUi.failed;
  const whole = shown || (!counting && kollenSettled && exampleSettled && listed);
  useEffect(() => {
    if (whole && !shown) setShown(true);
  }, [whole]);
  // A tool's place: its most severe finding; tools with none follow in their own order.
  const place = (fs: Finding[]) => {
    const w = problems(fs)[0];
    return w ? SEVERITIES.indexOf(w.rule.severity) * 10_000 + w.rule.order : Number.MAX_SAFE_INTEGER;
  };
  const ranked = [...reports].sort((a, b) => place(a.report.findings) - place(b.report.findings));
  const answeredAny = reports.some((r) => r.report.summary.answered > 0);

  return (
    <div class="my-assessment">
      <div class="my-assessment__report" aria-busy={!whole && !failed}>
        {!whole && (
          <p class="tool__headline" aria-live="polite">
            {waitText}
          </p>
        )}
        <div hidden={!whole}>
          <ExampleInTools onSettled={setExampleSettled} />
          <KollenFirst answers={byTool} items={kollenItems} onSettled={setKollenSettled} />
          {/* Drawn once whole, in one go: drawn hidden it was drawn again with every part that arrived. */}
          {whole && (
            <>
              <section class="tool__result" aria-labelledby="svagaste-lanken">
                <h2 id="svagaste-lanken">{t('myAssessment.weakest.title')}</h2>
                <p class="tool__headline" aria-live="polite">
                  {counting
                    ? waitText
                    : weakest
                      ? `${weakest.tool}: ${weakest.title}`
                      : answeredAny
                        ? t('myAssessment.weakest.none')
                        : t('myAssessment.weakest.empty')}
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
                {ranked.map(({ id, name, href, waiting, report }) => (
                  <li key={id} class="card">
                    <h3>
                      <a href={url(href)}>{name}</a>
                    </h3>
                    {unreadable[IDS.indexOf(id)] && (
                      <p class="notice" data-unreadable>
                        {t('myAssessment.unreadable')}
                      </p>
                    )}
                    {report.summary.answered === 0 ? (
                      <p class="muted">{waiting ? waitText : t('myAssessment.notStarted')}</p>
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
            </>
          )}
        </div>
      </div>
    </div>
  );
}
