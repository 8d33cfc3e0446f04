// The weakest links across the tools: for each person the tool where they see the most to do, and
// for the group the tool with the highest median weakness (the same measure as Min självskattning).
import type { AssessmentEntry } from '../tools/assessment-entries';
import type { Round } from '../../lib/group/model';
import { median } from '../../lib/group/stats';

export interface GroupOverviewProps {
  entries: AssessmentEntry[];
  round: Round;
  who: (member: number) => string;
}

export function weakestLinks(entries: AssessmentEntry[], round: Round) {
  const people = round.members.map((m, member) => {
    const scored = entries.flatMap((e) => {
      const answers = m.answers[e.id];
      if (!answers) return [];
      const s = e.report(answers).summary;
      return s.weakness === undefined ? [] : [{ entry: e, weakness: s.weakness, headline: s.headline }];
    });
    const top = Math.max(...scored.map((s) => s.weakness));
    return { member, weakest: scored.filter((s) => s.weakness === top && top > 0) };
  });
  const tools = entries.flatMap((e) => {
    const w = round.members.flatMap((m) => {
      const answers = m.answers[e.id];
      const s = answers ? e.report(answers).summary.weakness : undefined;
      return s === undefined ? [] : [s];
    });
    return w.length ? [{ entry: e, weakness: median([...w].sort((a, b) => a - b)), n: w.length }] : [];
  });
  const top = Math.max(...tools.map((t) => t.weakness));
  return { people, group: tools.filter((t) => t.weakness === top && top > 0) };
}

export function GroupOverview({ entries, round, who }: GroupOverviewProps) {
  const { people, group } = weakestLinks(entries, round);
  return (
    <section class="group-overview" aria-labelledby="grupp-svagast">
      <h3 id="grupp-svagast">Svagaste länken</h3>
      <p class="group-weakest">
        <strong>För gruppen:</strong>{' '}
        {group.length ? group.map((t) => `${t.entry.name} (${t.n} svar)`).join(' och ') : 'ännu för få svar för att säga.'}
      </p>
      <table class="group-table">
        <caption>Där var och en ser mest kvar att göra</caption>
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Svagaste verktyget</th>
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.member}>
              <th scope="row">{who(p.member)}</th>
              <td>{p.weakest.length ? p.weakest.map((w) => `${w.entry.name}: ${w.headline}`).join(' ') : 'Inget svagt – eller för få svar.'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
