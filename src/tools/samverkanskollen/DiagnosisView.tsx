// Er diagnos: the three to five most severe findings, each with the answers behind it, what the
// handbook says and the next step, the section to read and the deep-dive tool; then where the
// answers place you in each model, what holds, and what you do not know. Loaded with import() by
// the check's island and by Min självskattning, so neither page's first script carries it.
import { useMemo } from 'preact/hooks';
import './style.css';
import { SEVERITY_LABELS } from '../../lib/findings';
import { url } from '../../lib/url';
import { t, tf } from '../../ui/strings-kollen';
import type { Models } from '../index';
import { toolMeta } from '../meta';
import { diagnose, type AnswersByTool } from './diagnosis';

export interface DiagnosisViewProps {
  answers: AnswersByTool;
  models: Models;
  /** heading level of the view's own headings: 3 under "Er diagnos" */
  level?: 3 | 4;
}

export function DiagnosisView({ answers, models, level = 3 }: DiagnosisViewProps) {
  // Worked out again only when the answers or models change, not each time the page around it draws.
  const d = useMemo(() => diagnose(answers, models), [answers, models]);
  const H = `h${level}` as 'h3';
  return (
    <div class="diagnosis" data-diagnosis>
      <p class="tool__headline" aria-live="polite">
        {d.findings[0] ? d.findings[0].title : t('kollen.diagnosis.none')}
      </p>
      <p class="muted">{tf('kollen.diagnosis.basis', { n: d.answered, total: d.total })}</p>
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
                {f.toolId !== 'samverkanskollen' && (
                  <span class="diagnosis__deeper">
                    {' · '}
                    {t('kollen.diagnosis.deeper')} <a href={url(f.toolHref)}>{toolMeta(f.toolId)?.name ?? f.tool}</a>
                  </span>
                )}
              </p>
            </li>
          ))}
        </ol>
      )}
      <H>{t('kollen.diagnosis.standings')}</H>
      <dl class="diagnosis__standings">
        {d.standings.map((s) => (
          <div key={s.tool} data-standing={s.tool}>
            <dt>
              <a href={url(s.href)}>{s.name}</a>
            </dt>
            <dd>{s.headline}</dd>
          </div>
        ))}
      </dl>
      {d.strengths.length > 0 && (
        <>
          <H>{t('kollen.diagnosis.strengths')}</H>
          <ul class="diagnosis__strengths">
            {d.strengths.slice(0, 3).map((f) => (
              <li key={f.rule.id}>{f.title}</li>
            ))}
          </ul>
        </>
      )}
      {d.unknown.length > 0 && (
        <>
          <H>{t('kollen.diagnosis.unknowns')}</H>
          <p>{d.unknown.map((b) => b.topic).join(', ')}.</p>
        </>
      )}
    </div>
  );
}
