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
//   A button pressed before the island has woken is pressed again once it has: the press wakes
//   it, and Preact, not yet there, could not have heard it.
// - When it has woken, Preact handles every change; the store reads what the keeper wrote.
//
// It runs inline in the page (Astro inlines client directives), so it stays small: no framework.
import type { ClientDirective } from 'astro';
import { readAnswers, unreadable, writeAnswer } from '../../lib/persist/answer-write';
import { STORAGE_PREFIX, STORED_EVENT } from '../../lib/persist/envelope';
import { EXAMPLE_KEY } from '../../lib/example/key';
import { formatAmount } from '../../lib/amounts';

export interface ToolWakeOptions {
  /** the tool's id: storage key "samverkan:<tool>", radio names "<tool>-<item>" */
  tool: string;
  /** how near (CSS margin) a `data-wake` part must come before the island wakes */
  margin?: string;
  /**
   * Further tools whose questions the island shows (Samverkanskollen asks the other tools' items,
   * and each answer belongs in that tool's storage): radio names "<tool>-<item>" for any of them.
   */
  tools?: string[];
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
  const { tool, margin = '300px', tools = [] } = options.value as unknown as ToolWakeOptions;
  // Longest first, so that a tool whose id begins like another's is matched whole.
  const owners = [tool, ...tools].sort((a, b) => b.length - a.length);
  /** The tool and item a radio button or amount field stands for, from its name "<tool>-<item>". */
  const ownerOf = (name: string): [string, string] | undefined => {
    const owner = owners.find((t) => name.startsWith(`${t}-`));
    return owner ? [owner, name.slice(owner.length + 1)] : undefined;
  };
  const storage = local();
  let woken = false;
  const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && start(), { rootMargin: margin });
  /** The button pressed while the island slept, to press again once it is awake. */
  let pressed: HTMLButtonElement | undefined;
  const start = () => {
    if (woken) return;
    woken = true;
    io.disconnect();
    void load()
      .then((hydrate) => hydrate())
      .then(() => {
        // Hydrating keeps the server's elements; a button it replaced is not pressed (it may not
        // be the same button any more).
        const button = pressed;
        pressed = undefined;
        if (button?.isConnected && !button.disabled) button.click();
      });
  };

  if (!storage || owners.some((t) => exampleShown(storage, t) || unreadable(storage, t))) {
    start();
    return;
  }

  // The saved answers, ticked (and typed) before anything else loads.
  const saved = Object.fromEntries(owners.map((t) => [t, readAnswers(storage, t) ?? {}]));
  for (const input of el.querySelectorAll<HTMLInputElement>('input')) {
    const owned = ownerOf(input.type === 'radio' ? input.name : input.id);
    if (!owned) continue;
    const value = saved[owned[0]]?.[owned[1]];
    if (input.type === 'radio') input.checked = value === input.value;
    else if (input.inputMode === 'numeric' && value !== undefined) input.value = formatAmount(Number(value));
  }

  // A progress line (`data-progress="{n} av 35 …"` around a <progress> and its text) counts the
  // answered questions before the island wakes too, so a returning reader sees the right count.
  const progress = el.querySelector<HTMLElement>('[data-progress]');
  const count = () => {
    if (!progress?.dataset.progress || !el.hasAttribute('ssr')) return;
    const n = new Set([...el.querySelectorAll<HTMLInputElement>('input[type=radio]:checked')].map((i) => i.name)).size;
    const bar = progress.querySelector('progress');
    if (bar) bar.value = n;
    const text = progress.querySelector('[role=status]');
    if (text) text.textContent = progress.dataset.progress.replace('{n}', String(n));
  };
  count();

  // A tap before the island has woken: into storage at once, and the page's stores are told.
  el.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    const owned = input.type === 'radio' ? ownerOf(input.name) : undefined;
    if (!el.hasAttribute('ssr') || !owned) return;
    try {
      const { key, text } = writeAnswer(storage, owned[0], owned[1], input.value);
      ownWrite = true;
      window.dispatchEvent(new StorageEvent('storage', { key, newValue: text, storageArea: storage }));
      ownWrite = false;
      count();
    } catch {
      // Storage full or refused: wake the island, whose store tells the reader.
      start();
    }
  });

  // Answers stored from elsewhere – a link read on this page, another tab – are the island's to show.
  const keys = new Set(owners.map((t) => STORAGE_PREFIX + t));
  let ownWrite = false;
  const changed = (key: unknown) => !ownWrite && typeof key === 'string' && keys.has(key) && start();
  addEventListener(STORED_EVENT, (e) => changed((e as CustomEvent<unknown>).detail));
  addEventListener('storage', (e) => changed(e.key));

  // A button or a text field needs the island; a radio button does not (the keeper has it).
  const touched = (event: Event) => {
    if ((event.target as Element).closest('button, select, textarea, input:not([type=radio])')) start();
  };
  el.addEventListener('focusin', touched);
  el.addEventListener('pointerdown', touched);
  el.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('button');
    if (!button || !el.hasAttribute('ssr')) return;
    pressed = button;
    start();
  });

  const parts = el.querySelectorAll('[data-wake]');
  for (const part of parts.length ? parts : el.children) io.observe(part);
};

export default wake;
