// The tools' models and their derived lists under short names, for tests (the site reads them
// from the registry: src/tools/models.ts and src/tools/derived.ts).
import { codeItems, groupSpecs } from '../../src/tools/derived';
import { MODELS } from '../../src/tools/models';

export const kollenModel = MODELS.samverkanskollen;
export const ladderModel = MODELS.ambitionstrappan;
export const icebergModel = MODELS['hindrens-isberg'];
export const staircaseModel = MODELS.samverkanstrappan;
export const checklistsModel = MODELS.checklistor;
export const roleBalanceModel = MODELS['styra-stodja-lara'];
export const leadershipStylesModel = MODELS.ledarstilar;
export const successModel = MODELS.framgang;
export const processModel = MODELS.processen;
export const paybackModel = MODELS['tid-och-fordelning'];

export const CODE_ITEMS = codeItems(MODELS);
export const GROUP_SPECS = Object.fromEntries(groupSpecs(MODELS).map((s) => [s.tool, s])) as Record<
  keyof typeof MODELS,
  ReturnType<typeof groupSpecs>[number]
>;
export { MODELS };
