// What every tool island starts with: its answers (the reader's own or a case's example, fitted
// to today's questions) and `ask(id)`, which renders one of its questions as a ScaleQuestion.
// A question that Samverkanskollen also asks (`asked`, from the server page) says so once it is
// answered: it is the same answer in the same store.
import type { Questions, ToolItem } from '../../lib/items';
import { fitTo } from '../../lib/items';
import type { ToolId } from '../../tools/index';
import { t } from '../strings';
import { ScaleQuestion, type ScaleQuestionProps } from './ScaleQuestion';
import { useToolAnswers } from './use-answers';

export type AskProps = Partial<Omit<ScaleQuestionProps, 'tool' | 'item' | 'value' | 'onAnswer'>>;

export function useTool(tool: ToolId, q: Questions, asked: readonly string[] = []) {
  const saved = useToolAnswers(tool);
  const answers = fitTo(saved.answers, q);
  const item = (id: string): ToolItem => {
    const found = q.items.find((i) => i.id === id);
    if (!found) throw new Error(`${tool}: ingen fråga med id ${id}`);
    return found;
  };
  /** the line under a question the check also asks, once it is answered */
  const sharedHint = (id: string, hint: string | undefined) =>
    asked.includes(id) && answers[id] !== undefined ? [hint, t('kollen.asked')].filter(Boolean).join(' ') : hint;
  const ask = (id: string, props: AskProps = {}) => (
    <ScaleQuestion
      key={id}
      tool={tool}
      item={item(id)}
      value={answers[id]}
      onAnswer={saved.actions.setAnswer}
      {...props}
      hint={sharedHint(id, props.hint)}
    />
  );
  return { saved, answers, item, ask, sharedHint };
}
