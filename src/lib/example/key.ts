// Where the example slot lives in localStorage (its format: ./stored.ts). On its own so that the
// answer keeper (src/ui/tool/wake.ts), which runs inline in the page, can read it without the
// tool table that ./stored.ts needs.
export const EXAMPLE_KEY = 'samverkan:exempel';
