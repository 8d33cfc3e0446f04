// Island on a case page, for trainers: the case's fictional members become a practice group in
// the group view (stored with the facilitator's groups, marked as an example), which then opens.
import { useEffect, useState } from 'preact/hooks';
import type { ExampleGroup } from '../../lib/group/model';
import { url } from '../../lib/url';
import { addExampleGroup } from '../../stores/groups';
import { t } from '../../ui/strings-tools';

export interface OpenExampleGroupProps {
  group: ExampleGroup;
}

export function OpenExampleGroup({ group }: OpenExampleGroupProps) {
  const [error, setError] = useState('');
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const open = () => {
    const id = addExampleGroup(group);
    if (!id) {
      setError(t('example.group.full'));
      return;
    }
    window.location.assign(url('/workshop/gruppvy/'));
  };
  return (
    <div class="open-example-group">
      <button type="button" class="button" disabled={!hydrated} onClick={open}>
        {t('example.group.open')}
      </button>
      {error && (
        <p class="notice" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
