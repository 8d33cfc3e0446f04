// Island: Samverkanskollen. The check's questions in the bank's order, grouped by topic, each one
// the very item of the tool it comes from: the answer goes into that tool's store, so a question
// is asked once and the deep-dive tool shows it answered (and the other way round, live). The
// diagnosis and the models it reads are loaded once there are answers, so the page stays light.
import './style.css';
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Answers } from '../../lib/answers';
import { QuestionGroup } from '../../ui/tool/QuestionGroup';
import { ScaleQuestion } from '../../ui/tool/ScaleQuestion';
import { StorageNotice } from '../../ui/tool/StorageNotice';
import { useToolAnswers, type ToolAnswers } from '../../ui/tool/use-answers';
import { t, tf } from '../../ui/strings-kollen';
import '../../styles/tools.css';
import type { Models, ToolId } from '../index';
import type { CheckQuestion } from '../../lib/group/kollen';
import type { DiagnosisViewProps } from './DiagnosisView';
import { DIAGNOSIS_FROM } from './ready';
import { allModels } from '../../ui/tool/model-files';
import { useNextTask } from '../../ui/tool/use-module';

interface Loaded {
  View: ComponentType<DiagnosisViewProps>;
  models: Models;
}

export interface SamverkanskollenToolProps {
  /** the bank's questions in order, each the item of the tool that keeps its answer */
  questions: CheckQuestion[];
}

const answerIn = (q: CheckQuestion, answers: Answers | undefined) => {
  const a = answers?.[q.item.id];
  return q.item.options.some((o) => o.id === a) ? a : undefined;
};

export function SamverkanskollenTool({ questions }: SamverkanskollenToolProps) {
  const tools = [...new Set(questions.map((q) => q.tool as ToolId))];
  // One hook per tool, always in the same order (the tools are fixed by the props).
  const saved: Partial<Record<ToolId, ToolAnswers>> = {};
  for (const tool of tools) saved[tool] = useToolAnswers(tool);
  const answersByTool: Partial<Record<ToolId, Answers>> = Object.fromEntries(tools.map((tool) => [tool, saved[tool]!.answers]));

  const answered = questions.filter((q) => answerIn(q, answersByTool[q.tool as ToolId]) !== undefined).length;
  const total = questions.length;
  const topics = [...new Set(questions.map((q) => q.topic))];
  const notice = tools.map((tool) => saved[tool]!.notice).find((n) => n !== null) ?? null;

  const ready = answered >= DIAGNOSIS_FROM;
  const [arrived, setArrived] = useState<Loaded | null>(null);
  // Worked out and drawn in a task after the code and the models have arrived (see useNextTask).
  const loaded = useNextTask(arrived !== null) ? arrived : null;
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!ready || arrived) return;
    // The diagnosis code and every tool's model arrive together, only once there is something to diagnose.
    Promise.all([import('./DiagnosisView'), allModels()])
      .then(([m, models]) => setArrived({ View: m.DiagnosisView, models }))
      .catch(() => setFailed(true));
  }, [ready]);

  return (
    <div class="tool kollen" data-tool="samverkanskollen">
      <StorageNotice message={notice} onDismiss={() => tools.forEach((tool) => saved[tool]!.actions.dismissNotice())} />
      <p class="tool__saved no-print">{t('kollen.saved')}</p>
      {/* The keeper (src/ui/tool/wake.ts) keeps the count before the island wakes: the island wakes near the diagnosis. */}
      <div class="kollen__progress no-print" data-progress={tf('kollen.progress', { n: '{n}', total })}>
        <progress max={total} value={answered} aria-labelledby="kollen-progress" />
        <p id="kollen-progress" role="status" aria-live="polite" aria-atomic="true">
          {tf('kollen.progress', { n: answered, total })}
        </p>
      </div>
      <div class="kollen__questions">
        {topics.map((topic, i) => (
          <QuestionGroup key={topic} id={`kollen-amne-${i + 1}`} title={topic}>
            {questions
              .filter((q) => q.topic === topic)
              .map((q) => (
                <ScaleQuestion
                  key={q.id}
                  tool={q.tool}
                  item={q.item}
                  value={answerIn(q, answersByTool[q.tool as ToolId])}
                  onAnswer={saved[q.tool as ToolId]!.actions.setAnswer}
                  stacked={q.item.options.some((o) => o.label.length > 24)}
                />
              ))}
          </QuestionGroup>
        ))}
      </div>
      <section class="tool__result kollen__diagnosis" aria-labelledby="kollen-diagnos" data-wake>
        <h2 id="kollen-diagnos">{t('kollen.diagnosis.title')}</h2>
        {!ready ? (
          <p class="tool__headline">{tf('kollen.diagnosis.wait', { n: DIAGNOSIS_FROM })}</p>
        ) : loaded ? (
          <loaded.View answers={answersByTool} models={loaded.models} />
        ) : failed ? (
          <p class="notice" role="alert">
            {t('kollen.diagnosis.failed')}
          </p>
        ) : (
          <p class="tool__headline">{t('kollen.diagnosis.loading')}</p>
        )}
        <div class="tool-actions no-print">
          <button type="button" class="button" onClick={() => window.print()}>
            {t('kollen.print')}
          </button>
        </div>
      </section>
    </div>
  );
}
