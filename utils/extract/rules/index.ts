/**
 * The line rules, in the order they are tried (the first that matches a line removes it).
 * One rule per file; a test checks every file is listed here once and that each rule has a
 * fixture or unit test naming it. See CONTRIBUTING.md for adding one.
 */
import type { LineRule } from '../line-rules';
import { advertLabel } from './advert-label';
import { closingMeta } from './closing-meta';
import { endMark } from './end-mark';
import { hashtagLine } from './hashtag-line';
import { linkPromo } from './link-promo';
import { pageFields } from './page-fields';
import { playerPlaceholder } from './player-placeholder';
import { repeatsLead } from './repeats-lead';
import { appPromo } from './app-promo';
import { authorBio } from './author-bio';
import { authorContact } from './author-contact';
import { breadcrumb } from './breadcrumb';
import { disclaimerHeading } from './disclaimer-heading';
import { garbledLine } from './garbled-line';
import { legalBoilerplate } from './legal-boilerplate';
import { newsletterCall } from './newsletter-call';
import { pagerCounter } from './pager-counter';
import { relatedLine } from './related-line';
import { reprintNotice } from './reprint-notice';
import { repeatsAddress } from './repeats-address';
import { repeatsHeaderMeta } from './repeats-header-meta';
import { repeatsHeadline } from './repeats-headline';
import { repeatsSection } from './repeats-section';
import { sharePrompt } from './share-prompt';

export const LINE_RULES: readonly LineRule[] = [
  // Anywhere in the article.
  disclaimerHeading,
  reprintNotice,
  legalBoilerplate,
  breadcrumb,
  sharePrompt,
  pagerCounter,
  advertLabel,
  newsletterCall,
  appPromo,
  linkPromo,
  relatedLine,
  hashtagLine,
  playerPlaceholder,
  pageFields,
  garbledLine,
  // Opening the article: what the view's header already shows.
  repeatsHeadline,
  repeatsAddress,
  repeatsSection,
  repeatsHeaderMeta,
  repeatsLead,
  // Closing it.
  authorBio,
  authorContact,
  endMark,
  closingMeta,
];
