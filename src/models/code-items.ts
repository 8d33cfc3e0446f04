// What an answer code is built from, per tool: the model's version and its questions with their
// options, in order. Server side; passed to the ShareAnswers island as plain arrays.
import type { AmountRange } from '../lib/amounts';
import type { AnswerSpace } from '../lib/answers';
import type { CodedTool } from '../lib/codes/answer-code';
import { checklistsSpace } from '../tools/checklistor/score';
import { icebergSpace } from '../tools/hindrens-isberg/score';
import { ladderSpace } from '../tools/ambitionstrappan/score';
import { staircaseSpace } from '../tools/samverkanstrappan/score';
import { roleBalanceSpace } from '../tools/styra-stodja-lara/score';
import { leadershipStylesSpace } from '../tools/ledarstilar/score';
import { successSpace } from '../tools/framgang/score';
import { processSpace } from '../tools/processen/score';
import { paybackSpace } from '../tools/tid-och-fordelning/score';
import { checklistsModel, icebergModel, ladderModel, leadershipStylesModel, paybackModel, processModel, roleBalanceModel, staircaseModel, successModel } from './index';

export interface CodeItems {
  version: number;
  items: [string, string[]][];
  /** Amount items (tools that ask for amounts only), after the option items in the code. */
  amounts?: [string, AmountRange][];
}

const items = (space: AnswerSpace): [string, string[]][] => [...space.options].map(([id, options]) => [id, [...options]]);
const amounts = (space: AnswerSpace): [string, AmountRange][] => [...(space.amounts ?? [])].map(([id, range]) => [id, { ...range }]);

export const CODE_ITEMS: Record<CodedTool, CodeItems> = {
  ambitionstrappan: { version: ladderModel.version, items: items(ladderSpace(ladderModel)) },
  'hindrens-isberg': { version: icebergModel.version, items: items(icebergSpace(icebergModel)) },
  samverkanstrappan: { version: staircaseModel.version, items: items(staircaseSpace(staircaseModel)) },
  checklistor: { version: checklistsModel.version, items: items(checklistsSpace(checklistsModel)) },
  'styra-stodja-lara': { version: roleBalanceModel.version, items: items(roleBalanceSpace(roleBalanceModel)) },
  ledarstilar: { version: leadershipStylesModel.version, items: items(leadershipStylesSpace(leadershipStylesModel)) },
  framgang: { version: successModel.version, items: items(successSpace(successModel)) },
  processen: { version: processModel.version, items: items(processSpace(processModel)) },
  'tid-och-fordelning': { version: paybackModel.version, items: items(paybackSpace(paybackModel)), amounts: amounts(paybackSpace(paybackModel)) },
};

export function isCodedTool(id: string): id is CodedTool {
  return id in CODE_ITEMS;
}
