// The actions a group agrees, as rows of what, who and by when – and, in the next round, the
// round before's actions with how far each has come (klar, pågår, inte påbörjad).
import { useState } from 'preact/hooks';
import { ACTION_STATUSES, randomId, type Action, type ActionStatus, type ReviewedAction } from '../../lib/group/model';
import { t, tf } from '../../ui/strings-group';

export interface ActionsEditorProps {
  actions: Action[];
  onChange: (actions: Action[]) => void;
}

const FIELDS = ['what', 'who', 'by'] as const;
const FIELD_LABEL = { what: t('group.actions.what'), who: t('group.actions.who'), by: t('group.actions.by') };
const STATUS_WORD: Record<ActionStatus, string> = {
  klar: t('group.review.klar'),
  pagar: t('group.review.pagar'),
  'ej-paborjad': t('group.review.ej-paborjad'),
};

export function ActionsEditor({ actions, onChange }: ActionsEditorProps) {
  // Typing stays local; the round is saved when a field is left, so storage is not written per key.
  // The draft starts from the round's actions once (the view keys this by round): taking every
  // saved copy back in would undo what was typed in the next field meanwhile.
  const [draft, setDraft] = useState(actions);
  const commit = (next: Action[]) => {
    setDraft(next);
    onChange(next);
  };
  const edit = (i: number, field: (typeof FIELDS)[number], value: string) =>
    setDraft(draft.map((a, j) => (j === i ? { ...a, [field]: value } : a)));
  return (
    <div class="actions">
      {draft.length === 0 && <p>{t('group.actions.none')}</p>}
      {draft.map((a, i) => (
        <fieldset key={a.id} class="actions__row">
          <legend>{tf('group.actions.row', { n: i + 1 })}</legend>
          {FIELDS.map((field) => (
            <label key={field} class={`actions__${field}`}>
              {FIELD_LABEL[field]}
              <input
                type="text"
                value={a[field]}
                maxLength={300}
                onInput={(e) => edit(i, field, e.currentTarget.value)}
                onBlur={() => onChange(draft)}
              />
            </label>
          ))}
          <button type="button" class="button button--small" onClick={() => commit(draft.filter((_, j) => j !== i))}>
            {tf('group.actions.remove', { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      <button type="button" class="button" onClick={() => commit([...draft, { id: randomId('a'), what: '', who: '', by: '' }])}>
        {t('group.actions.add')}
      </button>
    </div>
  );
}

export const statusWord = (s: ActionStatus | undefined) => (s ? STATUS_WORD[s] : t('group.review.unset'));

/** "Kim · senast 15 jan", leaving out what was not given. */
export function actionMeta(a: Action): string {
  if (a.who && a.by) return tf('group.review.meta', { who: a.who, by: a.by });
  return a.who || (a.by ? tf('group.review.meta', { who: '', by: a.by }).replace(/^ · /, '') : '');
}

export interface ReviewProps {
  review: ReviewedAction[];
  onStatus: (id: string, status: ActionStatus) => void;
}

export function Review({ review, onStatus }: ReviewProps) {
  return (
    <ul class="review">
      {review.map((a) => (
        <li key={a.id}>
          <fieldset class="review__item">
            <legend>
              <span class="review__what">{a.what}</span> <span class="review__meta">{actionMeta(a)}</span>
            </legend>
            {ACTION_STATUSES.map((s) => (
              <label key={s} class="review__status">
                <input type="radio" name={`status-${a.id}`} checked={a.status === s} onChange={() => onStatus(a.id, s)} /> {STATUS_WORD[s]}
              </label>
            ))}
          </fieldset>
        </li>
      ))}
    </ul>
  );
}
