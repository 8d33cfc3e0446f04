// Every tool's model that Min självskattning and the group view score in the browser, in one
// object: a new tool is added here once and both pages get it. Server side.
import type { AssessmentModels } from '../components/tools/assessment-entries';
import { checklistsModel, icebergModel, ladderModel, leadershipStylesModel, paybackModel, processModel, roleBalanceModel, staircaseModel, successModel } from './index';

export const ASSESSMENT_MODELS: AssessmentModels = {
  ladder: ladderModel,
  iceberg: icebergModel,
  staircase: staircaseModel,
  checklists: checklistsModel,
  roleBalance: roleBalanceModel,
  leadershipStyles: leadershipStylesModel,
  success: successModel,
  process: processModel,
  payback: paybackModel,
};
