// The part of the handout the group writes itself: questions to discuss (from the largest
// disagreements) and the next steps it agreed, kept with the round. On paper the text field
// becomes plain text.
import { useEffect, useState } from 'preact/hooks';
import type { Question } from '../../lib/group/handout';
import { QuestionList } from './QuestionList';
import { t } from '../../ui/strings-group';

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
      <h3 id="grupp-samtal">{t('group.handout.title')}</h3>
      {questions.length === 0 ? <p>{t('group.handout.noQuestions')}</p> : <QuestionList questions={questions} />}
      <h3 id="grupp-nasta-steg">{t('group.handout.nextSteps')}</h3>
      <p class="no-print">{t('group.handout.nextSteps.hint')}</p>
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
