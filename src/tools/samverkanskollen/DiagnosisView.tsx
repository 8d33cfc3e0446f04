// Er diagnos: the most severe findings, each with the answers behind it, what the handbook says,
// the next step and where to read and dig deeper; then where the answers place you in each
// model, and what you do not know. Loaded with import() by the check's island and by Min
// självskattning, so that neither page's first script carries the diagnosis.
import type { Answers } from '../../lib/answers';
import { SEVERITY_LABELS } from '../../lib/findings';
import { url } from '../../lib/url';
import { t } from '../../ui/strings';
import type { Models, ToolId } from '../index';
import { diagnose } from './standin';

export interface DiagnosisViewProps {
  answers: Partial<Record<ToolId, Answers>>;
  models: Partial<Models>;
  /** heading level of the view's own headings (3 under the check's "Er diagnos") */
  level?: 3 | 4;
}

export function DiagnosisView({ answers, level = 3 }: DiagnosisViewProps) {
  const d = diagnose(answers);
  const H = `h${level}` as 'h3';
  return (
    <div class="diagnosis" data-diagnosis>
      <p class="tool__headline" aria-live="polite">
        {d.findings[0] ? d.findings[0].title : t('kollen.diagnosis.none')}
      </p>
      {d.findings.length > 0 && (
        <ol class="findings diagnosis__findings">
          {d.findings.map((f) => (
            <li key={f.rule.id} class={`finding finding--${f.rule.severity}`} data-rule={f.rule.id}>
              <p class="finding__title">
                <span class="finding__severity">{SEVERITY_LABELS[f.rule.severity]}</span> {f.title}
              </p>
              <p>{f.advice}</p>
              {f.because.length > 0 && (
                <p class="diagnosis__because">
                  <span class="diagnosis__label">{t('kollen.diagnosis.because')}</span> {f.because.join('; ')}
                </p>
              )}
              <p class="finding__read">
                {t('tool.readNext')}: <a href={url(f.read.href)}>{f.read.label}</a>
              </p>
            </li>
          ))}
        </ol>
      )}
      {d.standings.length > 0 && (
        <>
          <H>{t('kollen.diagnosis.standings')}</H>
          <dl class="diagnosis__standings">
            {d.standings.map((s) => (
              <div key={s.tool}>
                <dt>
                  <a href={url(s.href)}>{s.name}</a>
                </dt>
                <dd>{s.text}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      {d.unknowns.length > 0 && (
        <>
          <H>{t('kollen.diagnosis.unknowns')}</H>
          <ul>
            {d.unknowns.map((u) => (
              <li key={u}>{u}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
