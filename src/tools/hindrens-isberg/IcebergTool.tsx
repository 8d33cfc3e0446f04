// Island: Hindrens isberg. A layout of shared blocks: the obstacles zone by zone, and the result –
// the store keeps the answers, ./score and ./words compute and word the result.
import './style.css';
import { fitTo } from '../../lib/items';
import { Callouts } from '../../ui/tool/Callouts';
import { Lines } from '../../ui/tool/Lines';
import { QuestionGroup } from '../../ui/tool/QuestionGroup';
import { ResultSection } from '../../ui/tool/ResultSection';
import { ScaleQuestion } from '../../ui/tool/ScaleQuestion';
import { ToolFrame } from '../../ui/tool/ToolFrame';
import { useToolAnswers } from '../../ui/tool/use-answers';
import { IcebergFigure } from './IcebergFigure';
import { questions } from './items';
import type { IcebergModel } from './schema';
import { scoreIceberg } from './score';
import { describeIceberg } from './words';

const TOOL = 'hindrens-isberg';

export interface IcebergToolProps {
  model: IcebergModel;
}

export function IcebergTool({ model }: IcebergToolProps) {
  const saved = useToolAnswers(TOOL);
  const q = questions(model);
  const answers = fitTo(saved.answers, q);
  const result = scoreIceberg(model, answers);
  const text = describeIceberg(model, result);
  const item = (id: string) => q.items.find((i) => i.id === id)!;

  return (
    <ToolFrame tool={TOOL} saved={saved} class="iceberg-tool">
      <p>
        <strong>{model.question}</strong> Skalan går från 0 ({model.scale[0]}) till 3 ({model.scale[3]}). Välj ”vet inte” om ni inte kan
        bedöma hindret – det räknas inte in i resultatet.
      </p>
      {model.zones.map((zone) => (
        <QuestionGroup key={zone.id} id={`zon-${zone.id}`} title={zone.title} hint={zone.summary}>
          {zone.obstacles.map((o) => (
            <ScaleQuestion
              key={o.id}
              tool={TOOL}
              item={item(o.id)}
              value={answers[o.id]}
              onAnswer={saved.actions.setAnswer}
              hint={o.explanation}
              numbered
            />
          ))}
        </QuestionGroup>
      ))}

      <ResultSection tool={TOOL} headline={text.headline} readNext={text.readNext}>
        <Lines items={text.notes} />
        {result.answered > 0 && <IcebergFigure zones={result.zones} dominant={result.dominant.map((z) => z.zone.id)} />}
        <Lines items={text.zones} as="ul" class="iceberg-zones" />
        {text.realReason && (
          <Callouts
            items={[{ title: `Fråga er: ${text.realReason.question}`, text: text.realReason.explanation }]}
            class="callouts callouts--marked iceberg-reason"
          />
        )}
        <Lines items={text.advice} />
        <Lines items={text.top} as="ol" title="De hinder som väger tyngst" />
        {text.topNote && <p>{text.topNote}</p>}
        {text.warningSign && <Lines items={[text.warningSign.text]} title={text.warningSign.title} />}
      </ResultSection>
    </ToolFrame>
  );
}
