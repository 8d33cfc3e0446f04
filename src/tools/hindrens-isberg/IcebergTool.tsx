// Island: Hindrens isberg. A layout of shared blocks: the obstacles zone by zone, and the result –
// the store keeps the answers, ./score and ./words compute and word the result.
import './style.css';
import { Callouts } from '../../ui/tool/Callouts';
import { Lines } from '../../ui/tool/Lines';
import { QuestionGroup } from '../../ui/tool/QuestionGroup';
import { ResultSection } from '../../ui/tool/ResultSection';
import { ToolFrame } from '../../ui/tool/ToolFrame';
import { tf } from '../../ui/strings';
import { useTool } from '../../ui/tool/use-tool';
import { IcebergFigure } from './IcebergFigure';
import { questions } from './items';
import type { IcebergModel } from './schema';
import { scoreIceberg } from './score';
import { describeIceberg } from './words';

const TOOL = 'hindrens-isberg';

export interface IcebergToolProps {
  /** the items Samverkanskollen also asks (marked once answered) */
  asked?: readonly string[];
  model: IcebergModel;
}

export function IcebergTool({ model, asked = [] }: IcebergToolProps) {
  const { saved, answers, ask } = useTool(TOOL, questions(model), asked);
  const result = scoreIceberg(model, answers);
  const text = describeIceberg(model, result);

  return (
    <ToolFrame tool={TOOL} saved={saved} class="iceberg-tool">
      <p>
        <strong>{model.question}</strong>{' '}
        {tf('tool.scale.intro', { low: model.scale[0] ?? '', high: model.scale[3] ?? '', what: 'hindret' })}
      </p>
      {model.zones.map((zone) => (
        <QuestionGroup key={zone.id} id={`zon-${zone.id}`} title={zone.title} hint={zone.summary}>
          {zone.obstacles.map((o) => ask(o.id, { hint: o.explanation, numbered: true }))}
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
