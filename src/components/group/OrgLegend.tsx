// The key to the dots' colours and shapes: one mark per organisation, plus one for people who gave none.
import { markOf, type OrgIndex } from '../../lib/group/orgs';
import { t } from '../../ui/strings-group';

export function OrgLegend({ orgs, none }: { orgs: OrgIndex; none: boolean }) {
  if (orgs.names.length === 0) return null;
  return (
    <ul class="org-legend" aria-label={t('group.legend')}>
      {orgs.names.map((name, i) => (
        <li key={name}>
          <span class={`org-mark org-mark--${markOf(i)}`} aria-hidden="true" />
          {name}
        </li>
      ))}
      {none && (
        <li>
          <span class="org-mark org-mark--none" aria-hidden="true" />
          {t('group.legend.none')}
        </li>
      )}
    </ul>
  );
}
