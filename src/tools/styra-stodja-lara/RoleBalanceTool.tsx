// Island: Styra – stödja – lära. Thin: the store keeps the answers, src/lib/scoring computes and
// words the result; this component only lays them out.
import '../../styles/tools.css';
import './style.css';
import { fitAnswers } from '../../lib/answers';
import { RATING_OPTIONS, roleBalanceSpace, scoreRoleBalance, UNKNOWN } from './score';
import { describeRoleBalance } from './words';
import { url } from '../../lib/url';
import { AGREEMENT_LABELS } from '../shared/scale';
import type { Role, RoleBalanceModel } from './schema';
import { answersStore } from '../../stores/answers-store';
import { t } from '../../ui/strings';
import { AgreementQuestion } from '../../ui/tool/AgreementQuestion';
import { RoleBalanceFigure } from './RoleBalanceFigure';
import { StorageNotice } from '../../ui/tool/StorageNotice';
import { ToolActions } from '../../ui/tool/ToolActions';
import { useAnswers } from '../../ui/tool/use-answers';

const roleBalanceStore = answersStore('styra-stodja-lara');

const TOOL = 'styra-stodja-lara';

export interface RoleBalanceToolProps {
  model: RoleBalanceModel;
}

interface RoleQuestionProps {
  role: Role;
  scale: readonly string[];
  value: string | undefined;
}

/** One role rated 0–3 or "vet inte": a real radio group in a fieldset. */
function RoleQuestion({ role, scale, value }: RoleQuestionProps) {
  const name = `${TOOL}-${role.id}`;
  return (
    <fieldset class="question" aria-describedby={`${name}-forklaring`}>
      <legend>{role.name}</legend>
      <p id={`${name}-forklaring`} class="role-balance__explanation">
        {role.explanation}
      </p>
      <div class="question__options">
        {RATING_OPTIONS.map((option) => (
          <label key={option} class="question__option">
            <input type="radio" name={name} value={option} checked={value === option} onChange={() => roleBalanceStore.setAnswer(role.id, option)} />
            {option === UNKNOWN ? (
              <span>{AGREEMENT_LABELS[UNKNOWN]}</span>
            ) : (
              <span>
                <span class="role-balance__n">{option}</span> {(scale[Number(option)] ?? '').replace(/^./, (c) => c.toUpperCase())}
              </span>
            )}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function RoleBalanceTool({ model }: RoleBalanceToolProps) {
  const saved = useAnswers(roleBalanceStore);
  const { answers } = fitAnswers(saved.answers, roleBalanceSpace(model));
  const result = scoreRoleBalance(model, answers);
  const text = describeRoleBalance(model, result);

  return (
    <div class="tool role-balance" data-tool={TOOL}>
      <StorageNotice message={saved.notice} onDismiss={roleBalanceStore.dismissNotice} />
      <p class="tool__saved no-print">{t('tool.saved')}</p>
      <p>
        <strong>{model.question}</strong> Skalan går från 0 ({model.scale[0]}) till 3 ({model.scale[3]}). Välj ”vet inte” om ni inte kan bedöma
        rollen – det räknas inte in i resultatet.
      </p>
      {model.sides.map((side) => (
        <section key={side.id} class="tool__group" aria-labelledby={`sida-${side.id}`}>
          <h2 id={`sida-${side.id}`}>{side.name}</h2>
          <p class="tool__hint">{side.summary}</p>
          {side.roles.map((r) => (
            <RoleQuestion key={r.id} role={r} scale={model.scale} value={answers[r.id]} />
          ))}
        </section>
      ))}
      <section class="tool__group" aria-labelledby={`${TOOL}-styrmedel`}>
        <h2 id={`${TOOL}-styrmedel`}>{t('roleBalance.instruments')}</h2>
        <AgreementQuestion
          name={`${TOOL}-${model.instruments.id}`}
          question={model.instruments.question}
          value={answers[model.instruments.id]}
          onChange={(v) => roleBalanceStore.setAnswer(model.instruments.id, v)}
        />
      </section>

      <section class="tool__result" aria-labelledby={`${TOOL}-resultat`}>
        <h2 id={`${TOOL}-resultat`}>{t('tool.result')}</h2>
        <p class="tool__headline" aria-live="polite">
          {text.headline}
        </p>
        {result.rated > 0 && <RoleBalanceFigure sides={result.sides} weakest={result.weakest.map((s) => s.side.id)} />}
        {text.sides.length > 0 && (
          <ul>
            {text.sides.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
        {text.notes.map((line) => (
          <p key={line}>{line}</p>
        ))}
        {text.advice.map((line) => (
          <p key={line}>{line}</p>
        ))}
        {text.mistakes.length > 0 && <h3>{t('roleBalance.mistakes')}</h3>}
        {text.mistakes.map((m) => (
          <div key={m.title} class="role-balance__mistake">
            <p class="role-balance__mistake-title">{m.title}</p>
            <p>{m.text}</p>
          </div>
        ))}
        {text.weakRoles.length > 0 && (
          <>
            <h3>{t('roleBalance.weakRoles')}</h3>
            <ul>
              {text.weakRoles.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        )}
        <p>{t('tool.readNext')}:</p>
        <ul>
          {text.readNext.map((link) => (
            <li key={link.href}>
              <a href={url(link.href)}>{link.label}</a>
            </li>
          ))}
        </ul>
      </section>
      <ToolActions onReset={roleBalanceStore.reset} />
    </div>
  );
}
