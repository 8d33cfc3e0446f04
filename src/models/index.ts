// The tools' model data, read from content/models/ and validated when the site is built.
// Server-side only (Astro pages and tests): islands receive the data as props.
import { ladderModelSchema } from '../tools/ambitionstrappan/schema';
import { loadModel } from './load';
import { checklistsModelSchema } from '../tools/checklistor/schema';
import checklistsYaml from '../../content/models/checklistor.yaml?raw';
import ladderYaml from '../../content/models/ambitionstrappan.yaml?raw';
import { icebergModelSchema } from '../tools/hindrens-isberg/schema';
import icebergYaml from '../../content/models/hindrens-isberg.yaml?raw';
import { staircaseModelSchema } from '../tools/samverkanstrappan/schema';
import staircaseYaml from '../../content/models/samverkanstrappan.yaml?raw';
import { roleBalanceModelSchema } from '../tools/styra-stodja-lara/schema';
import roleBalanceYaml from '../../content/models/styra-stodja-lara.yaml?raw';
import { leadershipStylesModelSchema } from '../tools/ledarstilar/schema';
import leadershipStylesYaml from '../../content/models/ledarstilar.yaml?raw';
import { successModelSchema } from '../tools/framgang/schema';
import successYaml from '../../content/models/framgang.yaml?raw';
import { processModelSchema } from '../tools/processen/schema';
import processYaml from '../../content/models/processen.yaml?raw';
import { paybackModelSchema } from '../tools/tid-och-fordelning/schema';
import paybackYaml from '../../content/models/tid-och-fordelning.yaml?raw';

export const ladderModel = loadModel('content/models/ambitionstrappan.yaml', ladderYaml, ladderModelSchema);
export const icebergModel = loadModel('content/models/hindrens-isberg.yaml', icebergYaml, icebergModelSchema);
export const checklistsModel = loadModel('content/models/checklistor.yaml', checklistsYaml, checklistsModelSchema);
export const staircaseModel = loadModel('content/models/samverkanstrappan.yaml', staircaseYaml, staircaseModelSchema);
export const roleBalanceModel = loadModel('content/models/styra-stodja-lara.yaml', roleBalanceYaml, roleBalanceModelSchema);
export const leadershipStylesModel = loadModel('content/models/ledarstilar.yaml', leadershipStylesYaml, leadershipStylesModelSchema);
export const successModel = loadModel('content/models/framgang.yaml', successYaml, successModelSchema);
export const processModel = loadModel('content/models/processen.yaml', processYaml, processModelSchema);
export const paybackModel = loadModel('content/models/tid-och-fordelning.yaml', paybackYaml, paybackModelSchema);
