// Choosing a group, or making a new one (name and date). Several groups can live side by side.
import { useState } from 'preact/hooks';
import type { Group } from '../../lib/group/model';
import { today } from '../../lib/group/model';
import { MAX_NAME_LENGTH } from '../../lib/codes/label';
import { createGroup, selectGroup } from '../../stores/groups';
import { t } from '../../ui/strings-group-shell';

export interface GroupPickerProps {
  groups: Group[];
  active: Group | undefined;
}

export function GroupPicker({ groups, active }: GroupPickerProps) {
  const [name, setName] = useState('');
  const [date, setDate] = useState(today());
  const [error, setError] = useState('');
  const create = (e: Event) => {
    e.preventDefault();
    if (!name.trim()) {
      setError(t('group.picker.noName'));
      return;
    }
    setError(createGroup(name, date) ? '' : t('group.picker.tooMany'));
    setName('');
  };
  return (
    <section class="group-picker no-print" aria-labelledby="grupp-val">
      <h2 id="grupp-val">{groups.length ? t('group.picker.title.some') : t('group.picker.title.none')}</h2>
      {groups.length > 0 && (
        <label>
          {t('group.picker.show')}{' '}
          <select value={active?.id} onChange={(e) => selectGroup(e.currentTarget.value)}>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name} ({g.date}){g.example ? t('group.picker.example') : ''}
              </option>
            ))}
          </select>
        </label>
      )}
      <details class="group-picker__new" open={groups.length === 0}>
        <summary>{t('group.picker.new')}</summary>
        <form onSubmit={create} class="share__fields">
          <label>
            {t('group.picker.name')}
            <input type="text" value={name} maxLength={MAX_NAME_LENGTH} onInput={(e) => setName(e.currentTarget.value)} />
          </label>
          <label>
            {t('group.picker.date')}
            <input type="date" value={date} onInput={(e) => setDate(e.currentTarget.value)} />
          </label>
          <button type="submit" class="button button--primary">
            {t('group.picker.create')}
          </button>
        </form>
        {error && (
          <p class="notice" role="alert">
            {error}
          </p>
        )}
      </details>
    </section>
  );
}
