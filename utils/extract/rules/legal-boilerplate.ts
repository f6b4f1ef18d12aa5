import type { AnyRule } from '../line-rules';

// The site's legal boilerplate under an English article: "This document is subject to
// copyright. Apart from any fair dealing…", "The contents of this site are ©2019 …". A plain
// "Copyright © 2019 Press TV. All rights reserved." stays: it names the rights holder, which a
// clip should keep (and AEB's truth keeps it on the AP's and Hawaii News Now's pages).
const EN_NOTICE = /\bthis (?:document|article|material) is subject to copyright\b|\bcontents of this site are (?:©|copyright)/i;
const LIMITS = { maxChars: 300 };

/** A site's legal boilerplate under an English article (fixture en-local-news). */
export const legalBoilerplate: AnyRule = {
  id: 'legal-boilerplate',
  kind: 'drop-disclaimers',
  where: 'any',
  reason: 'disclaimer or reprint notice',
  limits: LIMITS,
  test: (line) => line.text.length <= LIMITS.maxChars && EN_NOTICE.test(line.text),
};
