// Choosing a group, or making a new one (name and date). Several groups can live side by side.
import { useState } from 'preact/hooks';
import type { Group } from '../../lib/group/model';
import { today } from '../../lib/group/model';
import { MAX_NAME_LENGTH } from '../../lib/codes/answer-code';
import { createGroup, selectGroup } from '../../stores/groups';

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
      setError('Skriv gruppens namn.');
      return;
    }
    setError(createGroup(name, date) ? '' : 'Det finns redan för många grupper. Ta bort någon först.');
    setName('');
  };
  return (
    <section class="group-picker no-print" aria-labelledby="grupp-val">
      <h2 id="grupp-val">{groups.length ? 'Dina grupper' : 'Skapa en grupp'}</h2>
      {groups.length > 0 && (
        <label>
          Visa gruppen{' '}
          <select value={active?.id} onChange={(e) => selectGroup(e.currentTarget.value)}>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name} ({g.date}){g.example ? ' – exempel' : ''}
              </option>
            ))}
          </select>
        </label>
      )}
      <details class="group-picker__new" open={groups.length === 0}>
        <summary>Ny grupp</summary>
        <form onSubmit={create} class="share__fields">
          <label>
            Gruppens namn
            <input type="text" value={name} maxLength={MAX_NAME_LENGTH} onInput={(e) => setName(e.currentTarget.value)} />
          </label>
          <label>
            Datum
            <input type="date" value={date} onInput={(e) => setDate(e.currentTarget.value)} />
          </label>
          <button type="submit" class="button button--primary">
            Skapa gruppen
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
