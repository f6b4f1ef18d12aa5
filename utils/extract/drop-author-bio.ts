import { leafBlocks, pruneEmptyAncestors, textOf } from './blocks';
import { removeNode, type Pass } from './context';

// Only the last few lines: a bio closes the article.
const TAIL_LINES = 4;
const MAX_BIO = 400;
const BIO_VERB = /^\s*(?:is an?|is the|joined|covers|writes|has (?:been|covered|written)|reports on)\b/;
// "Email Tariq Malik at tmalik@space.com or follow him @tariqjmalik.", "Have a tip? Amy Kuperinsky may be reached at …".
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const CONTACT = new RegExp(`${EMAIL.source}|\\b(?:may|can) be reached\\b|\\bfollow (?:him|her|them)\\b`, 'i');
const ONLY_EMAIL = new RegExp(`^${EMAIL.source}$`);

/**
 * Removes the author's bio that closes an article: "Phil Helsel is a reporter for NBC News.",
 * "Zac covers Apple news for 9to5Mac…". Only a line that starts with a name of the byline
 * (whole, first or last) and a bio verb; "Emirates is the number one buyer…" stays. Also the
 * author's contact line: an e-mail address alone, or one that names the author (full name)
 * with an address, "may be reached" or "follow him".
 */
export const dropAuthorBio: Pass = {
  name: 'drop-author-bio',
  run(ctx) {
    const names = ctx.meta.byline.flatMap((n) => {
      const parts = n.split(/\s+/).filter((p) => p.length >= 2);
      return (parts.length > 1 ? [n, parts[0]!, parts[parts.length - 1]!] : [n]).map((x) => x.toLowerCase());
    });
    if (!names.length) return;
    for (const block of leafBlocks(ctx.root).slice(-TAIL_LINES)) {
      const text = textOf(block);
      if (text.length > MAX_BIO) continue;
      // Names in any case: the page's meta may say PHIL HELSEL.
      const lower = text.toLowerCase();
      const bio = names.some((n) => lower.startsWith(n) && BIO_VERB.test(text.slice(n.length)));
      const contact = ONLY_EMAIL.test(text) || (CONTACT.test(text) && names.some((n) => n.includes(' ') && lower.includes(n)));
      if (!bio && !contact) continue;
      const parent = block.parentElement;
      removeNode(ctx, 'drop-author-bio', bio ? 'the author’s bio' : 'the author’s contact details', block);
      pruneEmptyAncestors(parent, ctx.root);
    }
  },
};
