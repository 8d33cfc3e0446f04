// Island: Styra – stödja – lära. A layout of shared blocks: the roles side by side, the question
// about instruments, and the result – the store keeps the answers, ./score and ./words compute
// and word the result.
import './style.css';
import { t, tf } from '../../ui/strings-tools';
import { Callouts } from '../../ui/tool/Callouts';
import { Lines } from '../../ui/tool/Lines';
import { QuestionGroup } from '../../ui/tool/QuestionGroup';
import { ResultSection } from '../../ui/tool/ResultSection';
import { ToolFrame } from '../../ui/tool/ToolFrame';
import { useTool } from '../../ui/tool/use-tool';
import { questions } from './items';
import { RoleBalanceFigure } from './RoleBalanceFigure';
import type { RoleBalanceModel } from './schema';
import { scoreRoleBalance } from './score';
import { describeRoleBalance } from './words';

const TOOL = 'styra-stodja-lara';

export interface RoleBalanceToolProps {
  /** the items Samverkanskollen also asks (marked once answered) */
  asked?: readonly string[];
  model: RoleBalanceModel;
}

export function RoleBalanceTool({ model, asked = [] }: RoleBalanceToolProps) {
  const { saved, answers, ask } = useTool(TOOL, questions(model), asked);
  const result = scoreRoleBalance(model, answers);
  const text = describeRoleBalance(model, result);

  return (
    <ToolFrame tool={TOOL} saved={saved} class="role-balance">
      <p>
        <strong>{model.question}</strong>{' '}
        {tf('tool.scale.intro', { low: model.scale[0] ?? '', high: model.scale[3] ?? '', what: 'rollen' })}
      </p>
      {model.sides.map((side) => (
        <QuestionGroup key={side.id} id={`sida-${side.id}`} title={side.name} hint={side.summary}>
          {side.roles.map((r) => ask(r.id, { hint: r.explanation, numbered: true }))}
        </QuestionGroup>
      ))}
      <QuestionGroup id={`${TOOL}-styrmedel`} title={t('roleBalance.instruments')}>
        {ask(model.instruments.id)}
      </QuestionGroup>

      <ResultSection tool={TOOL} headline={text.headline} readNext={text.readNext}>
        {result.rated > 0 && <RoleBalanceFigure sides={result.sides} weakest={result.weakest.map((s) => s.side.id)} />}
        <Lines items={text.sides} as="ul" />
        <Lines items={text.notes} />
        <Lines items={text.advice} />
        <Callouts items={text.mistakes} title={t('roleBalance.mistakes')} class="callouts callouts--marked" />
        <Lines items={text.weakRoles} as="ul" title={t('roleBalance.weakRoles')} />
      </ResultSection>
    </ToolFrame>
  );
}
