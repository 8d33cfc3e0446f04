// Island: Vad är framgång? Thin: the store keeps the answers, src/lib/scoring computes and words
// the result; this component only lays them out.
import '../../styles/tools.css';
import './style.css';
import { fitAnswers } from '../../lib/answers';
import { AIMS, scoreSuccess, successSpace, UNKNOWN } from './score';
import { describeSuccess } from './words';
import { url } from '../../lib/url';
import { AGREEMENT_LABELS } from '../shared/scale';
import type { SuccessModel } from './schema';
import { answersStore } from '../../stores/answers-store';
import { t } from '../../ui/strings';
import { AgreementQuestion } from '../../ui/tool/AgreementQuestion';
import { StorageNotice } from '../../ui/tool/StorageNotice';
import { ToolActions } from '../../ui/tool/ToolActions';
import { useAnswers } from '../../ui/tool/use-answers';

const successStore = answersStore('framgang');

export interface SuccessToolProps {
  model: SuccessModel;
}

const ID = 'framgang';

interface ChoiceProps {
  item: string;
  question: string;
  hint?: string | undefined;
  options: { id: string; label: string }[];
  value: string | undefined;
}

/** A question with its own options, one per line (plus "Vet inte"). */
function ChoiceQuestion({ item, question, hint, options, value }: ChoiceProps) {
  const all = [...options, { id: UNKNOWN, label: AGREEMENT_LABELS['vet-inte'] }];
  return (
    <fieldset class="question">
      <legend>{question}</legend>
      {hint && <p class="tool__hint success__hint">{hint}</p>}
      <div class="question__options question__options--stacked">
        {all.map((o) => (
          <label key={o.id} class="question__option success__option">
            <input type="radio" name={`${ID}-${item}`} value={o.id} checked={value === o.id} onChange={() => successStore.setAnswer(item, o.id)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function SuccessTool({ model }: SuccessToolProps) {
  const saved = useAnswers(successStore);
  const { answers } = fitAnswers(saved.answers, successSpace(model));
  const result = scoreSuccess(model, answers);
  const text = describeSuccess(model, result);
  const aimOptions = AIMS.map((id) => ({ id, label: model.aimOptions[id] }));
  const agree = (id: string, question: string) => (
    <AgreementQuestion key={id} name={`${ID}-${id}`} question={question} value={answers[id]} onChange={(v) => successStore.setAnswer(id, v)} />
  );

  return (
    <div class="tool success" data-tool={ID}>
      <StorageNotice message={saved.notice} onDismiss={successStore.dismissNotice} />
      <p class="tool__saved no-print">{t('tool.saved')}</p>

      <section class="tool__group" aria-labelledby={`${ID}-nivaer`}>
        <h2 id={`${ID}-nivaer`}>Tre nivåer av framgång</h2>
        <p class="tool__hint">Vilka nivåer ska ert arbete lyckas på? Det är ett val, inte en rangordning – men valet styr hur ni bör följa upp.</p>
        {model.levels.map((l) => (
          <ChoiceQuestion key={l.id} item={l.id} question={l.question} hint={l.summary} options={aimOptions} value={answers[l.id]} />
        ))}
        {agree(model.stepMovement.id, model.stepMovement.question)}
      </section>

      <section class="tool__group" aria-labelledby={`${ID}-matt`}>
        <h2 id={`${ID}-matt`}>Mjuka och hårda värden</h2>
        <p class="tool__hint">Vad följer ni upp? Mjuka värden är sociala, hårda är ekonomiska.</p>
        {model.measures.map((m) => agree(m.id, m.question))}
        {agree(model.separate.id, model.separate.question)}
      </section>

      <section class="tool__group" aria-labelledby={`${ID}-fallgropar`}>
        <h2 id={`${ID}-fallgropar`}>Fem fallgropar</h2>
        <p class="tool__hint">Svara ja när ni undviker fallgropen.</p>
        {model.pitfalls.map((p) =>
          p.question ? (
            agree(p.id, `${p.number}. ${p.name}: ${p.question}`)
          ) : (
            <p key={p.id} class="success__derived">
              <strong>
                {p.number}. {p.name}:
              </strong>{' '}
              bedöms utifrån era svar om mjuka och hårda värden ovan.
            </p>
          ),
        )}
      </section>

      <section class="tool__group" aria-labelledby={`${ID}-vardering`}>
        <h2 id={`${ID}-vardering`}>Tre frågor att värdera arbetet med</h2>
        <p class="tool__hint">Svara utifrån hur arbetet är upplagt i dag, eller hur ni tror att det kommer att verka.</p>
        {model.evaluation.map((q) => (
          <ChoiceQuestion key={q.id} item={q.id} question={q.question} options={q.options} value={answers[q.id]} />
        ))}
      </section>

      <section class="tool__result" aria-labelledby={`${ID}-resultat`}>
        <h2 id={`${ID}-resultat`}>{t('tool.result')}</h2>
        <p class="tool__headline" aria-live="polite">
          {text.headline}
        </p>
        {text.levelLines.map((line) => (
          <p key={line}>{line}</p>
        ))}
        {text.measureLines.length > 0 && (
          <>
            <h3>Mjuka och hårda värden</h3>
            {text.measureLines.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </>
        )}
        {text.pitfallSummary && (
          <>
            <h3>Fallgroparna</h3>
            <p>{text.pitfallSummary}</p>
            {text.pitfallLines.length > 0 && (
              <ul class="success__warnings">
                {text.pitfallLines.map((p) => (
                  <li key={p.id}>
                    <strong>{p.title}.</strong> {p.text}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
        {text.evaluationLines.length > 0 && (
          <>
            <h3>Värderingsfrågorna</h3>
            {text.evaluationLines.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </>
        )}
        <p class="success__read-next">{t('tool.readNext')}:</p>
        <ul>
          {text.readNext.map((r) => (
            <li key={r.href}>
              <a href={url(r.href)}>{r.label}</a>
            </li>
          ))}
        </ul>
      </section>
      <ToolActions onReset={successStore.reset} />
    </div>
  );
}
