// Min självskattning's first section: Samverkanskollen's diagnosis, loaded with import() once the
// check has enough answers – or a way to the check when it has none.
import type { Answers } from '../../lib/answers';
import { url } from '../../lib/url';
import type { Models, ToolId } from '../../tools/index';
import { DIAGNOSIS_FROM, kollenAnswered } from '../../tools/samverkanskollen/ready';
import { t, tf } from '../../ui/strings';
import { useModule } from '../../ui/tool/use-module';

export interface KollenFirstProps {
  answers: Partial<Record<ToolId, Answers>>;
  models: Models;
  /** the check's item ids per tool */
  items: Record<string, string[]>;
}

export function KollenFirst({ answers, models, items }: KollenFirstProps) {
  const ready = kollenAnswered(answers, items) >= DIAGNOSIS_FROM;
  const View = useModule(() => import('../../tools/samverkanskollen/DiagnosisView').then((m) => m.DiagnosisView), ready);
  return (
    <section class="tool__result my-assessment__kollen" aria-labelledby="kollen-diagnos">
      <h2 id="kollen-diagnos">
        {t('kollen.myAssessment.title')}: {t('kollen.diagnosis.title').toLowerCase()}
      </h2>
      {!ready ? (
        <p>{kollenAnswered(answers, items) === 0 ? t('kollen.myAssessment.empty') : tf('kollen.diagnosis.wait', { n: DIAGNOSIS_FROM })}</p>
      ) : View ? (
        <View answers={answers} models={models} />
      ) : (
        <p>{t('kollen.diagnosis.loading')}</p>
      )}
      <p class="no-print">
        <a href={url('/verktyg/samverkanskollen/')}>{t('kollen.myAssessment.open')}</a>
      </p>
    </section>
  );
}
