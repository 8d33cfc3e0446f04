// Island: Samverkanstrappan. A layout of shared blocks: the need, what the group can carry, its
// form, the requirements common to every step and the key questions, then the result – the store
// keeps the answers, ./score and ./words compute and word it.
import './style.css';
import { Callouts } from '../../ui/tool/Callouts';
import { Lines } from '../../ui/tool/Lines';
import { QuestionGroup } from '../../ui/tool/QuestionGroup';
import { ResultSection } from '../../ui/tool/ResultSection';
import { ToolFrame } from '../../ui/tool/ToolFrame';
import { useTool } from '../../ui/tool/use-tool';
import { questions } from './items';
import { StaircaseFigure } from './StaircaseFigure';
import type { StaircaseModel } from './schema';
import { CARRY_KINDS, FORM_KEY, NEED_KINDS, scoreStaircase, type FactorKind } from './score';
import { describeStaircase } from './words';

const TOOL = 'samverkanstrappan';

export interface StaircaseToolProps {
  /** the items Samverkanskollen also asks (marked once answered) */
  asked?: readonly string[];
  model: StaircaseModel;
}

export function StaircaseTool({ model, asked = [] }: StaircaseToolProps) {
  const { saved, answers, ask } = useTool(TOOL, questions(model), asked);
  const result = scoreStaircase(model, answers);
  const text = describeStaircase(model, result);
  const factors = (kinds: readonly FactorKind[]) =>
    model.factors.filter((f) => kinds.includes(f.kind)).map((f) => ask(f.id, { stacked: true }));

  return (
    <ToolFrame tool={TOOL} saved={saved} class="staircase">
      <QuestionGroup
        id="samverkanstrappan-behov"
        title="Behovet"
        hint="Hur svårt är problemet, och hur mycket av stödet finns redan? Svaren pekar ut vilket steg som behövs."
      >
        {factors(NEED_KINDS)}
      </QuestionGroup>
      <QuestionGroup
        id="samverkanstrappan-bara"
        title="Det ni kan bära"
        hint="Vilka resurser har ni, och vad vill ni åstadkomma? Svaren visar om steget är realistiskt för er."
      >
        {factors(CARRY_KINDS)}
      </QuestionGroup>
      <QuestionGroup id="samverkanstrappan-form" title="Er form">
        {ask(FORM_KEY, {
          stacked: true,
          class: 'question--target',
          details: Object.fromEntries(model.steps.map((s) => [s.id, s.summary])),
        })}
      </QuestionGroup>
      <QuestionGroup
        id="samverkanstrappan-krav"
        title="Det som alla steg kräver"
        hint="Tre krav gäller vilken form ni än väljer. Utan dem lyckas ingen av formerna."
      >
        {model.requirements.map((r) => ask(r.id, { legend: `${r.title}: ${r.question}` }))}
      </QuestionGroup>
      <QuestionGroup
        id="samverkanstrappan-nyckelfragor"
        title="Tre nyckelfrågor"
        hint="De här frågorna kommer tillbaka vilken form ni än väljer."
      >
        {model.keyQuestions.map((k) => ask(k.id, { legend: `${k.title}: ${k.question}` }))}
      </QuestionGroup>

      <ResultSection tool={TOOL} headline={text.headline} readNext={text.readNext}>
        {(result.recommended.length > 0 || result.form.chosen !== undefined) && (
          <StaircaseFigure model={model} recommended={result.recommended} chosen={result.form.chosen} />
        )}
        <Lines items={text.lines} />
        {text.requirementSummary && <Lines items={[text.requirementSummary]} title="Det som alla steg kräver" />}
        <Callouts items={text.requirementLines} class="callouts callouts--marked staircase__warnings" />
        {text.keySummary && <Lines items={[text.keySummary]} title="Nyckelfrågorna" />}
        <Callouts items={text.keyLines} class="callouts callouts--marked staircase__warnings" />
      </ResultSection>
    </ToolFrame>
  );
}
