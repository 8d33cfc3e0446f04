// Registers `client:tool`, the way every tool island wakes (src/ui/tool/wake.ts): the questions
// work and are saved before the island's JavaScript loads, and it loads when the reader reaches
// the result or touches a button or a text field. And `client:near` (src/ui/near.ts): when the
// reader comes near, or at once when the address carries an answer code.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function toolWake(): AstroIntegration {
  return {
    name: 'samverkan:tool-wake',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'tool', entrypoint: fileURLToPath(new URL('../ui/tool/wake.ts', import.meta.url)) });
        addClientDirective({ name: 'near', entrypoint: fileURLToPath(new URL('../ui/near.ts', import.meta.url)) });
      },
    },
  };
}
