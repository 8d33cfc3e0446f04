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

type Who = (member: number) => string;

/** "nivå 2: Problemlösningsgrupp", "under nivå 1", or a median between two levels. */
const levelName = (model: LadderModel, n: number | undefined): string => {
  if (n === undefined) return 'för få svar';
  if (n < 1) return n === 0 ? 'under nivå 1' : 'på gränsen till nivå 1';
  if (!Number.isInteger(n)) return `mellan nivå ${Math.floor(n)} och ${Math.ceil(n)}`;
  return `nivå ${n}: ${model.levels[n - 1]?.name ?? ''}`;
};
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function LadderExtra({ model, people, who }: { model: LadderModel; people: Answered[]; who: Who }) {
  const g = ladderGroup(model, people);
  return (
    <div class="group-extra">
      <p>
        Gruppen som helhet (median): {levelName(model, g.current)} i dag, med sikte på {levelName(model, g.target)}.
      </p>
      <table class="group-table">
        <caption>Var och ens nivå på ambitionstrappan</caption>
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Nivå i dag</th>
            <th scope="col">Mål</th>
          </tr>
        </thead>
        <tbody>
          {g.rows.map((r) => (
            <tr key={r.member}>
              <th scope="row">{who(r.member)}</th>
              <td>{capital(levelName(model, r.current))}</td>
              <td>{r.target === undefined ? 'Inget mål valt' : capital(levelName(model, r.target))}</td>
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
      <p>Zonerna är skuggade efter medelvärdet av allas skattningar: ju mörkare, desto starkare hinder.</p>
      {split.length > 0 && (
        <p>
          <strong>Oenighet om hindren:</strong> {split.map((i) => i.item.label).join(', ')} – någon ser ett litet eller inget hinder där
          någon annan ser ett stort.
        </p>
      )}
    </div>
  );
}

export function StaircaseExtra({ model, people, who }: { model: StaircaseModel; people: Answered[]; who: Who }) {
  const g = staircaseGroup(model, people);
  const step = (n: number) => `${n}: ${model.steps[n - 1]?.name ?? ''}`;
  const steps = (ns: number[]) => (ns.length ? ns.map(step).join(' eller ') : 'För få svar');
  return (
    <div class="group-extra">
      <p>
        Behovet pekar för gruppen som helhet (median) på steg{' '}
        {g.recommended.length ? g.recommended.map(step).join(' eller ') : '– för få svar'}.
      </p>
      <table class="group-table">
        <caption>Samverkanstrappans råd, person för person</caption>
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Behovet pekar på steg</th>
            <th scope="col">Det ni orkar bära</th>
            <th scope="col">Er form i dag</th>
          </tr>
        </thead>
        <tbody>
          {g.rows.map(({ member, result }) => (
            <tr key={member}>
              <th scope="row">{who(member)}</th>
              <td>{steps(result.recommended)}</td>
              <td>{result.carry === undefined ? 'För få svar' : `steg ${result.carry.toLocaleString('sv')}`}</td>
              <td>{result.form.chosen ? step(result.form.chosen) : result.form.undecided ? 'Inte bestämd' : 'Obesvarad'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ChecklistsExtra({ model, people, who }: { model: ChecklistsModel; people: Answered[]; who: Who }) {
  const g = checklistsGroup(model, people);
  const links = (areas: { title: string; share: number }[]) => areas.map((a) => `${a.title} (${percent(a.share)})`).join(', ');
  return (
    <div class="group-extra">
      <p class="group-weakest">
        <strong>Gruppens svagaste länk:</strong> {g.weakest.length ? links(g.weakest) : 'för få svar för att säga'}.
      </p>
      <table class="group-table">
        <caption>Var och ens svagaste länk i checklistorna</caption>
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Svagaste område</th>
          </tr>
        </thead>
        <tbody>
          {g.rows.map((r) => (
            <tr key={r.member}>
              <th scope="row">{who(r.member)}</th>
              <td>{r.weakest.length ? links(r.weakest) : 'För få svar'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
