// Island: Var är vi i processen? A layout of shared blocks: where the two tracks stand, the target
// group and the hand-over, the time plan, then the result – the store keeps the answers, ./score
// and ./words compute and word it.
import './style.css';
import { Callouts } from '../../ui/tool/Callouts';
import { Lines } from '../../ui/tool/Lines';
import { QuestionGroup } from '../../ui/tool/QuestionGroup';
import { ResultSection } from '../../ui/tool/ResultSection';
import { ToolFrame } from '../../ui/tool/ToolFrame';
import { useTool } from '../../ui/tool/use-tool';
import { questions } from './items';
import { ProcessFigure } from './ProcessFigure';
import type { ProcessModel } from './schema';
import { scoreProcess } from './score';
import { describeProcess } from './words';

const TOOL = 'processen';

export interface ProcessToolProps {
  /** the items Samverkanskollen also asks (marked once answered) */
  asked?: readonly string[];
  model: ProcessModel;
}

export function ProcessTool({ model, asked = [] }: ProcessToolProps) {
  const { saved, answers, ask } = useTool(TOOL, questions(model), asked);
  const result = scoreProcess(model, answers);
  const text = describeProcess(model, result);
  const focus = Object.fromEntries([...model.leadership.phases, ...model.project.phases].map((p) => [p.id, p.focus]));

  return (
    <ToolFrame tool={TOOL} saved={saved} class="process">
      <QuestionGroup
        id="processen-faser"
        title="Var står ni?"
        hint="Faserna glider in i varandra. Välj den som bäst beskriver vad ni mest arbetar med nu."
      >
        {ask(model.leadership.id, { stacked: true, details: focus })}
        {ask(model.project.id, { stacked: true, details: focus })}
      </QuestionGroup>

      <QuestionGroup id="processen-malgrupp" title="Målgruppen och överlämningen">
        {ask(model.targetGroup.id)}
        {ask(model.handover.id)}
      </QuestionGroup>

      <QuestionGroup
        id="processen-tidsplan"
        title="Tidsplanen"
        hint="Välj det som ligger närmast er plan. Verktyget jämför med vad erfarenheten säger."
      >
        {model.timePlan.map((c) => ask(c.id, { stacked: true }))}
      </QuestionGroup>

      <ResultSection tool={TOOL} headline={text.headline} readNext={text.readNext}>
        {(result.leadership.number !== undefined || result.project.number !== undefined) && (
          <ProcessFigure model={model} leadership={result.leadership.number} project={result.project.number} />
        )}
        <Lines items={text.phaseLines} class="process__line" />
        <Lines items={text.handoverLines} title="Överlämningen" />
        <Callouts
          items={text.timeLines.map((l) => ({ title: `${l.title}: ${l.verdict}`, text: l.text }))}
          title="Tidsplanen"
          class="callouts process__times"
        />
      </ResultSection>
    </ToolFrame>
  );
}
