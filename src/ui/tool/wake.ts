// The client directive `client:tool` (registered in src/integrations/tool-wake.ts) that every
// tool island uses, on its own page and in a chapter. It makes a tool work before its JavaScript
// has loaded, and loads that JavaScript only when the reader needs more than the questions:
//
// - The questions are real radio buttons in the server's HTML. At once, the saved answers are
//   ticked in them, and a tap is written to storage straight away (src/lib/persist/answer-write.ts,
//   the stores' own format). So a tap on a slow phone is kept even if the island never wakes.
// - The island wakes when the reader comes near a part marked `data-wake` (the result, the
//   buttons), or touches anything but a radio button (a text field, a button), or at once when
//   the page has something to say first (a case's example is shown, or saved data is unreadable).
// - When it has woken, Preact handles every change; the store reads what the keeper wrote.
//
// It runs inline in the page (Astro inlines client directives), so it stays small: no framework.
import type { ClientDirective } from 'astro';
import { readAnswers, unreadable, writeAnswer } from '../../lib/persist/answer-write';
import { EXAMPLE_KEY } from '../../lib/example/key';
import { formatAmount } from '../../lib/amounts';

export interface ToolWakeOptions {
  /** the tool's id: storage key "samverkan:<tool>", radio names "<tool>-<item>" */
  tool: string;
  /** how near (CSS margin) a `data-wake` part must come before the island wakes */
  margin?: string;
}

function local(): Storage | undefined {
  try {
    return localStorage;
  } catch {
    return undefined;
  }
}

/** True when a case's example is shown in this tool (the island then speaks first). */
function exampleShown(storage: Storage, tool: string): boolean {
  try {
    const data = JSON.parse(storage.getItem(EXAMPLE_KEY) ?? 'null') as { original?: Record<string, unknown> } | null;
    return data?.original?.[tool] !== undefined;
  } catch {
    return false;
  }
}

const wake: ClientDirective = (load, options, el) => {
  // The value given in the page, `client:tool={{ tool }}` (typed in src/env.d.ts).
  const { tool, margin = '300px' } = options.value as unknown as ToolWakeOptions;
  const prefix = `${tool}-`;
  const storage = local();
  let woken = false;
  const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && start(), { rootMargin: margin });
  const start = () => {
    if (woken) return;
    woken = true;
    io.disconnect();
    void load().then((hydrate) => hydrate());
  };

  if (!storage || exampleShown(storage, tool) || unreadable(storage, tool)) {
    start();
    return;
  }

  // The saved answers, ticked (and typed) before anything else loads.
  const saved = readAnswers(storage, tool) ?? {};
  for (const input of el.querySelectorAll<HTMLInputElement>('input')) {
    const key = (input.type === 'radio' ? input.name : input.id).slice(prefix.length);
    const value = saved[key];
    if (input.type === 'radio' && input.name.startsWith(prefix)) input.checked = value === input.value;
    else if (input.inputMode === 'numeric' && input.id.startsWith(prefix) && value !== undefined) input.value = formatAmount(Number(value));
  }

  // A tap before the island has woken: into storage at once, and the page's stores are told.
  el.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    if (!el.hasAttribute('ssr') || input.type !== 'radio' || !input.name.startsWith(prefix)) return;
    try {
      const { key, text } = writeAnswer(storage, tool, input.name.slice(prefix.length), input.value);
      window.dispatchEvent(new StorageEvent('storage', { key, newValue: text, storageArea: storage }));
    } catch {
      // Storage full or refused: wake the island, whose store tells the reader.
      start();
    }
  });

  // A button or a text field needs the island; a radio button does not (the keeper has it).
  const touched = (event: Event) => {
    if ((event.target as Element).closest('button, select, textarea, input:not([type=radio])')) start();
  };
  el.addEventListener('focusin', touched);
  el.addEventListener('pointerdown', touched);

  const parts = el.querySelectorAll('[data-wake]');
  for (const part of parts.length ? parts : el.children) io.observe(part);
};

export default wake;
