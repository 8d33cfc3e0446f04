// Findings as a list, most severe first: the severity, what was found, the answers behind it,
// what to do and where to read more. Used by Min självskattning and the group view.
import { SEVERITY_LABELS, type Finding } from '../../lib/findings';
import { url } from '../../lib/url';

export interface FindingsProps {
  findings: readonly Finding[];
  /** prefix each title with the tool's name (lists across tools) */
  withTool?: boolean;
  /** what stands after the title, e.g. "3 av 5 personer" in the group view */
  note?: (f: Finding, i: number) => string | undefined;
}

export function Findings({ findings, withTool = false, note }: FindingsProps) {
  return (
    <ol class="findings">
      {findings.map((f, i) => (
        <li key={f.rule.id} class={`finding finding--${f.rule.severity}`} data-rule={f.rule.id}>
          <p class="finding__title">
            <span class="finding__severity">{SEVERITY_LABELS[f.rule.severity]}</span>{' '}
            {withTool && <span class="finding__tool">{f.tool}: </span>}
            {f.title}
            {note?.(f, i) && <span class="muted"> ({note(f, i)})</span>}
          </p>
          <p>{f.advice}</p>
          {f.because.length > 0 && (
            <details>
              <summary>Svaren bakom</summary>
              <ul>
                {f.because.map((b) => (
                  <li key={b}>{b}</li>
                ))}
              </ul>
            </details>
          )}
          <p class="finding__read">
            Läs mer: <a href={url(f.read.href)}>{f.read.label}</a>
          </p>
        </li>
      ))}
    </ol>
  );
}
