// The tools' model data, read from content/models/ and validated when the site is built.
// Server-side only (Astro pages and tests): islands receive the data as props.
import { ladderModelSchema } from '../schemas/models/ladder';
import { loadModel } from './load';
import ladderYaml from '../../content/models/ambitionstrappan.yaml?raw';

export const ladderModel = loadModel('content/models/ambitionstrappan.yaml', ladderYaml, ladderModelSchema);
