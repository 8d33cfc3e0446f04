// Each of the first four tools' own picture of the group: places on the ambition ladder, the
// group's iceberg, the staircase advice side by side and the checklists' weakest links.
import type { ChecklistsModel } from '../../tools/checklistor/schema';
import type { IcebergModel } from '../../tools/hindrens-isberg/schema';
import type { LadderModel } from '../../tools/ambitionstrappan/schema';
import type { StaircaseModel } from '../../tools/samverkanstrappan/schema';
import { ladderGroup } from '../../tools/ambitionstrappan/group';
import { icebergGroup } from '../../tools/hindrens-isberg/group';
import { staircaseGroup } from '../../tools/samverkanstrappan/group';
import { checklistsGroup } from '../../tools/checklistor/group';
import type { Answered } from '../../lib/group/stats';
import { percent } from '../../tools/checklistor/words';
import type { ItemStats } from '../../lib/group/tool-stats';
import { IcebergFigure } from '../../tools/hindrens-isberg/IcebergFigure';
import { t, tf } from '../../ui/strings-group';

type Who = (member: number) => string;
/** A slice of the per-person rows, for a presentation slide that shows some of them. */
type Rows = { from: number; to: number } | undefined;
const slice = <T,>(rows: T[], part: Rows) => (part ? rows.slice(part.from, part.to) : rows);

/** "nivå 2: Problemlösningsgrupp", "under nivå 1", or a median between two levels. */
const levelName = (model: LadderModel, n: number | undefined): string => {
  if (n === undefined) return t('group.ladder.tooFew');
  if (n < 1) return n === 0 ? t('group.ladder.below') : t('group.ladder.edge');
  if (!Number.isInteger(n)) return tf('group.ladder.between', { low: Math.floor(n), high: Math.ceil(n) });
  return tf('group.ladder.level', { n, name: model.levels[n - 1]?.name ?? '' });
};
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function LadderExtra({ model, people, who, rows }: { model: LadderModel; people: Answered[]; who: Who; rows?: Rows }) {
  const g = ladderGroup(model, people);
  return (
    <div class="group-extra">
      <p>{tf('group.ladder.whole', { current: levelName(model, g.current), target: levelName(model, g.target) })}</p>
      <table class="group-table">
        <caption>{t('group.ladder.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('group.table.person')}</th>
            <th scope="col">{t('group.ladder.today')}</th>
            <th scope="col">{t('group.ladder.target')}</th>
          </tr>
        </thead>
        <tbody>
          {slice(g.rows, rows).map((r) => (
            <tr key={r.member}>
              <th scope="row">{who(r.member)}</th>
              <td>{capital(levelName(model, r.current))}</td>
              <td>{r.target === undefined ? t('group.ladder.noTarget') : capital(levelName(model, r.target))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function IcebergExtra({ model, people, items }: { model: IcebergModel; people: Answered[]; items: ItemStats[] }) {
  const g = icebergGroup(model, people);
  // A mark where the group is split: someone sees no or a small obstacle, someone a strong one.
  const split = items.filter((i) => i.spread && i.spread.range >= 2);
  return (
    <div class="group-extra">
      <IcebergFigure zones={g.zones} dominant={g.dominant} />
      <p>{t('group.iceberg.shading')}</p>
      {split.length > 0 && (
        <p class="group-iceberg__split">
          <strong>{t('group.iceberg.split')}</strong> {tf('group.iceberg.split.text', { items: split.map((i) => i.item.label).join(', ') })}
        </p>
      )}
    </div>
  );
}

export function StaircaseExtra({ model, people, who, rows }: { model: StaircaseModel; people: Answered[]; who: Who; rows?: Rows }) {
  const g = staircaseGroup(model, people);
  const step = (n: number) => `${n}: ${model.steps[n - 1]?.name ?? ''}`;
  const steps = (ns: number[]) => (ns.length ? ns.map(step).join(t('group.staircase.or')) : t('group.tooFew'));
  return (
    <div class="group-extra">
      <p>
        {tf('group.staircase.whole', {
          steps: g.recommended.length ? g.recommended.map(step).join(t('group.staircase.or')) : t('group.staircase.wholeTooFew'),
        })}
      </p>
      <table class="group-table">
        <caption>{t('group.staircase.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('group.table.person')}</th>
            <th scope="col">{t('group.staircase.need')}</th>
            <th scope="col">{t('group.staircase.carry')}</th>
            <th scope="col">{t('group.staircase.form')}</th>
          </tr>
        </thead>
        <tbody>
          {slice(g.rows, rows).map(({ member, result }) => (
            <tr key={member}>
              <th scope="row">{who(member)}</th>
              <td>{steps(result.recommended)}</td>
              <td>
                {result.carry === undefined ? t('group.tooFew') : tf('group.staircase.step', { n: result.carry.toLocaleString('sv') })}
              </td>
              <td>
                {result.form.chosen
                  ? step(result.form.chosen)
                  : result.form.undecided
                    ? t('group.staircase.undecided')
                    : t('group.staircase.unanswered')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ChecklistsExtra({ model, people, who, rows }: { model: ChecklistsModel; people: Answered[]; who: Who; rows?: Rows }) {
  const g = checklistsGroup(model, people);
  const links = (areas: { title: string; share: number }[]) => areas.map((a) => `${a.title} (${percent(a.share)})`).join(', ');
  return (
    <div class="group-extra">
      <p class="group-weakest">
        <strong>{t('group.checklists.weakest')}</strong> {g.weakest.length ? links(g.weakest) : t('group.checklists.tooFew')}.
      </p>
      <table class="group-table">
        <caption>{t('group.checklists.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('group.table.person')}</th>
            <th scope="col">{t('group.checklists.area')}</th>
          </tr>
        </thead>
        <tbody>
          {slice(g.rows, rows).map((r) => (
            <tr key={r.member}>
              <th scope="row">{who(r.member)}</th>
              <td>{r.weakest.length ? links(r.weakest) : t('group.tooFew')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
