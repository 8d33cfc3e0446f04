// Var är vi i processen?: the two phase tracks, the target group and the hand-over, and the time
// plan in month bands.
import type { Questions, ToolItem } from '../../lib/items';
import { agreementOptions, unknownOption } from '../shared/scale';
import type { PhaseTrack, ProcessModel } from './schema';

/** A phase question: not started is 0, then the phase numbers. */
const phaseItem = (track: PhaseTrack, section: string): ToolItem => ({
  id: track.id,
  label: track.question,
  section,
  options: [
    { id: track.notStarted.id, label: track.notStarted.label, value: 0 },
    ...track.phases.map((p) => ({ id: p.id, label: `Fas ${p.number}: ${p.name}`, value: p.number })),
    unknownOption,
  ],
  higherIsBetter: true,
});

export function questions(model: ProcessModel): Questions {
  return {
    items: [
      phaseItem(model.leadership, 'Ledningsgruppens fas'),
      phaseItem(model.project, 'Projektets fas'),
      {
        id: model.targetGroup.id,
        label: model.targetGroup.question,
        section: 'Målgruppen',
        options: agreementOptions(),
        higherIsBetter: true,
      },
      {
        id: model.handover.id,
        label: model.handover.question,
        section: 'Överlämningen',
        options: agreementOptions(),
        higherIsBetter: true,
      },
      // Bands by their order, shortest first: a longer plan is the safer one.
      ...model.timePlan.map((c) => ({
        id: c.id,
        label: c.question,
        section: 'Tidsplanen',
        options: [...c.bands.map((b, i) => ({ id: b.id, label: b.label, value: i + 1 })), unknownOption],
        higherIsBetter: true,
      })),
    ],
  };
}
