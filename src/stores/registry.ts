// Each coded tool's store, for components that work across tools (sharing, import).
import type { CodedTool } from '../lib/codes/answer-code';
import type { AnswersStore } from './answers-store';
import { checklistsStore } from './checklists';
import { icebergStore } from './iceberg';
import { ladderStore } from './ladder';
import { staircaseStore } from './staircase';
import { roleBalanceStore } from './role-balance';
import { leadershipStylesStore } from './leadership-styles';
import { successStore } from './success';
import { processStore } from './process';
import { paybackStore } from './payback';

export const TOOL_STORES: Record<CodedTool, AnswersStore> = {
  ambitionstrappan: ladderStore,
  'hindrens-isberg': icebergStore,
  samverkanstrappan: staircaseStore,
  checklistor: checklistsStore,
  'styra-stodja-lara': roleBalanceStore,
  ledarstilar: leadershipStylesStore,
  framgang: successStore,
  processen: processStore,
  'tid-och-fordelning': paybackStore,
};
