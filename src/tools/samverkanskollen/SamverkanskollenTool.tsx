// Placeholder island for Samverkanskollen: the real one (the check, the progress indicator and the
// diagnosis) is built by the UI branch on top of ./bank.ts and ./diagnosis.ts, and replaces this.
import type { KollenModel } from './schema';

export interface SamverkanskollenToolProps {
  model: KollenModel;
}

export function SamverkanskollenTool({ model }: SamverkanskollenToolProps) {
  return (
    <ol>
      {model.items.map((i) => (
        <li key={i.id}>{i.question}</li>
      ))}
    </ol>
  );
}
