// The staircase's questions: the need and carry factors (one option per step), the form the group
// has, the three key questions, and the three requirements common to every step.
import type { Questions } from '../../lib/items';
import { agreementOptions, unknownOption } from '../shared/scale';
import type { StaircaseModel } from './schema';
import { FORM_KEY } from './score';

export function questions(model: StaircaseModel): Questions {
  return {
    items: [
      ...model.factors.map((f) => ({
        id: f.id,
        label: f.question,
        section: f.topic,
        options: [...f.options.map((o) => ({ id: o.id, label: o.label, value: o.step, short: `steg ${o.step}` })), unknownOption],
        higherIsBetter: true,
      })),
      {
        id: FORM_KEY,
        label: model.form.question,
        section: 'Er organisationsform',
        options: [
          ...model.steps.map((s) => ({ id: s.id, label: `Steg ${s.number}: ${s.name}`, value: s.number })),
          { id: model.form.undecided.id, label: model.form.undecided.label, value: null },
          // Not decided is a fact about the group; not knowing is a fact about the one who answers.
          unknownOption,
        ],
        higherIsBetter: true,
      },
      ...model.keyQuestions.map((q) => ({
        id: q.id,
        label: q.question,
        section: 'Tre nyckelfrågor',
        options: agreementOptions(),
        higherIsBetter: true,
      })),
      ...model.requirements.map((q) => ({
        id: q.id,
        label: q.question,
        section: 'Det som alla steg kräver',
        options: agreementOptions(),
        higherIsBetter: true,
      })),
    ],
  };
}
