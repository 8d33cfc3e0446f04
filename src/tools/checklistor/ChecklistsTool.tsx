// Island: Checklistor före start. A layout of shared blocks: a table of contents, one section per
// area (so that a group can take one area at a time) with its own small result, and the overall
// result – weakest area first. The answers come through useToolAnswers; ./score and ./words
// compute and word the result. A chapter may narrow the model to some areas (ToolEmbed areas=…).
import './style.css';
import { Lines } from '../../ui/tool/Lines';
import { QuestionGroup } from '../../ui/tool/QuestionGroup';
import { ReadNext } from '../../ui/tool/ReadNext';
import { ResultSection } from '../../ui/tool/ResultSection';
import { ToolFrame } from '../../ui/tool/ToolFrame';
import { useTool } from '../../ui/tool/use-tool';
import { AGREEMENT_LABELS } from '../shared/scale';
import { questions } from './items';
import type { ChecklistsModel } from './schema';
import { scoreChecklists, type AreaScore } from './score';
import { describeArea, describeChecklists, percent } from './words';

const TOOL = 'checklistor';

export interface ChecklistsToolProps {
  /** the items Samverkanskollen also asks (marked once answered) */
  asked?: readonly string[];
  model: ChecklistsModel;
}

const TEXT = {
  areas: 'Områdena',
  areasHint: 'Ta gärna ett område i taget. Varje område har ett eget litet resultat, och helheten samlas längst ner.',
  toResult: 'Resultat för alla områden',
  areaResult: 'Resultat för området',
  toWorkOn: 'Att arbeta med',
  toFindOut: 'Att ta reda på',
  allYes: 'Inget att arbeta med här – alla besvarade frågor fick ja.',
  next: 'Nästa område',
  back: 'Till resultatet',
  ranked: 'Områdena, svagast först',
  notJudged: 'Ännu inte bedömda',
  source: 'Bygger på',
} as const;

/** An area's section; the overall result's anchor is the shared result block's heading. */
const anchor = (areaId: string) => `${TOOL}-${areaId}`;
const RESULT = `#${TOOL}-resultat`;

/** A few words for the table of contents: the word and share, or how much is answered. */
function navStatus(s: AreaScore): string {
  if (s.judged && s.band && s.score !== undefined) return `${s.band.label}, ${percent(s.score)}`;
  const answered = s.total - s.unanswered;
  return answered > 0 ? `${answered} av ${s.total} besvarade` : `${s.total} frågor`;
}

/** One area's own result: its word and share, what to work on, what to find out. */
function AreaResult({ model, score }: { model: ChecklistsModel; score: AreaScore }) {
  const text = describeArea(model, score);
  return (
    <div class="checklists__area-result">
      <h3>{TEXT.areaResult}</h3>
      <p class="checklists__summary">
        {text.summary}
        {text.counts && <span class="muted">{` (${text.counts})`}</span>}
      </p>
      {text.note && <p>{text.note}</p>}
      {score.judged && score.toWorkOn.length === 0 && <p>{TEXT.allYes}</p>}
      {score.toWorkOn.length > 0 && (
        <>
          <h4>{TEXT.toWorkOn}</h4>
          <ul class="checklists__list">
            {score.toWorkOn.map(({ item, answer }) => (
              <li key={item.id}>
                <span class="tag">{item.label}</span> {item.todo}{' '}
                <span class="muted">{`(ert svar: ${AGREEMENT_LABELS[answer].toLowerCase()})`}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {score.toFindOut.length > 0 && (
        <>
          <h4>{TEXT.toFindOut}</h4>
          <ul class="checklists__list">
            {score.toFindOut.map((item) => (
              <li key={item.id}>
                <span class="tag">{item.label}</span> {item.question}
              </li>
            ))}
          </ul>
        </>
      )}
      <ReadNext links={score.area.readNext} />
    </div>
  );
}

/** Areas with their one-line result, each linked to its section. */
function AreaList({
  model,
  scores,
  weakest = [],
  ordered,
}: {
  model: ChecklistsModel;
  scores: AreaScore[];
  weakest?: AreaScore[];
  ordered: boolean;
}) {
  const List = ordered ? 'ol' : 'ul';
  return (
    <List class="checklists__ranked">
      {scores.map((s) => (
        <li key={s.area.id} class={weakest.includes(s) ? 'checklists__weakest' : undefined}>
          <a href={`#${anchor(s.area.id)}`}>{s.area.title}</a>
          {`: ${describeArea(model, s).summary}`}
        </li>
      ))}
    </List>
  );
}

export function ChecklistsTool({ model, asked = [] }: ChecklistsToolProps) {
  const { saved, answers, ask } = useTool(TOOL, questions(model), asked);
  const result = scoreChecklists(model, answers);
  const text = describeChecklists(model, result);
  const notJudged = result.scores.filter((s) => !s.judged);
  // The weakest areas' sections of the handbook, then the one on the weakest link; each once.
  const readNext = [...result.weakest.map((s) => s.area.readNext), model.readNext].filter(
    (l, i, all) => all.findIndex((x) => x.href === l.href) === i,
  );

  return (
    <ToolFrame tool={TOOL} saved={saved} class="checklists">
      <nav class="checklists__nav no-print" aria-labelledby={`${TOOL}-omraden`}>
        <h2 id={`${TOOL}-omraden`}>{TEXT.areas}</h2>
        <p class="tool__hint">{TEXT.areasHint}</p>
        <ol>
          {result.scores.map((s) => (
            <li key={s.area.id}>
              <a href={`#${anchor(s.area.id)}`}>{s.area.title}</a> <span class="muted">{`– ${navStatus(s)}`}</span>
            </li>
          ))}
        </ol>
        <p>
          <a href={RESULT}>{TEXT.toResult}</a>
        </p>
      </nav>

      {result.scores.map((score, i) => {
        const { area } = score;
        const next = model.areas[i + 1];
        return (
          <div key={area.id} id={anchor(area.id)} class="checklists__area">
            <QuestionGroup id={`${anchor(area.id)}-rubrik`} title={`${i + 1}. ${area.title}`} hint={area.intro}>
              <p class="checklists__source">{`${TEXT.source}: ${area.source}.`}</p>
              {area.items.map((it) => ask(it.id))}
              <AreaResult model={model} score={score} />
              <p class="checklists__jump no-print">
                {next && (
                  <>
                    <a href={`#${anchor(next.id)}`}>{`${TEXT.next}: ${next.title}`}</a>
                    {' · '}
                  </>
                )}
                <a href={RESULT}>{TEXT.back}</a>
              </p>
            </QuestionGroup>
          </div>
        );
      })}

      <ResultSection tool={TOOL} headline={text.headline} readNext={readNext}>
        <Lines items={text.lines} />
        {result.ranked.length > 0 && (
          <>
            <h3>{TEXT.ranked}</h3>
            <AreaList model={model} scores={result.ranked} weakest={result.weakest} ordered />
          </>
        )}
        {result.status !== 'empty' && notJudged.length > 0 && (
          <>
            <h3>{TEXT.notJudged}</h3>
            <AreaList model={model} scores={notJudged} ordered={false} />
          </>
        )}
      </ResultSection>
    </ToolFrame>
  );
}
