// One question answered ja / delvis / nej / vet inte: a real radio group in a fieldset.
// The tools' shared styles come with it, so any page that embeds a tool gets them.
import '../../styles/tools.css';
import { AGREEMENT, AGREEMENT_LABELS, type Agreement } from '../../tools/shared/scale';

export interface AgreementQuestionProps {
  /** unique on the page: used for the radio group's name */
  name: string;
  question: string;
  value: string | undefined;
  onChange: (value: Agreement) => void;
  options?: readonly Agreement[];
}

export function AgreementQuestion({ name, question, value, onChange, options = AGREEMENT }: AgreementQuestionProps) {
  return (
    <fieldset class="question">
      <legend>{question}</legend>
      <div class="question__options">
        {options.map((option) => (
          <label key={option} class="question__option">
            <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />
            <span>{AGREEMENT_LABELS[option]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
