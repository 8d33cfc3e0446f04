// The tools that "Min självskattning" gathers: for each, its store, answer space and report.
import { fitAnswers, type AnswerSpace } from '../../lib/answers';
import { checklistsSpace } from '../../lib/scoring/checklists';
import { icebergSpace } from '../../lib/scoring/iceberg';
import { ladderSpace } from '../../lib/scoring/ladder';
import { staircaseSpace } from '../../lib/scoring/staircase';
import { roleBalanceSpace } from '../../lib/scoring/role-balance';
import { leadershipStylesSpace } from '../../lib/scoring/leadership-styles';
import { successSpace } from '../../lib/scoring/success';
import { processSpace } from '../../lib/scoring/process';
import { paybackSpace } from '../../lib/scoring/payback';
import { checklistsReport } from '../../lib/summaries/checklists';
import { icebergReport } from '../../lib/summaries/iceberg';
import { ladderReport } from '../../lib/summaries/ladder';
import { staircaseReport } from '../../lib/summaries/staircase';
import { roleBalanceReport } from '../../lib/summaries/role-balance';
import { leadershipStylesReport } from '../../lib/summaries/leadership-styles';
import { successReport } from '../../lib/summaries/success';
import { processReport } from '../../lib/summaries/process';
import { paybackReport } from '../../lib/summaries/payback';
import type { ToolReport } from '../../lib/summaries/types';
import { TOOLS, toolPath } from '../../lib/tools';
import type { Answers } from '../../schemas/models/agreement';
import type { ChecklistsModel } from '../../schemas/models/checklists';
import type { IcebergModel } from '../../schemas/models/iceberg';
import type { LadderModel } from '../../schemas/models/ladder';
import type { StaircaseModel } from '../../schemas/models/staircase';
import type { RoleBalanceModel } from '../../schemas/models/role-balance';
import type { LeadershipStylesModel } from '../../schemas/models/leadership-styles';
import type { SuccessModel } from '../../schemas/models/success';
import type { ProcessModel } from '../../schemas/models/process';
import type { PaybackModel } from '../../schemas/models/payback';
import type { ToolId } from '../../schemas/tool-ids';
import type { AnswersStore } from '../../stores/answers-store';
import { checklistsStore } from '../../stores/checklists';
import { icebergStore } from '../../stores/iceberg';
import { ladderStore } from '../../stores/ladder';
import { staircaseStore } from '../../stores/staircase';
import { roleBalanceStore } from '../../stores/role-balance';
import { leadershipStylesStore } from '../../stores/leadership-styles';
import { successStore } from '../../stores/success';
import { processStore } from '../../stores/process';
import { paybackStore } from '../../stores/payback';

export interface AssessmentModels {
  ladder: LadderModel;
  iceberg: IcebergModel;
  staircase: StaircaseModel;
  checklists: ChecklistsModel;
  roleBalance: RoleBalanceModel;
  leadershipStyles: LeadershipStylesModel;
  success: SuccessModel;
  process: ProcessModel;
  payback: PaybackModel;
}

export interface AssessmentEntry {
  id: ToolId;
  name: string;
  href: string;
  store: AnswersStore;
  space: AnswerSpace;
  report: (answers: Answers) => ToolReport;
}

function entry(id: ToolId, store: AnswersStore, space: AnswerSpace, report: (a: Answers) => ToolReport): AssessmentEntry {
  return { id, name: TOOLS[id].name, href: toolPath(id), store, space, report: (a) => report(fitAnswers(a, space).answers) };
}

export function assessmentEntries(m: AssessmentModels): AssessmentEntry[] {
  return [
    entry('checklistor', checklistsStore, checklistsSpace(m.checklists), (a) => checklistsReport(m.checklists, a)),
    entry('ambitionstrappan', ladderStore, ladderSpace(m.ladder), (a) => ladderReport(m.ladder, a)),
    entry('samverkanstrappan', staircaseStore, staircaseSpace(m.staircase), (a) => staircaseReport(m.staircase, a)),
    entry('hindrens-isberg', icebergStore, icebergSpace(m.iceberg), (a) => icebergReport(m.iceberg, a)),
    entry('styra-stodja-lara', roleBalanceStore, roleBalanceSpace(m.roleBalance), (a) => roleBalanceReport(m.roleBalance, a)),
    entry('ledarstilar', leadershipStylesStore, leadershipStylesSpace(m.leadershipStyles), (a) => leadershipStylesReport(m.leadershipStyles, a)),
    entry('framgang', successStore, successSpace(m.success), (a) => successReport(m.success, a)),
    entry('processen', processStore, processSpace(m.process), (a) => processReport(m.process, a)),
    entry('tid-och-fordelning', paybackStore, paybackSpace(m.payback), (a) => paybackReport(m.payback, a)),
  ];
}
