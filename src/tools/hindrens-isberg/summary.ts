import type { Answers } from '../shared/scale';
import type { IcebergModel } from './schema';
import { scoreIceberg, UNKNOWN } from './score';
import { describeIceberg } from './words';
import type { ToolReport } from '../shared/report';

const TOOL = 'Hindrens isberg';

export function icebergReport(model: IcebergModel, answers: Answers): ToolReport {
  const r = scoreIceberg(model, answers);
  const text = describeIceberg(model, r);
  const means = r.zones.flatMap((z) => (z.mean === undefined ? [] : [z.mean]));
  // Weakness: how strongly the heaviest zone's obstacles are present (0–3 → 0–1).
  const weakness = means.length === 0 ? undefined : Math.max(...means) / 3;
  const rows = r.zones.flatMap(({ zone }) =>
    zone.obstacles.map((o) => {
      const a = answers[o.id];
      const answer = a === UNKNOWN ? 'Vet inte' : a !== undefined ? `${a} – ${model.scale[Number(a)] ?? ''}` : '';
      return { tool: TOOL, section: zone.title, item: o.name, answer };
    }),
  );
  return {
    summary: {
      headline: text.headline,
      details: r.top.slice(0, 3).map((t) => `${t.obstacle.name} (${t.zone.title.toLowerCase()})`),
      answered: r.answered,
      total: r.total,
      weakness,
    },
    rows,
  };
}
