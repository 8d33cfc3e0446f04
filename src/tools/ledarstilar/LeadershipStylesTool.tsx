// Island: Två ledarstilar. A layout of shared blocks: each factor with its two poles on a line of
// five steps, and the result – the store keeps the answers, ./score and ./words compute and word
// the result.
import './style.css';
import { t } from '../../ui/strings-tools';
import { Callouts } from '../../ui/tool/Callouts';
import { Lines } from '../../ui/tool/Lines';
import { ResultSection } from '../../ui/tool/ResultSection';
import { ScaleQuestion } from '../../ui/tool/ScaleQuestion';
import { ToolFrame } from '../../ui/tool/ToolFrame';
import { useTool } from '../../ui/tool/use-tool';
import { questions } from './items';
import { LeadershipProfileFigure } from './LeadershipProfileFigure';
import type { LeadershipStylesModel } from './schema';
import { scoreLeadershipStyles } from './score';
import { describeLeadershipStyles } from './words';

const TOOL = 'ledarstilar';

export interface LeadershipStylesToolProps {
  /** the items Samverkanskollen also asks (marked once answered) */
  asked?: readonly string[];
  model: LeadershipStylesModel;
}

export function LeadershipStylesTool({ model, asked = [] }: LeadershipStylesToolProps) {
  const { saved, answers, item, sharedHint } = useTool(TOOL, questions(model), asked);
  const result = scoreLeadershipStyles(model, answers);
  const text = describeLeadershipStyles(model, result);
  const { preserving, crossing } = model.poles;

  return (
    <ToolFrame tool={TOOL} saved={saved} class="leadership-styles">
      <p>
        <strong>{model.question}</strong> Linjen går från 1 ({model.scale[0]}) till 5 ({model.scale[4]}). Välj ”vet inte” om ni inte kan
        bedöma faktorn – det räknas inte in i resultatet.
      </p>
      <div class="tool__group">
        {model.factors.map((f) => (
          <ScaleQuestion
            key={f.id}
            tool={TOOL}
            item={item(f.id)}
            value={answers[f.id]}
            onAnswer={saved.actions.setAnswer}
            hint={sharedHint(f.id, undefined)}
            numbered
          >
            <dl class="styles-poles">
              <div>
                <dt>{preserving.name}</dt>
                <dd>{f.preserving}</dd>
              </div>
              <div>
                <dt>{crossing.name}</dt>
                <dd>{f.crossing}</dd>
              </div>
            </dl>
          </ScaleQuestion>
        ))}
      </div>

      <ResultSection tool={TOOL} headline={text.headline} readNext={text.readNext}>
        {result.placed > 0 && <LeadershipProfileFigure model={model} factors={result.factors} />}
        <Lines items={text.notes} />
        <Lines items={text.factors} as="ul" class="styles-factors" title={t('leadershipStyles.profile')} />
        <Callouts items={text.advice.map((a) => ({ title: a.factor, text: a.text }))} title={t('leadershipStyles.advice')} />
        <Lines items={text.reflections} class="styles-reflection" />
      </ResultSection>
    </ToolFrame>
  );
}
