// The tools that "Min självskattning" gathers: for each, its store, answer space and report.
import { fitAnswers, type AnswerSpace } from '../../lib/answers';
import { checklistsSpace } from '../../tools/checklistor/score';
import { icebergSpace } from '../../tools/hindrens-isberg/score';
import { ladderSpace } from '../../tools/ambitionstrappan/score';
import { staircaseSpace } from '../../tools/samverkanstrappan/score';
import { roleBalanceSpace } from '../../tools/styra-stodja-lara/score';
import { leadershipStylesSpace } from '../../tools/ledarstilar/score';
import { successSpace } from '../../tools/framgang/score';
import { processSpace } from '../../tools/processen/score';
import { paybackSpace } from '../../tools/tid-och-fordelning/score';
import { checklistsReport } from '../../tools/checklistor/summary';
import { icebergReport } from '../../tools/hindrens-isberg/summary';
import { ladderReport } from '../../tools/ambitionstrappan/summary';
import { staircaseReport } from '../../tools/samverkanstrappan/summary';
import { roleBalanceReport } from '../../tools/styra-stodja-lara/summary';
import { leadershipStylesReport } from '../../tools/ledarstilar/summary';
import { successReport } from '../../tools/framgang/summary';
import { processReport } from '../../tools/processen/summary';
import { paybackReport } from '../../tools/tid-och-fordelning/summary';
import type { ToolReport } from '../../tools/shared/report';
import { TOOLS, toolPath } from '../../lib/tools';
import type { Answers } from '../../tools/shared/scale';
import type { ChecklistsModel } from '../../tools/checklistor/schema';
import type { IcebergModel } from '../../tools/hindrens-isberg/schema';
import type { LadderModel } from '../../tools/ambitionstrappan/schema';
import type { StaircaseModel } from '../../tools/samverkanstrappan/schema';
import type { RoleBalanceModel } from '../../tools/styra-stodja-lara/schema';
import type { LeadershipStylesModel } from '../../tools/ledarstilar/schema';
import type { SuccessModel } from '../../tools/framgang/schema';
import type { ProcessModel } from '../../tools/processen/schema';
import type { PaybackModel } from '../../tools/tid-och-fordelning/schema';
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
