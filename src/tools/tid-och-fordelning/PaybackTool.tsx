// Island: Tid och fördelning. Thin: the store keeps the answers, src/lib/scoring/payback*.ts
// compute and word the result; this component lays out the fields, the charts and the tables.
import '../../styles/tools.css';
import './style.css';
import { useState } from 'preact/hooks';
import { isAmount } from '../../lib/amounts';
import { fitAnswers } from '../../lib/answers';
import { amountKey, amountRange, exampleAnswers, HORIZON_KEY, horizonOptions, KINDS, paybackSpace, scorePayback } from './score';
import { describePayback } from './words';
import { url } from '../../lib/url';
import type { PaybackActor, PaybackModel } from './schema';
import type { Answers } from '../shared/scale';
import { answersStore } from '../../stores/answers-store';
import { t } from '../../ui/strings';
import { AmountInput } from '../../ui/tool/AmountInput';
import { PaybackCharts } from './PaybackCharts';
import { PaybackTables } from './PaybackTables';
import { StorageNotice } from '../../ui/tool/StorageNotice';
import { ToolActions } from '../../ui/tool/ToolActions';
import { useAnswers } from '../../ui/tool/use-answers';

const paybackStore = answersStore('tid-och-fordelning');

const TOOL = 'tid-och-fordelning';
const KIND_LABEL = { kostnad: t('payback.cost'), vinst: t('payback.gain') } as const;

export interface PaybackToolProps {
  model: PaybackModel;
}

interface ActorFieldsProps {
  model: PaybackModel;
  actor: PaybackActor;
  years: number;
  answers: Answers;
}

