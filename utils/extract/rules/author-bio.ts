import type { EdgeRule } from '../line-rules';

const BIO_VERB = /^\s*(?:is an?|is the|joined|covers|writes|has (?:been|covered|written)|reports on)\b/;
const LIMITS = { maxChars: 400 };

/** The byline's names as a bio may start: whole, first or last, lower-cased. */
export const bylineNames = (byline: readonly string[]): string[] =>
  byline.flatMap((n) => {
    const parts = n.split(/\s+/).filter((p) => p.length >= 2);
    return (parts.length > 1 ? [n, parts[0]!, parts[parts.length - 1]!] : [n]).map((x) => x.toLowerCase());
  });

/**
 * The author's bio closing an article: "Phil Helsel is a reporter for NBC News.", "Zac covers
 * Apple news for 9to5Mac…". Only a line that starts with a name of the byline and a bio verb;
 * "Emirates is the number one buyer…" stays (fixture en-wire-header).
 */
export const authorBio: EdgeRule = {
  id: 'author-bio',
  kind: 'drop-author-bio',
  where: 'tail',
  reason: 'the author’s bio',
  limits: LIMITS,
  test(line, ctx) {
    if (line.text.length > LIMITS.maxChars) return false;
    // Names in any case: the page's meta may say PHIL HELSEL.
    const lower = line.text.toLowerCase();
    return bylineNames(ctx.meta.byline).some((n) => lower.startsWith(n) && BIO_VERB.test(line.text.slice(n.length)));
  },
};
