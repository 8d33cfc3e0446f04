// Placeholder island for Samverkanskollen: the real one (the check, the progress indicator and the
// diagnosis) is built by the UI branch on top of ./bank.ts and ./diagnosis.ts, and replaces this.
// Until then it lists the check's own questions and an empty result, as every tool page has.
import { ResultSection } from '../../ui/tool/ResultSection';
import type { KollenModel } from './schema';
import { kollenReport } from './summary';

export interface SamverkanskollenToolProps {
  model: KollenModel;
}

export function SamverkanskollenTool({ model }: SamverkanskollenToolProps) {
  return (
    <div class="tool">
      <ol>
        {model.items.map((i) => (
          <li key={i.id}>{i.question}</li>
        ))}
      </ol>
      <ResultSection tool="samverkanskollen" headline={kollenReport(model, {}).summary.headline} readNext={model.readNext} />
    </div>
  );
}
