// citation-js ships no types; what the tests use of it.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown, options?: { forceType?: string });
    data: Record<string, unknown>[];
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';

// markdown-it-mark ships no types either: a markdown-it plugin.
declare module 'markdown-it-mark' {
  const mark: (md: unknown) => void;
  export default mark;
}