/** One actor's costs and gains, year by year: a fieldset holding a small table of fields. */
function ActorFields({ model, actor, years, answers }: ActorFieldsProps) {
  const range = amountRange(model);
  const fitted = (v: string | undefined) => (v !== undefined && isAmount(v, range) ? v : undefined);
  return (
    <fieldset class="question payback-actor">
      <legend>{actor.name}</legend>
      <p class="tool__hint">{actor.hint}</p>
      <table class="payback-fields">
        <thead>
          <tr>
            <th scope="col">{t('payback.year')}</th>
            {KINDS.map((kind) => (
              <th key={kind} scope="col">
                {KIND_LABEL[kind]} ({model.unit})
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: years }, (_, i) => i + 1).map((year) => (
            <tr key={year}>
              <th scope="row">
                {t('payback.year')} {year}
              </th>
              {KINDS.map((kind) => {
                const key = amountKey(actor.id, kind, year);
                return (
                  <td key={kind}>
                    <AmountInput
                      id={`${TOOL}-${key}`}
                      label={`${actor.name}: ${KIND_LABEL[kind].toLowerCase()} år ${year}, i ${model.unitName}`}
                      value={answers[key]}
                      live={() => fitted(paybackStore.$stored.get().answers[key])}
                      range={range}
                      unitName={model.unitName}
                      onChange={(v) => (v === undefined ? paybackStore.clearAnswer(key) : paybackStore.setAnswer(key, v))}
                    />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </fieldset>
  );
}

/** Loads the made-up example, asking first when it would replace the reader's own answers. */
function ExampleButton({ model, hasAnswers }: { model: PaybackModel; hasAnswers: boolean }) {
  const [confirming, setConfirming] = useState(false);
  const load = () => {
    paybackStore.replace(exampleAnswers(model));
    setConfirming(false);
  };
  return (
    <div class="payback-example no-print">
      <p>{model.example.description}</p>
      {!confirming && (
        <button type="button" class="button" onClick={() => (hasAnswers ? setConfirming(true) : load())}>
          {model.example.label}
        </button>
      )}
      {confirming && (
        <div class="tool-actions__confirm" role="group" aria-label={model.example.label}>
          <p>{t('payback.example.confirm')}</p>
          <button type="button" class="button button--danger" onClick={load}>
            {t('payback.example.yes')}
          </button>
          <button type="button" class="button" onClick={() => setConfirming(false)} autoFocus>
            {t('tool.reset.no')}
          </button>
        </div>
      )}
    </div>
  );
}

export function PaybackTool({ model }: PaybackToolProps) {
  const saved = useAnswers(paybackStore);
  const { answers } = fitAnswers(saved.answers, paybackSpace(model));
  const result = scorePayback(model, answers);
  const text = describePayback(model, result);
  const showResult = result.entered > 0 && result.hasMoney;
  const { from, to } = model.years.recommended;

  return (
    <div class="tool payback-tool" data-tool={TOOL}>
      <StorageNotice message={saved.notice} onDismiss={paybackStore.dismissNotice} />
      <p class="tool__saved no-print">{t('tool.saved')}</p>
      <ExampleButton model={model} hasAnswers={Object.keys(answers).length > 0} />

      <fieldset class="question question--target">
        <legend>{t('payback.horizon.legend')}</legend>
        <p class="tool__hint">
          Manualen räknar med {from} till {to} år, ungefär två mandatperioder. Väljer ni inget visas {model.years.shown} år.
        </p>
        <div class="question__options">
          {horizonOptions(model).map((y) => (
            <label key={y} class="question__option">
              <input type="radio" name={`${TOOL}-${HORIZON_KEY}`} value={y} checked={answers[HORIZON_KEY] === y} onChange={() => paybackStore.setAnswer(HORIZON_KEY, y)} />
              <span>{y} år</span>
            </label>
          ))}
        </div>
      </fieldset>

      <section class="tool__group" aria-labelledby={`${TOOL}-belopp`}>
        <h2 id={`${TOOL}-belopp`}>{t('payback.amounts.title')}</h2>
        <p>
          Skriv beloppen i hela {model.unitName} ({model.unit}), till exempel 1 500 för en och en halv miljon kronor. Lämna en aktör tom om
          den inte berörs.
        </p>
        <ul class="payback-help">
          <li>{model.costHelp}</li>
          <li>{model.gainHelp}</li>
        </ul>
        {model.actors.map((actor) => (
          <ActorFields key={actor.id} model={model} actor={actor} years={result.horizon} answers={answers} />
        ))}
      </section>

      <section class="tool__result" aria-labelledby={`${TOOL}-resultat`}>
        <h2 id={`${TOOL}-resultat`}>{t('tool.result')}</h2>
        <p class="tool__headline" aria-live="polite">
          {text.headline}
        </p>
        {text.lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
        {text.warning.length > 0 && (
          <div class="payback-warning">
            <h3>{t('payback.warning.title')}</h3>
            {text.warning.map((line) => (
              <p key={line}>{line}</p>
            ))}
            <p>
              {t('tool.readNext')}: <a href={url(model.svartePetter.readNext.href)}>{model.svartePetter.readNext.label}</a>
            </p>
          </div>
        )}
        {showResult && (
          <>
            <PaybackCharts result={result} unit={model.unit} humpSummary={text.humpSummary} actorSummary={text.actorSummary} />
            <h3>{t('payback.perActor')}</h3>
            <ul>
              {text.actorLines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <PaybackTables result={result} unit={model.unit} />
          </>
        )}
        <p>
          {t('tool.readNext')}: <a href={url(model.readNext.href)}>{model.readNext.label}</a> och{' '}
          <a href={url(model.distributionReadNext.href)}>{model.distributionReadNext.label}</a>
        </p>
      </section>

      <aside class="payback-pattern" aria-labelledby={`${TOOL}-monster`}>
        <h2 id={`${TOOL}-monster`}>{model.pattern.title}</h2>
        <p class="tool__hint">{model.pattern.source}</p>
        <ul>
          {model.pattern.points.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
        <p>{model.pattern.note}</p>
      </aside>
      <ToolActions onReset={paybackStore.reset} />
    </div>
  );
}
