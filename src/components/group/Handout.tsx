// The part of the session the group writes itself: the questions to discuss (from the largest
// disagreements), the round before's actions to look back on, the actions agreed now, and free
// notes (where older rounds kept their next steps). Printed as part of the handout.
import { useState } from 'preact/hooks';
import type { Question } from '../../lib/group/handout';
import type { Action, ActionStatus, ReviewedAction } from '../../lib/group/model';
import { ActionsEditor, Review } from './Actions';
import { QuestionList } from './QuestionList';
import { t } from '../../ui/strings-group';

export interface HandoutProps {
  questions: Question[];
  review: ReviewedAction[];
  actions: Action[];
  nextSteps: string;
  onNextSteps: (text: string) => void;
  onActions: (actions: Action[]) => void;
  onStatus: (id: string, status: ActionStatus) => void;
}

export function Handout(p: HandoutProps) {
  // Started once per round (the view keys this by round), like the actions' draft.
  const [draft, setDraft] = useState(p.nextSteps);
  return (
    <section class="group-handout no-print" aria-labelledby="grupp-samtal">
      {p.review.length > 0 && (
        <>
          <h3 id="grupp-uppfoljning">{t('group.review.title')}</h3>
          <Review review={p.review} onStatus={p.onStatus} />
        </>
      )}
      <h3 id="grupp-samtal">{t('group.handout.title')}</h3>
      {p.questions.length === 0 ? <p>{t('group.handout.noQuestions')}</p> : <QuestionList questions={p.questions} />}
      <h3 id="grupp-atgarder">{t('group.actions.title')}</h3>
      <p>{t('group.actions.hint')}</p>
      <ActionsEditor actions={p.actions} onChange={p.onActions} />
      <label class="group-handout__notes">
        {t('group.actions.notes')}
        <textarea
          class="group-handout__steps"
          rows={4}
          value={draft}
          onInput={(e) => setDraft(e.currentTarget.value)}
          onBlur={() => p.onNextSteps(draft)}
        />
      </label>
    </section>
  );
}
