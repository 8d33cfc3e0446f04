// Answering in turn on one device: one person at a time answers a tool here; their answers go into
// the group and the form empties for the next person, so nobody sees the one before. First a
// warning: on a screen mirrored to a projector the whole room would see each person's answers.
import { useState } from 'preact/hooks';
import type { GroupToolSpec } from '../../lib/group/spec';
import { MAX_NAME_LENGTH } from '../../lib/codes/label';
import type { Answers } from '../../tools/shared/scale';
import { t, tf } from '../../ui/strings-group';

export interface TurnFormProps {
  specs: GroupToolSpec[];
  onDone: (tool: string, answers: Answers, name: string, org: string) => string;
}

export function TurnForm({ specs, onDone }: TurnFormProps) {
  const [tool, setTool] = useState(specs[0]?.tool ?? '');
  const [answers, setAnswers] = useState<Answers>({});
  const [name, setName] = useState('');
  const [org, setOrg] = useState('');
  const [status, setStatus] = useState('');
  const [private_, setPrivate] = useState(false);
  const spec = specs.find((s) => s.tool === tool);
  const answered = Object.keys(answers).length;
  const save = (e: Event) => {
    e.preventDefault();
    if (!spec || answered === 0) {
      setStatus(t('group.turn.noAnswer'));
      return;
    }
    setStatus(onDone(spec.tool, answers, name, org));
    setAnswers({});
    setName('');
    setOrg('');
  };
  if (!private_) {
    return (
      <div class="turn__warning notice" role="note">
        <p>
          <strong>{t('group.turn.warn.title')}</strong> {t('group.turn.warn.text')}
        </p>
        <button type="button" class="button" onClick={() => setPrivate(true)}>
          {t('group.turn.warn.ok')}
        </button>
      </div>
    );
  }
  return (
    <form class="turn" onSubmit={save}>
      <label for="tur-verktyg">{t('group.turn.tool')}</label>{' '}
      <select
        id="tur-verktyg"
        value={tool}
        onChange={(e) => {
          setTool(e.currentTarget.value);
          setAnswers({});
        }}
      >
        {specs.map((s) => (
          <option key={s.tool} value={s.tool}>
            {s.name}
          </option>
        ))}
      </select>
      <div class="share__fields">
        <label>
          {t('share.name')}
          <input type="text" value={name} maxLength={MAX_NAME_LENGTH} onInput={(e) => setName(e.currentTarget.value)} />
        </label>
        <label>
          {t('share.org')}
          <input type="text" value={org} maxLength={MAX_NAME_LENGTH} onInput={(e) => setOrg(e.currentTarget.value)} />
        </label>
      </div>
      {spec?.items.map((item) => (
        <fieldset key={`${tool}-${item.id}`} class="question">
          <legend>
            <span class="turn__section">{item.section}: </span>
            {item.label}
          </legend>
          <div class="question__options">
            {item.options.map((o) => (
              <label key={o.id} class="question__option">
                <input
                  type="radio"
                  name={`tur-${item.id}`}
                  value={o.id}
                  checked={answers[item.id] === o.id}
                  onChange={() => setAnswers({ ...answers, [item.id]: o.id })}
                />
                {o.label}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <button type="submit" class="button button--primary">
        {tf('group.turn.save', { n: answered })}
      </button>
      <p role="status" class="tool__saved">
        {status}
      </p>
    </form>
  );
}
