// Island: Samverkanstrappan. Thin: the store keeps the answers, src/lib/scoring computes and
// words the result; this component only lays them out.
import '../../styles/tools.css';
import './style.css';
import { fitAnswers } from '../../lib/answers';
import { CARRY_KINDS, FORM_KEY, NEED_KINDS, scoreStaircase, staircaseSpace, UNKNOWN, type FactorKind } from './score';
import { describeStaircase } from './words';
import { url } from '../../lib/url';
import { AGREEMENT_LABELS } from '../shared/scale';
import type { StaircaseFactor, StaircaseModel } from './schema';
import { t } from '../../ui/strings';
import { AgreementQuestion } from '../../ui/tool/AgreementQuestion';
import { StaircaseFigure } from './StaircaseFigure';
import { StorageNotice } from '../../ui/tool/StorageNotice';
import { ToolActions } from '../../ui/tool/ToolActions';
import { ExampleBanner } from '../../ui/tool/ExampleBanner';
import { useToolAnswers } from '../../ui/tool/use-answers';

export interface StaircaseToolProps {
  model: StaircaseModel;
}

const ID = 'samverkanstrappan';

/** The groups of questions, with the tool's own headings. */
const GROUPS: { id: string; heading: string; hint: string; kinds: readonly FactorKind[] }[] = [
  { id: 'behov', heading: 'Behovet', hint: 'Hur svårt är problemet, och hur mycket av stödet finns redan? Svaren pekar ut vilket steg som behövs.', kinds: NEED_KINDS },
  { id: 'bara', heading: 'Det ni kan bära', hint: 'Vilka resurser har ni, och vad vill ni åstadkomma? Svaren visar om steget är realistiskt för er.', kinds: CARRY_KINDS },
];

interface GradedProps {
  factor: StaircaseFactor;
  value: string | undefined;
  /** called with the item and the chosen option */
  onAnswer: (item: string, option: string) => void;
}

function GradedQuestion({ factor, value, onAnswer }: GradedProps) {
  const options = [...factor.options, { id: UNKNOWN, label: AGREEMENT_LABELS['vet-inte'] }];
  return (
    <fieldset class="question">
      <legend>{factor.question}</legend>
      <div class="question__options question__options--stacked">
        {options.map((o) => (
          <label key={o.id} class="question__option question__option--long">
            <input type="radio" name={`${ID}-${factor.id}`} value={o.id} checked={value === o.id} onChange={() => onAnswer(factor.id, o.id)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function StaircaseTool({ model }: StaircaseToolProps) {
  const saved = useToolAnswers('samverkanstrappan');
  const store = saved.actions;
  const { answers } = fitAnswers(saved.answers, staircaseSpace(model));
  const result = scoreStaircase(model, answers);
  const text = describeStaircase(model, result);
  const showFigure = result.recommended.length > 0 || result.form.chosen !== undefined;

  return (
    <div class="tool staircase" data-tool={ID}>
      <StorageNotice message={saved.notice} onDismiss={store.dismissNotice} />
      <ExampleBanner example={saved.example} />
      <p class="tool__saved no-print">{t('tool.saved')}</p>

      {GROUPS.map((g) => (
        <section key={g.id} class="tool__group" aria-labelledby={`${ID}-${g.id}`}>
          <h2 id={`${ID}-${g.id}`}>{g.heading}</h2>
          <p class="tool__hint">{g.hint}</p>
          {model.factors
            .filter((f) => g.kinds.includes(f.kind))
            .map((f) => (
              <GradedQuestion key={f.id} factor={f} value={answers[f.id]} onAnswer={store.setAnswer} />
            ))}
        </section>
      ))}

      <section class="tool__group" aria-labelledby={`${ID}-form`}>
        <h2 id={`${ID}-form`}>Er form</h2>
        <fieldset class="question question--target">
          <legend>{model.form.question}</legend>
          <div class="question__options question__options--stacked">
            {[...model.steps, model.form.undecided].map((s) => (
              <label key={s.id} class="question__option question__option--long">
                <input type="radio" name={`${ID}-${FORM_KEY}`} value={s.id} checked={answers[FORM_KEY] === s.id} onChange={() => store.setAnswer(FORM_KEY, s.id)} />
                {'number' in s ? (
                  <span class="staircase__option-text">
                    <span>
                      Steg {s.number}: {s.name}
                    </span>
                    <span class="staircase__summary">{s.summary}</span>
                  </span>
                ) : (
                  <span>{s.label}</span>
                )}
              </label>
            ))}
          </div>
        </fieldset>
      </section>

      <section class="tool__group" aria-labelledby={`${ID}-nyckelfragor`}>
        <h2 id={`${ID}-nyckelfragor`}>Tre nyckelfrågor</h2>
        <p class="tool__hint">De här frågorna kommer tillbaka vilken form ni än väljer.</p>
        {model.keyQuestions.map((q) => (
          <AgreementQuestion
            key={q.id}
            name={`${ID}-${q.id}`}
            question={`${q.title}: ${q.question}`}
            value={answers[q.id]}
            onChange={(v) => store.setAnswer(q.id, v)}
          />
        ))}
      </section>

      <section class="tool__result" aria-labelledby={`${ID}-resultat`}>
        <h2 id={`${ID}-resultat`}>{t('tool.result')}</h2>
        <p class="tool__headline" aria-live="polite">
          {text.headline}
        </p>
        {showFigure && <StaircaseFigure model={model} recommended={result.recommended} chosen={result.form.chosen} />}
        {text.lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
        {text.keySummary && (
          <>
            <h3>Nyckelfrågorna</h3>
            <p>{text.keySummary}</p>
            {text.keyLines.length > 0 && (
              <ul class="staircase__warnings">
                {text.keyLines.map((k) => (
                  <li key={k.id}>
                    <strong>{k.title}.</strong> {k.text}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
        <p class="staircase__read-next">{t('tool.readNext')}:</p>
        <ul>
          {text.readNext.map((r) => (
            <li key={r.href}>
              <a href={url(r.href)}>{r.label}</a>
            </li>
          ))}
        </ul>
      </section>
      <ToolActions onReset={store.reset} inExample={saved.example !== null} />
    </div>
  );
}
