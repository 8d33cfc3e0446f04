// Island: Var är vi i processen? Thin: the store keeps the answers, src/lib/scoring computes and
// words the result; this component only lays them out.
import '../../styles/tools.css';
import './style.css';
import { fitAnswers } from '../../lib/answers';
import { processSpace, scoreProcess, UNKNOWN } from './score';
import { describeProcess } from './words';
import { url } from '../../lib/url';
import { AGREEMENT_LABELS } from '../shared/scale';
import type { PhaseTrack, ProcessModel } from './schema';
import { answersStore } from '../../stores/answers-store';
import { t } from '../../ui/strings';
import { AgreementQuestion } from '../../ui/tool/AgreementQuestion';
import { ProcessFigure } from './ProcessFigure';
import { StorageNotice } from '../../ui/tool/StorageNotice';
import { ToolActions } from '../../ui/tool/ToolActions';
import { useAnswers } from '../../ui/tool/use-answers';

const processStore = answersStore('processen');

export interface ProcessToolProps {
  model: ProcessModel;
}

const ID = 'processen';

interface Option {
  id: string;
  label: string;
  detail?: string | undefined;
}

interface ChoiceProps {
  item: string;
  question: string;
  options: Option[];
  value: string | undefined;
}

/** A question with its own options, one per line (plus "Vet inte"), each with an optional description. */
function ChoiceQuestion({ item, question, options, value }: ChoiceProps) {
  const all: Option[] = [...options, { id: UNKNOWN, label: AGREEMENT_LABELS['vet-inte'] }];
  return (
    <fieldset class="question">
      <legend>{question}</legend>
      <div class="question__options question__options--stacked">
        {all.map((o) => (
          <label key={o.id} class="question__option process__option">
            <input type="radio" name={`${ID}-${item}`} value={o.id} checked={value === o.id} onChange={() => processStore.setAnswer(item, o.id)} />
            <span class="process__option-text">
              <span>{o.label}</span>
              {o.detail && <span class="process__summary">{o.detail}</span>}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

const phaseOptions = (track: PhaseTrack): Option[] => [
  { id: track.notStarted.id, label: track.notStarted.label },
  ...track.phases.map((p) => ({ id: p.id, label: `Fas ${p.number}: ${p.name}`, detail: p.focus })),
];

export function ProcessTool({ model }: ProcessToolProps) {
  const saved = useAnswers(processStore);
  const { answers } = fitAnswers(saved.answers, processSpace(model));
  const result = scoreProcess(model, answers);
  const text = describeProcess(model, result);
  const showFigure = result.leadership.number !== undefined || result.project.number !== undefined;
  const agree = (id: string, question: string) => (
    <AgreementQuestion name={`${ID}-${id}`} question={question} value={answers[id]} onChange={(v) => processStore.setAnswer(id, v)} />
  );

  return (
    <div class="tool process" data-tool={ID}>
      <StorageNotice message={saved.notice} onDismiss={processStore.dismissNotice} />
      <p class="tool__saved no-print">{t('tool.saved')}</p>

      <section class="tool__group" aria-labelledby={`${ID}-faser`}>
        <h2 id={`${ID}-faser`}>Var står ni?</h2>
        <p class="tool__hint">Faserna glider in i varandra. Välj den som bäst beskriver vad ni mest arbetar med nu.</p>
        <ChoiceQuestion item={model.leadership.id} question={model.leadership.question} options={phaseOptions(model.leadership)} value={answers[model.leadership.id]} />
        <ChoiceQuestion item={model.project.id} question={model.project.question} options={phaseOptions(model.project)} value={answers[model.project.id]} />
      </section>

      <section class="tool__group" aria-labelledby={`${ID}-malgrupp`}>
        <h2 id={`${ID}-malgrupp`}>Målgruppen och överlämningen</h2>
        {agree(model.targetGroup.id, model.targetGroup.question)}
        {agree(model.handover.id, model.handover.question)}
      </section>

      <section class="tool__group" aria-labelledby={`${ID}-tidsplan`}>
        <h2 id={`${ID}-tidsplan`}>Tidsplanen</h2>
        <p class="tool__hint">Välj det som ligger närmast er plan. Verktyget jämför med vad erfarenheten säger.</p>
        {model.timePlan.map((c) => (
          <ChoiceQuestion key={c.id} item={c.id} question={c.question} options={c.bands} value={answers[c.id]} />
        ))}
      </section>

      <section class="tool__result" aria-labelledby={`${ID}-resultat`}>
        <h2 id={`${ID}-resultat`}>{t('tool.result')}</h2>
        <p class="tool__headline" aria-live="polite">
          {text.headline}
        </p>
        {showFigure && <ProcessFigure model={model} leadership={result.leadership.number} project={result.project.number} />}
        <div class="process__lines">
          {text.phaseLines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
        {text.handoverLines.length > 0 && (
          <>
            <h3>Överlämningen</h3>
            {text.handoverLines.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </>
        )}
        {text.timeLines.length > 0 && (
          <>
            <h3>Tidsplanen</h3>
            <ul class="process__times">
              {text.timeLines.map((l) => (
                <li key={l.id}>
                  <strong>
                    {l.title}: {l.verdict}.
                  </strong>{' '}
                  {l.text}
                </li>
              ))}
            </ul>
          </>
        )}
        <p class="process__read-next">{t('tool.readNext')}:</p>
        <ul>
          {text.readNext.map((r) => (
            <li key={r.href}>
              <a href={url(r.href)}>{r.label}</a>
            </li>
          ))}
        </ul>
      </section>
      <ToolActions onReset={processStore.reset} />
    </div>
  );
}
