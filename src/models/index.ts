// The tools' model data, read from content/models/ and validated when the site is built.
// Server-side only (Astro pages and tests): islands receive the data as props.
import { ladderModelSchema } from '../schemas/models/ladder';
import { loadModel } from './load';
import { checklistsModelSchema } from '../schemas/models/checklists';
import checklistsYaml from '../../content/models/checklistor.yaml?raw';
import ladderYaml from '../../content/models/ambitionstrappan.yaml?raw';
import { icebergModelSchema } from '../schemas/models/iceberg';
import icebergYaml from '../../content/models/hindrens-isberg.yaml?raw';
import { staircaseModelSchema } from '../schemas/models/staircase';
import staircaseYaml from '../../content/models/samverkanstrappan.yaml?raw';
import { paybackModelSchema } from '../schemas/models/payback';
import paybackYaml from '../../content/models/tid-och-fordelning.yaml?raw';

export const ladderModel = loadModel('content/models/ambitionstrappan.yaml', ladderYaml, ladderModelSchema);
export const icebergModel = loadModel('content/models/hindrens-isberg.yaml', icebergYaml, icebergModelSchema);
export const checklistsModel = loadModel('content/models/checklistor.yaml', checklistsYaml, checklistsModelSchema);
export const staircaseModel = loadModel('content/models/samverkanstrappan.yaml', staircaseYaml, staircaseModelSchema);
export const paybackModel = loadModel('content/models/tid-och-fordelning.yaml', paybackYaml, paybackModelSchema);
