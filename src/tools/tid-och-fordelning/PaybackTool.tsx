// Island: Tid och fördelning. A layout of shared blocks: the made-up example, the horizon, each
// actor's amounts year by year, and the result with its charts and tables – the answers come
// through useToolAnswers (the reader's own, or a case's example), ./score and ./words compute and
// word the result.
import './style.css';
import { useState } from 'preact/hooks';
import { isAmount } from '../../lib/amounts';
import type { Answers } from '../../lib/answers';
import { t } from '../../ui/strings-tools';
import { AmountInput } from '../../ui/tool/AmountInput';
import { Lines } from '../../ui/tool/Lines';
import { QuestionGroup } from '../../ui/tool/QuestionGroup';
import { ReadNext } from '../../ui/tool/ReadNext';
import { ResultSection } from '../../ui/tool/ResultSection';
import { ScaleQuestion } from '../../ui/tool/ScaleQuestion';
import { ToolFrame } from '../../ui/tool/ToolFrame';
import type { ToolAnswers } from '../../ui/tool/use-answers';
import { useTool } from '../../ui/tool/use-tool';
import { $example } from '../../stores/example';
import { answersStore } from '../../stores/answers-store';
import { questions } from './items';
import { PaybackCharts } from './PaybackCharts';
import { PaybackTables } from './PaybackTables';
import type { PaybackActor, PaybackModel } from './schema';
import { amountKey, amountRange, exampleAnswers, HORIZON_KEY, KINDS, scorePayback } from './score';
import { describePayback } from './words';

const TOOL = 'tid-och-fordelning';
const KIND_LABEL = { kostnad: t('payback.cost'), vinst: t('payback.gain') } as const;

export interface PaybackToolProps {
  model: PaybackModel;
}

/**
 * The answers as the store holds them right now, in the slot the island shows (a case's example,
 * or the reader's own). An amount field asks it, not the last render, whether a change came from
 * elsewhere – renders lag behind fast typing (see AmountInput).
 */
function liveAnswers(saved: ToolAnswers): () => Answers {
  return saved.example ? () => $example.get()?.answers[TOOL] ?? {} : () => answersStore(TOOL).$stored.get().answers;
}

interface ActorFieldsProps {
  model: PaybackModel;
  actor: PaybackActor;
  years: number;
  answers: Answers;
  saved: ToolAnswers;
}

/** One actor's costs and gains, year by year: a fieldset holding a small table of fields. */
function ActorFields({ model, actor, years, answers, saved }: ActorFieldsProps) {
  const range = amountRange(model);
  const live = liveAnswers(saved);
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
                      live={() => fitted(live()[key])}
                      range={range}
                      unitName={model.unitName}
                      onChange={(v) => (v === undefined ? saved.actions.clearAnswer(key) : saved.actions.setAnswer(key, v))}
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

/** Loads the made-up example, asking first when it would replace the answers shown. */
function ExampleButton({ model, hasAnswers, onLoad }: { model: PaybackModel; hasAnswers: boolean; onLoad: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const load = () => {
    onLoad();
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
  const q = questions(model);
  const { saved, answers } = useTool(TOOL, q);
  const result = scorePayback(model, answers);
  const text = describePayback(model, result);
  const showResult = result.entered > 0 && result.hasMoney;
  const { from, to } = model.years.recommended;
  const horizon = q.items.find((i) => i.id === HORIZON_KEY)!;

  return (
    <ToolFrame tool={TOOL} saved={saved} class="payback-tool">
      <ExampleButton
        model={model}
        hasAnswers={Object.keys(answers).length > 0}
        onLoad={() => saved.actions.replace(exampleAnswers(model))}
      />
      <ScaleQuestion
        tool={TOOL}
        item={horizon}
        value={answers[HORIZON_KEY]}
        onAnswer={saved.actions.setAnswer}
        hint={`Manualen räknar med ${from} till ${to} år, ungefär två mandatperioder. Väljer ni inget visas ${model.years.shown} år.`}
        class="question--target"
      />

      <QuestionGroup id={`${TOOL}-belopp`} title={t('payback.amounts.title')}>
        <p>
          Skriv beloppen i hela {model.unitName} ({model.unit}), till exempel 1 500 för en och en halv miljon kronor. Lämna en aktör tom om
          den inte berörs.
        </p>
        <Lines items={[model.costHelp, model.gainHelp]} as="ul" class="payback-help" />
        {model.actors.map((actor) => (
          <ActorFields key={actor.id} model={model} actor={actor} years={result.horizon} answers={answers} saved={saved} />
        ))}
      </QuestionGroup>

      <ResultSection tool={TOOL} headline={text.headline} readNext={[model.readNext, model.distributionReadNext]}>
        <Lines items={text.lines} />
        {text.warning.length > 0 && (
          <div class="payback-warning">
            <Lines title={t('payback.warning.title')} items={text.warning} />
            <ReadNext links={model.svartePetter.readNext} />
          </div>
        )}
        {showResult && (
          <>
            <PaybackCharts result={result} unit={model.unit} humpSummary={text.humpSummary} actorSummary={text.actorSummary} />
            <Lines title={t('payback.perActor')} items={text.actorLines} as="ul" />
            <PaybackTables result={result} unit={model.unit} />
          </>
        )}
      </ResultSection>

      <aside class="payback-pattern" aria-labelledby={`${TOOL}-monster`}>
        <h2 id={`${TOOL}-monster`}>{model.pattern.title}</h2>
        <p class="tool__hint">{model.pattern.source}</p>
        <Lines items={model.pattern.points} as="ul" />
        <p>{model.pattern.note}</p>
      </aside>
    </ToolFrame>
  );
}
