// Vad är framgång?: the three levels as goals, the step in the right direction, soft and hard
// values, the pitfalls that can be asked about, and the three evaluation questions.
import type { Questions, ToolItem } from '../../lib/items';
import { agreementOptions, unknownOption } from '../shared/scale';
import type { SuccessModel } from './schema';
import { AIMS } from './vocab';

const AIM_VALUES = { huvudmal: 2, 'andra-hand': 1, nej: 0 } as const;
const DIRECTION_VALUES = { bra: 2, mitten: 1, daligt: 0 } as const;
const LEVELS = 'Tre nivåer av framgång';

export function questions(model: SuccessModel): Questions {
  const yesNo = (id: string, label: string, section: string): ToolItem => ({
    id,
    label,
    section,
    options: agreementOptions(),
    higherIsBetter: true,
  });
  return {
    items: [
      ...model.levels.map((l) => ({
        id: l.id,
        label: l.question,
        section: LEVELS,
        options: [...AIMS.map((a) => ({ id: a, label: model.aimOptions[a], value: AIM_VALUES[a] })), unknownOption],
        higherIsBetter: true,
      })),
      yesNo(model.stepMovement.id, model.stepMovement.question, LEVELS),
      ...[...model.measures, model.separate].map((m) => yesNo(m.id, m.question, 'Mjuka och hårda värden')),
      ...model.pitfalls.flatMap((p) => (p.question ? [yesNo(p.id, `${p.number}. ${p.name}: ${p.question}`, 'Fem fallgropar')] : [])),
      ...model.evaluation.map((q) => ({
        id: q.id,
        label: q.question,
        section: 'Tre frågor att värdera arbetet med',
        options: [...q.options.map((o) => ({ id: o.id, label: o.label, value: DIRECTION_VALUES[o.direction] })), unknownOption],
        higherIsBetter: true,
      })),
    ],
  };
}
