// Registers `client:tool`, the way every tool island wakes (src/ui/tool/wake.ts): the questions
// work and are saved before the island's JavaScript loads, and it loads when the reader reaches
// the result or touches a button or a text field.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function toolWake(): AstroIntegration {
  return {
    name: 'samverkan:tool-wake',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'tool', entrypoint: fileURLToPath(new URL('../ui/tool/wake.ts', import.meta.url)) });
      },
    },
  };
}
