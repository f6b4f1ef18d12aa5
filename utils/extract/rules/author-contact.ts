import type { EdgeRule } from '../line-rules';
import { bylineNames } from './author-bio';

// "Email Tariq Malik at tmalik@space.com or follow him @tariqjmalik.", "Have a tip? Amy Kuperinsky may be reached at …".
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const CONTACT = new RegExp(`${EMAIL.source}|\\b(?:may|can) be reached\\b|\\bfollow (?:him|her|them)\\b`, 'i');
const ONLY_EMAIL = new RegExp(`^${EMAIL.source}$`);
const LIMITS = { maxChars: 400 };

/**
 * The author's contact line closing an article: an e-mail address alone, or one that names
 * the author (full name) with an address, "may be reached" or "follow him"; "Tips go to the
 * city clerk at clerk@…" stays (fixture en-local-news).
 */
export const authorContact: EdgeRule = {
  id: 'author-contact',
  kind: 'drop-author-bio',
  where: 'tail',
  reason: 'the author’s contact details',
  limits: LIMITS,
  test(line, ctx) {
    if (line.text.length > LIMITS.maxChars || !ctx.meta.byline.length) return false;
    const lower = line.text.toLowerCase();
    return ONLY_EMAIL.test(line.text) || (CONTACT.test(line.text) && bylineNames(ctx.meta.byline).some((n) => n.includes(' ') && lower.includes(n)));
  },
};
