// Island: Checklistor före start. Thin: the store keeps the answers, src/lib/scoring computes and
// words the result; this component lays out one section per area (so that a group can take one
// area at a time), each with its own small result, and the overall result – weakest area first.
import './style.css';
import { fitAnswers } from '../../lib/answers';
import { checklistsSpace, scoreChecklists, type AreaScore } from './score';
import { describeArea, describeChecklists, percent } from './words';
import { url } from '../../lib/url';
import { AGREEMENT_LABELS } from '../shared/scale';
import type { ChecklistsModel } from './schema';
import { t } from '../../ui/strings';
import { AgreementQuestion } from '../../ui/tool/AgreementQuestion';
import { StorageNotice } from '../../ui/tool/StorageNotice';
import { ToolActions } from '../../ui/tool/ToolActions';
import { ExampleBanner } from '../../ui/tool/ExampleBanner';
import { useToolAnswers } from '../../ui/tool/use-answers';

export interface ChecklistsToolProps {
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

const anchor = (areaId: string) => `checklistor-${areaId}`;
const RESULT_ID = 'checklistor-resultat';

/** A few words for the table of contents: the word and share, or how much is answered. */
function navStatus(s: AreaScore): string {
  if (s.judged && s.band && s.score !== undefined) return `${s.band.label}, ${percent(s.score)}`;
  const answered = s.total - s.unanswered;
  return answered > 0 ? `${answered} av ${s.total} besvarade` : `${s.total} frågor`;
}

interface AreaResultProps {
  model: ChecklistsModel;
  score: AreaScore;
}

function AreaResult({ model, score }: AreaResultProps) {
  const text = describeArea(model, score);
  const { area } = score;
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
                <span class="tag">{item.label}</span>
                {` ${item.todo} `}
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
                <span class="tag">{item.label}</span>
                {` ${item.question}`}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        {`${t('tool.readNext')}: `}
        <a href={url(area.readNext.href)}>{area.readNext.label}</a>
      </p>
    </div>
  );
}

export function ChecklistsTool({ model }: ChecklistsToolProps) {
  const saved = useToolAnswers('checklistor');
  const store = saved.actions;
  const { answers } = fitAnswers(saved.answers, checklistsSpace(model));
  const result = scoreChecklists(model, answers);
  const text = describeChecklists(model, result);
  const notJudged = result.scores.filter((s) => !s.judged);

  return (
    <div class="tool checklists" data-tool="checklistor">
      <StorageNotice message={saved.notice} onDismiss={store.dismissNotice} />
      <ExampleBanner example={saved.example} />
      <p class="tool__saved no-print">{t('tool.saved')}</p>

      <nav class="checklists__nav no-print" aria-labelledby="checklistor-omraden">
        <h2 id="checklistor-omraden">{TEXT.areas}</h2>
        <p class="tool__hint">{TEXT.areasHint}</p>
        <ol>
          {result.scores.map((s) => (
            <li key={s.area.id}>
              <a href={`#${anchor(s.area.id)}`}>{s.area.title}</a> <span class="muted">{`– ${navStatus(s)}`}</span>
            </li>
          ))}
        </ol>
        <p>
          <a href={`#${RESULT_ID}`}>{TEXT.toResult}</a>
        </p>
      </nav>

      {result.scores.map((score, i) => {
        const { area } = score;
        const next = model.areas[i + 1];
        return (
          <section key={area.id} id={anchor(area.id)} class="tool__group checklists__area" aria-labelledby={`${anchor(area.id)}-rubrik`}>
            <h2 id={`${anchor(area.id)}-rubrik`}>
              <span class="checklists__number">{`${i + 1}.`}</span> {area.title}
            </h2>
            <p class="tool__hint">{area.intro}</p>
            <p class="checklists__source">
              {`${TEXT.source}: ${area.source}.`}
            </p>
            {area.items.map((item) => (
              <AgreementQuestion
                key={item.id}
                name={`checklistor-${item.id}`}
                question={item.question}
                value={answers[item.id]}
                onChange={(v) => store.setAnswer(item.id, v)}
              />
            ))}
            <AreaResult model={model} score={score} />
            <p class="checklists__jump no-print">
              {next && (
                <>
                  <a href={`#${anchor(next.id)}`}>{`${TEXT.next}: ${next.title}`}</a>
                  {' · '}
                </>
              )}
              <a href={`#${RESULT_ID}`}>{TEXT.back}</a>
            </p>
          </section>
        );
      })}

      <section id={RESULT_ID} class="tool__result" aria-labelledby={`${RESULT_ID}-rubrik`}>
        <h2 id={`${RESULT_ID}-rubrik`}>{t('tool.result')}</h2>
        <p class="tool__headline" aria-live="polite">
          {text.headline}
        </p>
        {text.lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
        {result.ranked.length > 0 && (
          <>
            <h3>{TEXT.ranked}</h3>
            <ol class="checklists__ranked">
              {result.ranked.map((s) => (
                <li key={s.area.id} class={result.weakest.includes(s) ? 'checklists__weakest' : undefined}>
                  <a href={`#${anchor(s.area.id)}`}>{s.area.title}</a>
                  {`: ${describeArea(model, s).summary}`}
                </li>
              ))}
            </ol>
          </>
        )}
        {result.status !== 'empty' && notJudged.length > 0 && (
          <>
            <h3>{TEXT.notJudged}</h3>
            <ul class="checklists__ranked">
              {notJudged.map((s) => (
                <li key={s.area.id}>
                  <a href={`#${anchor(s.area.id)}`}>{s.area.title}</a>
                  {`: ${describeArea(model, s).summary}`}
                </li>
              ))}
            </ul>
          </>
        )}
        <p>
          {`${t('tool.readNext')}: `}
          {result.weakest.map((s) => (
            <span key={s.area.id}>
              <a href={url(s.area.readNext.href)}>{s.area.readNext.label}</a>
              {', '}
            </span>
          ))}
          <a href={url(model.readNext.href)}>{model.readNext.label}</a>
        </p>
      </section>
      <ToolActions onReset={store.reset} inExample={saved.example !== null} />
    </div>
  );
}
