// `client:tool`, the directive every tool island wakes by (src/ui/tool/wake.ts).
import type { ToolWakeOptions } from './ui/tool/wake';

declare module 'astro' {
  interface AstroClientDirectives {
    'client:tool'?: ToolWakeOptions;
  }
}
