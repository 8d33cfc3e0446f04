// The site's own client directives: `client:tool`, by which every tool island wakes
// (src/ui/tool/wake.ts), and `client:near` (src/ui/near.ts).
import type { ToolWakeOptions } from './ui/tool/wake';

declare module 'astro' {
  interface AstroClientDirectives {
    'client:tool'?: ToolWakeOptions;
    /** src/ui/near.ts */
    'client:near'?: boolean;
  }
}
