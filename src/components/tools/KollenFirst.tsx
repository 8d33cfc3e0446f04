// Min självskattning's first section: Samverkanskollen's diagnosis, loaded with import() together
// with every tool's model once the check has enough answers – or a way to the check when it has none.
import { useEffect } from 'preact/hooks';
import type { Answers } from '../../lib/answers';
import { url } from '../../lib/url';
import type { ToolId } from '../../tools/index';
import { DIAGNOSIS_FROM, kollenAnswered } from '../../tools/samverkanskollen/ready';
import { t, tf } from '../../ui/strings-my-assessment';
import { useModule, useNextTask } from '../../ui/tool/use-module';
import { useAllModels } from '../../ui/tool/model-files';

export interface KollenFirstProps {
  answers: Partial<Record<ToolId, Answers>>;
  /** the check's item ids per tool */
  items: Record<string, string[]>;
  /** told whether the section shows what it will keep showing (the diagnosis, a failure, or why there is none) or is still loading */
  onSettled?: ((settled: boolean) => void) | undefined;
}

export function KollenFirst({ answers, items, onSettled }: KollenFirstProps) {
  const ready = kollenAnswered(answers, items) >= DIAGNOSIS_FROM;
  const View = useModule(() => import('../../tools/samverkanskollen/DiagnosisView').then((m) => m.DiagnosisView), ready);
  const { value: models, failed } = useAllModels(ready);
  // The diagnosis is worked out and drawn in a task after its code and the models have arrived.
  const drawn = useNextTask(View !== null && models !== null);
  const settled = !ready || drawn || failed;
  useEffect(() => onSettled?.(settled), [settled]);
  return (
    <section class="tool__result my-assessment__kollen" aria-labelledby="kollen-diagnos">
      <h2 id="kollen-diagnos">
        {t('kollen.myAssessment.title')}: {t('kollen.diagnosis.title').toLowerCase()}
      </h2>
      {!ready ? (
        <p>{kollenAnswered(answers, items) === 0 ? t('kollen.myAssessment.empty') : tf('kollen.diagnosis.wait', { n: DIAGNOSIS_FROM })}</p>
      ) : drawn && View && models ? (
        <View answers={answers} models={models} />
      ) : failed ? (
        <p role="alert">{t('myAssessment.failed')}</p>
      ) : (
        <p>{t('kollen.diagnosis.loading')}</p>
      )}
      <p class="no-print">
        <a href={url('/verktyg/samverkanskollen/')}>{t('kollen.myAssessment.open')}</a>
      </p>
    </section>
  );
}
