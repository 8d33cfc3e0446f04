// Island: Hindrens isberg. Thin: the store keeps the answers, src/lib/scoring computes and words
// the result; this component only lays them out.
import '../../styles/tools.css';
import './style.css';
import { fitAnswers } from '../../lib/answers';
import { icebergSpace, RATING_OPTIONS, scoreIceberg, UNKNOWN } from './score';
import { describeIceberg } from './words';
import { url } from '../../lib/url';
import { AGREEMENT_LABELS } from '../shared/scale';
import type { IcebergModel, IcebergObstacle } from './schema';
import { t } from '../../ui/strings';
import { IcebergFigure } from './IcebergFigure';
import { StorageNotice } from '../../ui/tool/StorageNotice';
import { ToolActions } from '../../ui/tool/ToolActions';
import { ExampleBanner } from '../../ui/tool/ExampleBanner';
import { useToolAnswers } from '../../ui/tool/use-answers';

const TOOL = 'hindrens-isberg';

export interface IcebergToolProps {
  model: IcebergModel;
}

interface RatingQuestionProps {
  obstacle: IcebergObstacle;
  scale: readonly string[];
  value: string | undefined;
  /** called with the item and the chosen option */
  onAnswer: (item: string, option: string) => void;
}

/** One obstacle rated 0–3 or "vet inte": a real radio group in a fieldset. */
function RatingQuestion({ obstacle, scale, value, onAnswer }: RatingQuestionProps) {
  const name = `${TOOL}-${obstacle.id}`;
  return (
    <fieldset class="question" aria-describedby={`${name}-forklaring`}>
      <legend>{obstacle.name}</legend>
      <p id={`${name}-forklaring`} class="iceberg-question__explanation">
        {obstacle.explanation}
      </p>
      <div class="question__options">
        {RATING_OPTIONS.map((option) => {
          const n = Number(option);
          return (
            <label key={option} class="question__option">
              <input type="radio" name={name} value={option} checked={value === option} onChange={() => onAnswer(obstacle.id, option)} />
              {option === UNKNOWN ? (
                <span>{AGREEMENT_LABELS[UNKNOWN]}</span>
              ) : (
                <span>
                  <span class="iceberg-option__n">{option}</span> {(scale[n] ?? '').replace(/^./, (c) => c.toUpperCase())}
                </span>
              )}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

export function IcebergTool({ model }: IcebergToolProps) {
  const saved = useToolAnswers('hindrens-isberg');
  const store = saved.actions;
  const { answers } = fitAnswers(saved.answers, icebergSpace(model));
  const result = scoreIceberg(model, answers);
  const text = describeIceberg(model, result);

  return (
    <div class="tool iceberg-tool" data-tool={TOOL}>
      <StorageNotice message={saved.notice} onDismiss={store.dismissNotice} />
      <ExampleBanner example={saved.example} />
      <p class="tool__saved no-print">{t('tool.saved')}</p>
      <p>
        <strong>{model.question}</strong> Skalan går från 0 ({model.scale[0]}) till 3 ({model.scale[3]}). Välj ”vet inte” om ni inte kan bedöma
        hindret – det räknas inte in i resultatet.
      </p>
      {model.zones.map((zone) => (
        <section key={zone.id} class="tool__group" aria-labelledby={`zon-${zone.id}`}>
          <h2 id={`zon-${zone.id}`}>{zone.title}</h2>
          <p class="tool__hint">{zone.summary}</p>
          {zone.obstacles.map((o) => (
            <RatingQuestion key={o.id} obstacle={o} scale={model.scale} value={answers[o.id]} onAnswer={store.setAnswer} />
          ))}
        </section>
      ))}

      <section class="tool__result" aria-labelledby={`${TOOL}-resultat`}>
        <h2 id={`${TOOL}-resultat`}>{t('tool.result')}</h2>
        <p class="tool__headline" aria-live="polite">
          {text.headline}
        </p>
        {text.notes.map((line) => (
          <p key={line}>{line}</p>
        ))}
        {result.answered > 0 && <IcebergFigure zones={result.zones} dominant={result.dominant.map((z) => z.zone.id)} />}
        {text.zones.length > 0 && (
          <ul class="iceberg-zones">
            {text.zones.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
        {text.realReason && (
          <div class="iceberg-reason">
            <p class="iceberg-reason__question">Fråga er: {text.realReason.question}</p>
            <p>{text.realReason.explanation}</p>
          </div>
        )}
        {text.advice.map((line) => (
          <p key={line}>{line}</p>
        ))}
        {text.top.length > 0 && (
          <>
            <h3>De hinder som väger tyngst</h3>
            <ol>
              {text.top.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ol>
          </>
        )}
        {text.topNote && <p>{text.topNote}</p>}
        {text.warningSign && (
          <>
            <h3>{text.warningSign.title}</h3>
            <p>{text.warningSign.text}</p>
          </>
        )}
        <p>{t('tool.readNext')}:</p>
        <ul>
          {text.readNext.map((link) => (
            <li key={link.href}>
              <a href={url(link.href)}>{link.label}</a>
            </li>
          ))}
        </ul>
      </section>
      <ToolActions onReset={store.reset} inExample={saved.example !== null} />
    </div>
  );
}
