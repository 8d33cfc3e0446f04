// Island: Ledningsgruppens ambitionstrappa. Thin: the store keeps the answers, src/lib/scoring
// computes and words the result; this component only lays them out.
import { fitAnswers } from '../../lib/answers';
import { scoreLadder, ladderSpace, TARGET_KEY } from './score';
import { describeLadder } from './words';
import { AGREEMENT_LABELS } from '../shared/scale';
import type { LadderModel } from './schema';
import { t } from '../../ui/strings';
import { AgreementQuestion } from '../../ui/tool/AgreementQuestion';
import { LadderFigure } from './LadderFigure';
import { StorageNotice } from '../../ui/tool/StorageNotice';
import { ToolActions } from '../../ui/tool/ToolActions';
import { ExampleBanner } from '../../ui/tool/ExampleBanner';
import { useToolAnswers } from '../../ui/tool/use-answers';
import { url } from '../../lib/url';

export interface LadderToolProps {
  model: LadderModel;
}

export function LadderTool({ model }: LadderToolProps) {
  const saved = useToolAnswers('ambitionstrappan');
  const store = saved.actions;
  const { answers } = fitAnswers(saved.answers, ladderSpace(model));
  const notice = saved.notice;
  const result = scoreLadder(model, answers);
  const text = describeLadder(model, result);

  return (
    <div class="tool" data-tool="ambitionstrappan">
      <StorageNotice message={notice} onDismiss={store.dismissNotice} />
      <ExampleBanner example={saved.example} />
      <p class="tool__saved no-print">{t('tool.saved')}</p>
      {model.levels.map((level) => (
        <section key={level.id} class="tool__group" aria-labelledby={`niva-${level.id}`}>
          <h2 id={`niva-${level.id}`}>
            Nivå {level.number}: {level.name}
          </h2>
          <p class="tool__hint">{level.summary}</p>
          {level.criteria.map((c) => (
            <AgreementQuestion
              key={c.id}
              name={`ambitionstrappan-${c.id}`}
              question={c.question}
              value={answers[c.id]}
              onChange={(v) => store.setAnswer(c.id, v)}
            />
          ))}
        </section>
      ))}

      <fieldset class="question question--target">
        <legend>{t('ladder.target.legend')}</legend>
        <div class="question__options question__options--stacked">
          {model.levels.map((level) => (
            <label key={level.id} class="question__option">
              <input
                type="radio"
                name="ambitionstrappan-mal"
                value={level.id}
                checked={answers[TARGET_KEY] === level.id}
                onChange={() => store.setAnswer(TARGET_KEY, level.id)}
              />
              <span>
                Nivå {level.number}: {level.name}
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <section class="tool__result" aria-labelledby="ambitionstrappan-resultat">
        <h2 id="ambitionstrappan-resultat">{t('tool.result')}</h2>
        <p class="tool__headline" aria-live="polite">
          {text.headline}
        </p>
        {result.answered > 0 && <LadderFigure model={model} current={result.current} target={result.target} />}
        {text.lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
        {result.answered > 0 && result.nextSteps.length > 0 && (
          <>
            <h3>{t('ladder.nextSteps')}</h3>
            {result.nextSteps.map((step) => (
              <div key={step.level.id}>
                <p>
                  <strong>
                    För nivå {step.level.number}, {step.level.name}:
                  </strong>
                </p>
                <ul>
                  {step.open.map((d) => (
                    <li key={d.criterion.id}>
                      <span class="tag">{model.areas[d.criterion.area]}</span> {d.criterion.demand}{' '}
                      <span class="muted">({d.answer ? `ert svar: ${AGREEMENT_LABELS[d.answer].toLowerCase()}` : t('ladder.notAnswered')})</span>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </>
        )}
        <p>
          {t('tool.readNext')}: <a href={url(model.readNext.href)}>{model.readNext.label}</a>
        </p>
      </section>
      <ToolActions onReset={store.reset} inExample={saved.example !== null} />
    </div>
  );
}
