// The six factors, each placed from 1 (boundary-preserving) to 5 (boundary-crossing).
import type { Questions } from '../../lib/items';
import { ratingOptions } from '../shared/scale';
import type { LeadershipStylesModel } from './schema';

export function questions(model: LeadershipStylesModel): Questions {
  // Collaboration needs the boundary-crossing end, so higher is better.
  return {
    items: model.factors.map((f) => ({
      id: f.id,
      label: f.name,
      section: 'Två ledarstilar',
      options: ratingOptions(model.scale, 1),
      higherIsBetter: true,
    })),
  };
}
