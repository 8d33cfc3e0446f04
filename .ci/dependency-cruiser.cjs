// The layers of src/ (README "Layout"), checked in CI by `npm run lint:deps`. Pure logic does not
// reach up into state or UI, data loaders do not reach into components, and nothing is circular.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles – also through type-only imports – make load order and layering fragile.',
      from: { path: '^src' },
      to: { circular: true },
    },
    {
      name: 'lib-stays-pure',
      severity: 'error',
      comment: 'src/lib is cross-tool pure logic: it may read the tools’ metadata table and content types, nothing above it.',
      from: { path: '^src/lib' },
      to: { path: '^src/(stores|ui|components|pages|layouts|models|schemas)|^src/tools/(?!meta\\.ts$)', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'tool-logic-has-no-ui',
      severity: 'error',
      comment: 'A tool’s scoring, words, findings and items are plain TypeScript (its island is the .tsx); the dictionary is plain data.',
      from: { path: '^src/tools/', pathNot: '\\.(tsx|astro)$' },
      to: { path: '^src/(stores|components|pages|layouts)|^src/ui/(?!strings(-tools)?\\.ts$)|^(preact|@nanostores|nanostores)' },
    },
    {
      name: 'data-not-from-components',
      severity: 'error',
      comment: 'Loaders and schemas feed the pages; they never import UI.',
      from: { path: '^src/(models|schemas|lib|stores)' },
      to: { path: '^src/(components|ui|pages|layouts)' },
    },
    {
      name: 'client-without-zod',
      severity: 'error',
      comment: 'Schemas are for the build; an island that imported one would ship zod to the browser.',
      from: { path: '\\.tsx$' },
      to: {
        path: '^src/(schemas/|tools/[^/]+/schema\\.ts$|tools/shared/schema\\.ts$|tools/models\\.ts$)|zod',
        dependencyTypesNot: ['type-only'],
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.astro$|^src/env\\.d\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  },
};
