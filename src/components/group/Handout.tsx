// The part of the handout the group writes itself: questions to discuss (from the largest
// disagreements) and the next steps it agreed, kept with the round. On paper the text field
// becomes plain text.
import { useEffect, useState } from 'preact/hooks';
import type { Question } from '../../lib/group/handout';

export interface HandoutProps {
  questions: Question[];
  nextSteps: string;
  onNextSteps: (text: string) => void;
}

export function Handout({ questions, nextSteps, onNextSteps }: HandoutProps) {
  const [draft, setDraft] = useState(nextSteps);
  useEffect(() => setDraft(nextSteps), [nextSteps]);
  return (
    <section class="group-handout" aria-labelledby="grupp-samtal">
      <h3 id="grupp-samtal">Att diskutera</h3>
      {questions.length === 0 ? (
        <p>Frågorna visas när minst två personer har svarat på samma verktyg.</p>
      ) : (
        <ol>
          {questions.map((q, i) => (
            <li key={i}>
              <strong>{q.tool}:</strong> {q.text}
            </li>
          ))}
        </ol>
      )}
      <h3 id="grupp-nasta-steg">Nästa steg vi har kommit överens om</h3>
      <p class="no-print">Skriv en eller två åtgärder, var och en med ägare och datum, och när ni skattar nästa gång.</p>
      <textarea
        class="no-print group-handout__steps"
        aria-labelledby="grupp-nasta-steg"
        rows={5}
        value={draft}
        onInput={(e) => setDraft(e.currentTarget.value)}
        onBlur={() => onNextSteps(draft)}
      />
      <p class="print-only group-handout__printed">{draft.trim() || '…'}</p>
    </section>
  );
}
