// Island: Vad är framgång? A layout of shared blocks: the levels, the values followed up, the
// pitfalls and the evaluation questions, then the result – the store keeps the answers, ./score
// and ./words compute and word it.
import './style.css';
import { Callouts } from '../../ui/tool/Callouts';
import { Lines } from '../../ui/tool/Lines';
import { QuestionGroup } from '../../ui/tool/QuestionGroup';
import { ResultSection } from '../../ui/tool/ResultSection';
import { ToolFrame } from '../../ui/tool/ToolFrame';
import { useTool } from '../../ui/tool/use-tool';
import { questions } from './items';
import type { SuccessModel } from './schema';
import { scoreSuccess } from './score';
import { describeSuccess } from './words';

const TOOL = 'framgang';

export interface SuccessToolProps {
  /** the items Samverkanskollen also asks (marked once answered) */
  asked?: readonly string[];
  model: SuccessModel;
}

export function SuccessTool({ model, asked = [] }: SuccessToolProps) {
  const { saved, answers, ask } = useTool(TOOL, questions(model), asked);
  const text = describeSuccess(model, scoreSuccess(model, answers));

  return (
    <ToolFrame tool={TOOL} saved={saved} class="success">
      <QuestionGroup
        id="framgang-nivaer"
        title="Tre nivåer av framgång"
        hint="Vilka nivåer ska ert arbete lyckas på? Det är ett val, inte en rangordning – men valet styr hur ni bör följa upp."
      >
        {model.levels.map((l) => ask(l.id, { hint: l.summary, stacked: true }))}
        {ask(model.stepMovement.id)}
      </QuestionGroup>

      <QuestionGroup
        id="framgang-matt"
        title="Mjuka och hårda värden"
        hint="Vad följer ni upp? Mjuka värden är sociala, hårda är ekonomiska."
      >
        {[...model.measures, model.separate].map((m) => ask(m.id))}
      </QuestionGroup>

      <QuestionGroup id="framgang-fallgropar" title="Fem fallgropar" hint="Svara ja när ni undviker fallgropen.">
        {model.pitfalls.map((p) =>
          p.question ? (
            ask(p.id)
          ) : (
            <p key={p.id} class="success__derived">
              <strong>
                {p.number}. {p.name}:
              </strong>{' '}
              bedöms utifrån era svar om mjuka och hårda värden ovan.
            </p>
          ),
        )}
      </QuestionGroup>

      <QuestionGroup
        id="framgang-vardering"
        title="Tre frågor att värdera arbetet med"
        hint="Svara utifrån hur arbetet är upplagt i dag, eller hur ni tror att det kommer att verka."
      >
        {model.evaluation.map((e) => ask(e.id, { stacked: true }))}
      </QuestionGroup>

      <ResultSection tool={TOOL} headline={text.headline} readNext={text.readNext}>
        <Lines items={text.levelLines} />
        <Lines items={text.measureLines} title="Mjuka och hårda värden" />
        {text.pitfallSummary && <Lines items={[text.pitfallSummary]} title="Fallgroparna" />}
        <Callouts items={text.pitfallLines} class="callouts callouts--marked" />
        <Lines items={text.evaluationLines} title="Värderingsfrågorna" />
      </ResultSection>
    </ToolFrame>
  );
}
