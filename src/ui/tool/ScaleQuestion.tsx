// One question as a real radio group in a fieldset, built from the tool's question list
// (src/lib/items.ts), so the labels are the same ones the group view and the CSV show.
// Every kind of item uses it: ja/delvis/nej, ratings with a number badge, and choices.
import type { ComponentChildren } from 'preact';
import type { ToolItem } from '../../lib/items';
import { capitalise } from '../../lib/swedish';

export interface ScaleQuestionProps {
  /** the tool's id: radio names are "<tool>-<item>", unique on the page */
  tool: string;
  item: ToolItem;
  value: string | undefined;
  onAnswer: (item: string, option: string) => void;
  /** the question as asked, when it differs from the item's short label */
  legend?: string | undefined;
  /** a line under the question, read out with it */
  hint?: string | undefined;
  /** ratings: show each option's number in a badge before its words */
  numbered?: boolean;
  /** long option texts: one under the other */
  stacked?: boolean;
  /** an extra class on the fieldset */
  class?: string;
  /** more than a line under the question (the two ends of a line …), read out with it */
  children?: ComponentChildren;
  /** a line under an option's words, by option id (what a phase or a form means) */
  details?: Readonly<Record<string, string | undefined>>;
}

/** "2 – i ganska hög grad" → badge "2" and "I ganska hög grad". */
function numberedLabel(label: string): [string, string] {
  const at = label.indexOf(' – ');
  return at < 0 ? ['', label] : [label.slice(0, at), capitalise(label.slice(at + 3))];
}

export function ScaleQuestion({
  tool,
  item,
  value,
  onAnswer,
  legend,
  hint,
  numbered = false,
  stacked = false,
  class: extra,
  children,
  details,
}: ScaleQuestionProps) {
  const name = `${tool}-${item.id}`;
  const described = [hint && `${name}-forklaring`, children && `${name}-mer`].filter(Boolean).join(' ');
  return (
    <fieldset class={extra ? `question ${extra}` : 'question'} aria-describedby={described || undefined}>
      <legend>{legend ?? item.label}</legend>
      {hint && (
        <p id={`${name}-forklaring`} class="question__hint">
          {hint}
        </p>
      )}
      {children && <div id={`${name}-mer`}>{children}</div>}
      <div class={stacked ? 'question__options question__options--stacked' : 'question__options'}>
        {item.options.map((option) => {
          const [n, words] = numbered && option.value !== null ? numberedLabel(option.label) : ['', option.label];
          const detail = details?.[option.id];
          return (
            <label key={option.id} class="question__option">
              <input
                type="radio"
                name={name}
                value={option.id}
                checked={value === option.id}
                onChange={() => onAnswer(item.id, option.id)}
              />
              {detail ? (
                <span class="question__option-text">
                  <span>{words}</span>
                  <span class="question__detail">{detail}</span>
                </span>
              ) : (
                <span>
                  {n && <span class="question__n">{n}</span>} {words}
                </span>
              )}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
