// Who is in the round: each person as "Person n" (or their name, when names are shown), their
// organisation and the tools they answered – with a way to take someone out.
import type { Round } from '../../lib/group/model';
import { memberLabel } from '../../lib/group/model';
import { t, tf } from '../../ui/strings-group';

export interface MemberListProps {
  round: Round;
  showNames: boolean;
  toolNames: Record<string, string>;
  onRemove: (memberId: string) => void;
}

export function MemberList({ round, showNames, toolNames, onRemove }: MemberListProps) {
  if (round.members.length === 0) return <p class="muted">{t('group.members.none')}</p>;
  return (
    <ul class="group-members">
      {round.members.map((m) => {
        const label = memberLabel(round, m, showNames);
        return (
          <li key={m.id}>
            <span class="group-members__who">{label}</span>
            {m.org ? <span class="group-members__org"> · {m.org}</span> : null}
            <span class="group-members__tools">
              {' '}
              ·{' '}
              {Object.keys(m.answers)
                .map((t) => (Object.hasOwn(toolNames, t) ? toolNames[t] : t))
                .join(', ')}
            </span>{' '}
            <button
              type="button"
              class="button button--small no-print"
              onClick={() => {
                if (window.confirm(tf('group.members.remove.confirm', { who: label }))) onRemove(m.id);
              }}
            >
              {t('group.members.remove')}
              <span class="visually-hidden"> {label}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
