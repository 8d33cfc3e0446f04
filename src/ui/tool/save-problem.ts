// What the reader reads for each reason a change was not stored (src/stores/synced.ts).
import type { SaveProblem } from '../../stores/synced';
import { t } from '../strings';

/** What the reader reads for each reason a change was not stored. */
export function problemText(problem: SaveProblem): string {
  if (problem === 'quota') return t('storage.problem.quota');
  if (problem === 'unkept') return t('storage.problem.unkept');
  return t('storage.problem.blocked');
}
