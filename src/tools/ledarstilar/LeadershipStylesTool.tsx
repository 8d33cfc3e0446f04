// Island: Två ledarstilar. Thin: the store keeps the answers, src/lib/scoring computes and words
// the result; this component only lays them out.
import '../../styles/tools.css';
import './style.css';
import { fitAnswers } from '../../lib/answers';
import { leadershipStylesSpace, POSITION_OPTIONS, scoreLeadershipStyles, UNKNOWN } from './score';
import { describeLeadershipStyles } from './words';
import { url } from '../../lib/url';
import { AGREEMENT_LABELS } from '../shared/scale';
import type { LeadershipFactor, LeadershipStylesModel } from './schema';
import { answersStore } from '../../stores/answers-store';
import { t } from '../../ui/strings';
import { LeadershipProfileFigure } from './LeadershipProfileFigure';
import { StorageNotice } from '../../ui/tool/StorageNotice';
import { ToolActions } from '../../ui/tool/ToolActions';
import { useAnswers } from '../../ui/tool/use-answers';

const leadershipStylesStore = answersStore('ledarstilar');

const TOOL = 'ledarstilar';

export interface LeadershipStylesToolProps {
  model: LeadershipStylesModel;
}

interface FactorQuestionProps {
  model: LeadershipStylesModel;
  factor: LeadershipFactor;
  value: string | undefined;
}

/** One factor placed on the line 1–5 or "vet inte": a real radio group, the two poles described. */
function FactorQuestion({ model, factor, value }: FactorQuestionProps) {
  const name = `${TOOL}-${factor.id}`;
  return (
    <fieldset class="question" aria-describedby={`${name}-poler`}>
      <legend>{factor.name}</legend>
      <dl id={`${name}-poler`} class="styles-poles">
        <div>
          <dt>{model.poles.preserving.name}</dt>
          <dd>{factor.preserving}</dd>
        </div>
        <div>
          <dt>{model.poles.crossing.name}</dt>
          <dd>{factor.crossing}</dd>
        </div>
      </dl>
      <div class="question__options">
        {POSITION_OPTIONS.map((option) => (
          <label key={option} class="question__option">
            <input type="radio" name={name} value={option} checked={value === option} onChange={() => leadershipStylesStore.setAnswer(factor.id, option)} />
            {option === UNKNOWN ? (
              <span>{AGREEMENT_LABELS[UNKNOWN]}</span>
            ) : (
              <span>
                <span class="styles-option__n">{option}</span> {(model.scale[Number(option) - 1] ?? '').replace(/^./, (c) => c.toUpperCase())}
              </span>
            )}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function LeadershipStylesTool({ model }: LeadershipStylesToolProps) {
  const saved = useAnswers(leadershipStylesStore);
  const { answers } = fitAnswers(saved.answers, leadershipStylesSpace(model));
  const result = scoreLeadershipStyles(model, answers);
  const text = describeLeadershipStyles(model, result);

  return (
    <div class="tool leadership-styles" data-tool={TOOL}>
      <StorageNotice message={saved.notice} onDismiss={leadershipStylesStore.dismissNotice} />
      <p class="tool__saved no-print">{t('tool.saved')}</p>
      <p>
        <strong>{model.question}</strong> Linjen går från 1 ({model.scale[0]}) till 5 ({model.scale[4]}). Välj ”vet inte” om ni inte kan
        bedöma faktorn – det räknas inte in i resultatet.
      </p>
      <div class="tool__group">
        {model.factors.map((f) => (
          <FactorQuestion key={f.id} model={model} factor={f} value={answers[f.id]} />
        ))}
      </div>

      <section class="tool__result" aria-labelledby={`${TOOL}-resultat`}>
        <h2 id={`${TOOL}-resultat`}>{t('tool.result')}</h2>
        <p class="tool__headline" aria-live="polite">
          {text.headline}
        </p>
        {result.placed > 0 && <LeadershipProfileFigure model={model} factors={result.factors} />}
        {text.notes.map((line) => (
          <p key={line}>{line}</p>
        ))}
        {text.factors.length > 0 && (
          <>
            <h3>{t('leadershipStyles.profile')}</h3>
            <ul class="styles-factors">
              {text.factors.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        )}
        {text.advice.length > 0 && (
          <>
            <h3>{t('leadershipStyles.advice')}</h3>
            <ul class="styles-factors">
              {text.advice.map((a) => (
                <li key={a.factor}>
                  <strong>{a.factor}:</strong> {a.text}
                </li>
              ))}
            </ul>
          </>
        )}
        {text.reflections.map((line) => (
          <p key={line} class="styles-reflection">
            {line}
          </p>
        ))}
        <p>{t('tool.readNext')}:</p>
        <ul>
          {text.readNext.map((link) => (
            <li key={link.href}>
              <a href={url(link.href)}>{link.label}</a>
            </li>
          ))}
        </ul>
      </section>
      <ToolActions onReset={leadershipStylesStore.reset} />
    </div>
  );
}
