// One amount field: a labelled text input with a numeric keyboard. What the reader types is kept
// as typed; a valid amount is saved at once, an empty field clears the answer, and anything else
// shows a Swedish message and is not counted (the store never holds anything but digits).
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatAmount, parseAmountInput, type AmountRange } from '../../lib/amounts';

export interface AmountInputProps {
  /** unique on the page */
  id: string;
  /** the label, read by screen readers; the table's headers show it to sighted readers */
  label: string;
  /** the saved amount (digits), or undefined */
  value: string | undefined;
  /**
   * The saved amount as the store holds it right now. Renders can lag behind fast typing; the
   * store cannot, so it decides whether a change came from elsewhere (reset, example, import).
   */
  live: () => string | undefined;
  range: AmountRange;
  /** unit in words, for messages ("tusental kronor") */
  unitName: string;
  onChange: (value: string | undefined) => void;
}

const shown = (value: string | undefined) => (value === undefined ? '' : formatAmount(Number(value)));

export function AmountInput({ id, label, value, live, range, unitName, onChange }: AmountInputProps) {
  const [text, setText] = useState(shown(value));
  const [error, setError] = useState('');
  // What this field last saved: when the store holds something else, someone else changed it
  // (reset, example, import, another tab), and then the field shows the new value.
  const saved = useRef(value);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const now = live();
    if (now !== saved.current) {
      saved.current = now;
      setText(shown(now));
      setError('');
    }
  }, [value]);

  const onInput = (raw: string) => {
    setText(raw);
    const parsed = parseAmountInput(raw, range, unitName);
    const next = parsed.ok ? parsed.value : undefined;
    setError(parsed.ok ? '' : `${parsed.error} Rutan räknas som tom tills beloppet är rättat.`);
    if (next !== saved.current) {
      saved.current = next;
      onChange(next);
    }
  };

  // What was typed before the island woke (src/ui/tool/wake.ts) stands in the field: adopt it,
  // unless it is just the saved amount that the page showed.
  useEffect(() => {
    const typed = field.current?.value ?? '';
    const parsed = parseAmountInput(typed, range, unitName);
    if (typed !== '' && !(parsed.ok && parsed.value === live())) onInput(typed);
  }, []);

  return (
    <>
      <label for={id} class="visually-hidden">
        {label}
      </label>
      <input
        ref={field}
        id={id}
        type="text"
        inputMode="numeric"
        autocomplete="off"
        spellcheck={false}
        class="amount-input"
        value={text}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-fel` : undefined}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {error && (
        <span id={`${id}-fel`} class="amount-input__error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
