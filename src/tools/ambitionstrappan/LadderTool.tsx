// Island: Ledningsgruppens ambitionstrappa. A layout of shared blocks: the questions level by
// level, the target, and the result – the store keeps the answers, ./score and ./words compute
// and word the result.
import { AGREEMENT_LABELS } from '../shared/scale';
import { t } from '../../ui/strings-tools';
import { Lines } from '../../ui/tool/Lines';
import { QuestionGroup } from '../../ui/tool/QuestionGroup';
import { ResultSection } from '../../ui/tool/ResultSection';
import { ToolFrame } from '../../ui/tool/ToolFrame';
import { useTool } from '../../ui/tool/use-tool';
import { questions } from './items';
import { LadderFigure } from './LadderFigure';
import type { LadderModel } from './schema';
import { scoreLadder, TARGET_KEY } from './score';
import { describeLadder } from './words';

const TOOL = 'ambitionstrappan';

export interface LadderToolProps {
  /** the items Samverkanskollen also asks (marked once answered) */
  asked?: readonly string[];
  model: LadderModel;
}

export function LadderTool({ model, asked = [] }: LadderToolProps) {
  const { saved, answers, ask } = useTool(TOOL, questions(model), asked);
  const result = scoreLadder(model, answers);
  const text = describeLadder(model, result);

  return (
    <ToolFrame tool={TOOL} saved={saved}>
      {model.levels.map((level) => (
        <QuestionGroup key={level.id} id={`niva-${level.id}`} title={`Nivå ${level.number}: ${level.name}`} hint={level.summary}>
          {level.criteria.map((c) => ask(c.id))}
        </QuestionGroup>
      ))}
      {ask(TARGET_KEY, { legend: t('ladder.target.legend'), stacked: true, class: 'question--target' })}

      <ResultSection tool={TOOL} headline={text.headline} readNext={model.readNext}>
        {result.answered > 0 && <LadderFigure model={model} current={result.current} partly={result.partly} target={result.target} />}
        <Lines items={text.lines} />
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
                      <span class="muted">
                        ({d.answer ? `ert svar: ${AGREEMENT_LABELS[d.answer].toLowerCase()}` : t('ladder.notAnswered')})
                      </span>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </>
        )}
      </ResultSection>
    </ToolFrame>
  );
}
