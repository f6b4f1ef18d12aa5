// What may import what (../shared/DESIGN.md, "Boundaries"), as lint rules: a wrong arrow fails
// CI. Type-only imports count too. test/boundaries.test.ts shows each rule refusing an import.
// ESLint keeps the last setting of a rule for a file, so each zone repeats the ones it inherits.

const ENTRYPOINTS = {
  group: ['@/entrypoints/*', '**/entrypoints/*', '**/entrypoints/**'],
  message: 'Nothing imports from entrypoints/: move what is shared to utils/ or components/.',
};
const BROWSER = {
  group: ['wxt/browser', 'webextension-polyfill', '@/utils/browser/*', '**/browser/*'],
  message: 'Browser-only code lives in utils/browser/; this code also runs in Node (the command line, tests).',
};
const VIEWS = { group: ['preact', 'preact/*', '@/components/*', '**/components/*'], message: 'Views are for extension pages only.' };
const CONVERTERS = {
  group: ['@/utils/convert/*', '**/convert/*', 'opencc-js', 'opencc-js/*'],
  message: 'The converters (about 1 MB of dictionaries) load only where a page is converted.',
};

const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default [
  // Tests may import an entrypoint to run it (test/background.test.ts).
  { files: ['**/*.{ts,tsx}'], ignores: ['test/**'], rules: restrict(ENTRYPOINTS) },
  // Node-safe modules: everything in utils/ but utils/browser/.
  { files: ['utils/**/*.ts'], ignores: ['utils/browser/**'], rules: restrict(ENTRYPOINTS, BROWSER, VIEWS) },
  // The pipeline: no view, page or converter.
  { files: ['utils/extract/**/*.ts'], rules: restrict(ENTRYPOINTS, BROWSER, VIEWS, CONVERTERS) },
  // Content scripts other than page conversion stay small: no converter.
  { files: ['entrypoints/*.content.ts'], ignores: ['entrypoints/page-convert.content.ts'], rules: restrict(ENTRYPOINTS, CONVERTERS) },
  // The command line never loads browser code.
  { files: ['cli/**/*.ts'], rules: restrict(ENTRYPOINTS, BROWSER, VIEWS) },
];
