/**
 * Every kind of removal the pipeline records (`Removal.pass`), in one list: the UI names
 * each (`removed_<kind>` in every locale; a test checks), and restore and goldens key on it.
 * A kind is the family a removal belongs to, not always the pass that made it: the line rules
 * (rules/) record the kind of the family they belong to.
 */
export const REMOVAL_KINDS = [
  'trim-huge-html',
  'narrow-huge-page',
  'drop-hidden',
  'drop-duplicate-copies',
  'extract-credits',
  'apply-site-rules',
  'dedupe-paragraphs',
  'drop-disclaimers',
  'drop-share-prompts',
  'drop-promos',
  'drop-related-links',
  'drop-link-lists',
  'drop-header-repeats',
  'drop-author-bio',
  'drop-broken-images',
  'drop-mojibake',
  'drop-media-placeholders',
  'drop-video',
  'drop-page-furniture',
  'keep-article',
] as const;

export type RemovalKind = (typeof REMOVAL_KINDS)[number];
