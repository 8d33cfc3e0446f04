// The weakest links across the tools, on the findings' one severity scale (src/lib/findings.ts):
// for each person their most severe finding, and for the group every problem found, the most
// severe first, with how many share it. Never a comparison of percentages across tools.
import type { AssessmentEntry } from '../tools/tool-entries';
import type { Round } from '../../lib/group/model';
import { groupFindings, problems, type Finding } from '../../lib/findings';
import { Findings } from '../../ui/tool/Findings';
import { t, tf } from '../../ui/strings-group';

export interface GroupOverviewProps {
  entries: AssessmentEntry[];
  round: Round;
  who: (member: number) => string;
}

export function weakestLinks(entries: AssessmentEntry[], round: Round) {
  const perMember: Finding[][] = round.members.map((m) =>
    entries.flatMap((e) => {
      const answers = m.answers[e.id];
      return answers ? e.report(answers).findings : [];
    }),
  );
  const people = perMember.map((findings, member) => ({ member, weakest: problems(findings)[0] }));
  return { people, group: groupFindings(perMember) };
}

export function GroupOverview({ entries, round, who }: GroupOverviewProps) {
  const { people, group } = weakestLinks(entries, round);
  return (
    <section class="group-overview" aria-labelledby="grupp-svagast">
      <h3 id="grupp-svagast">{t('group.weakest.title')}</h3>
      <p class="group-weakest">
        <strong>{t('group.weakest.forGroup')}</strong>{' '}
        {group[0] ? `${group[0].finding.tool}: ${group[0].finding.title}` : t('group.weakest.groupNone')}
      </p>
      {group.length > 0 && (
        <Findings
          findings={group.slice(0, 5).map((g) => g.finding)}
          withTool
          note={(_, i) =>
            tf('group.weakest.share', {
              n: group[i]!.members.length,
              people: tf(round.members.length === 1 ? 'group.people.one' : 'group.people.other', { n: round.members.length }),
            })
          }
        />
      )}
      <table class="group-table">
        <caption>{t('group.weakest.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('group.table.person')}</th>
            <th scope="col">{t('group.weakest.finding')}</th>
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.member}>
              <th scope="row">{who(p.member)}</th>
              <td>{p.weakest ? `${p.weakest.tool}: ${p.weakest.title}` : t('group.weakest.personNone')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
