/**
 * The extraction pipeline: a thin loop over PASSES, the table of contents below.
 * Passes run on a clone; the live page is never touched (see utils/extract/live-signals.ts).
 */
import { emptyArticle, type Article, type ReasonCode } from '../article';
import { sanitizeEach, sanitizeHtml, sanitizeInPlace } from '../sanitize';
import { detectScript, langFor } from '../script-detect';
import { adoptLeadFigure } from './adopt-lead-figure';
import { normKey } from './blocks';
import { articleLoss, BETTER_BY, coverage, type Loss } from './keep-article';
import { type ArticleContext, type Pass, type PassContext } from './context';
import { dedupeParagraphs } from './dedupe-paragraphs';
import { analyzePage } from './detect';
import { dropDuplicateCopies } from './drop-duplicate-copies';
import { dropEdgeLines } from './drop-edge-lines';
import { findPages } from './find-pages';
import { dropHidden } from './drop-hidden';
import { dropImages } from './drop-images';
import { dropLines } from './drop-lines';
import { dropLinkLists } from './drop-link-lists';
import { dropRelatedLinks } from './drop-related-links';
import { extractCredits } from './extract-credits';
import { flattenDeepNesting } from './flatten-deep-nesting';
import { narrowHugePage } from './narrow-huge-page';
import { normalizeText } from './normalize-text';
import { placeDocumentInfo } from './place-document-info';
import { readMetadata } from './read-metadata';
import { readSelection } from './read-selection';
import { resolveLazyImages } from './resolve-lazy-images';
import { runReadability } from './run-readability';
import { scanPage } from './page-scan';
import { articleImages, articleText } from './serialize';
import { applySiteRules } from './apply-site-rules';
import { showVideos } from './show-videos';
import { splitBrParagraphs } from './split-br-paragraphs';
import { unwrapEmbeddedPosts } from './unwrap-embedded-posts';
import { wrapPhotoCaptions } from './wrap-photo-captions';

/**
 * The pipeline's table of contents. Page passes clean the whole page; Readability picks the
 * article; article passes clean that (they run only when there is one). Each pass declares
 * its phase, what it reads and writes, and whether it runs on a selection (context.ts); a test
 * checks the declarations against this order.
 */
export const PASSES: readonly Pass[] = [
  // On the whole page:
  flattenDeepNesting,
  resolveLazyImages,
  unwrapEmbeddedPosts,
  splitBrParagraphs,
  readMetadata,
  readSelection,
  narrowHugePage,
  dropHidden,
  adoptLeadFigure,
  dropDuplicateCopies,
  // Credit tables often sit beside the body Readability picks (fixture cn-jiaozuo), and
  // site rules may remove the box they are in (cn-people), so they are read first.
  extractCredits,
  applySiteRules,
  runReadability,
  // On Readability's article:
  dedupeParagraphs,
  dropLines,
  dropRelatedLinks,
  dropLinkLists,
  // After the passes that clear nav, prompts and promos off the top of the article.
  dropEdgeLines,
  dropImages,
  normalizeText,
  placeDocumentInfo,
  // Presentation, once the cleaning is done:
  showVideos,
  wrapPhotoCaptions,
];

// Removed blocks larger than this are listed but cannot be restored (the record stays small).
const MAX_RESTORE_HTML = 20_000;
/** Something a reader could want back: text, or an image that kept its address through the sanitizer. */
const worthRestoring = (el: Element, html: string): boolean => !!el.textContent?.trim() || /<img\s[^>]*\bsrc=/.test(html);

// An article has at least this much text after cleaning.
const MIN_ARTICLE_CHARS = 50;

export interface ExtractOptions {
  /** Names of passes to switch off (for tests and for comparing with plain Readability). */
  skip?: readonly string[];
  /** The passes to run instead of PASSES (tests wrap them to watch what each touches). */
  passes?: readonly Pass[];
  /** The window whose DOMPurify sanitizes the output (a cloned document has none). */
  window: Window;
  /** Read this (the user's selection) instead of the page's body; metadata still comes from the page. */
  selection?: DocumentFragment;
  /** This run's token for the live-signal marks on `doc` (live-signals.ts); absent outside the browser. */
  token?: string;
  /** A fresh copy of the page, for running again when the first cleaning lost the article (keep-article.ts). */
  again?: () => Document;
  /** Set for that second run: clean less (without the passes that remove whole blocks). */
  retry?: boolean;
}

const runsFor = (pass: Pass, selection: boolean): boolean => pass.runsOn === 'both' || (pass.runsOn === 'selections') === selection;

const now = (): number => globalThis.performance?.now() ?? Date.now();
const ms = (t: number): number => Math.round(t * 100) / 100;

/** Runs the pipeline over `doc`, which it consumes: pass a clone or a parsed copy. */
/**
 * Runs the pipeline over `doc`, which it consumes: pass a clone or a parsed copy. When the
 * result lost the article (keep-article.ts) and `options.again` gives a fresh copy, runs again
 * cleaning less and keeps the result that holds more of the page's body.
 */
export function extractArticle(doc: Document, url: string, options: ExtractOptions): Article {
  const { article, loss, reference } = runPipeline(doc, url, options);
  if (!loss) return article;
  const why = `cleaned less than usual: ${loss.reason}`;
  article.detection.signals.push({ name: 'article-check', weight: 0, detail: loss.reason });
  if (!options.again) return article;
  const second = runPipeline(options.again(), url, { ...options, retry: true }).article;
  const held = (a: Article): number => coverage(reference, normKey(a.text));
  if (held(second) < held(article) + BETTER_BY) return article;
  second.cleanedLess = loss.kind;
  second.detection.signals.push({ name: 'article-check', weight: 0, detail: `${loss.reason}; kept the run without the passes that remove blocks` });
  second.removals.push({ pass: 'keep-article', reason: why, text: '' });
  second.timings.total = ms((second.timings.total ?? 0) + (article.timings.total ?? 0));
  return second;
}

function runPipeline(doc: Document, url: string, options: ExtractOptions): { article: Article; loss: Loss | null; reference: string } {
  const start = now();
  const article = emptyArticle(url);
  let t = now();
  const scan = scanPage(doc, options.window, options.token); // before anything calls a method of `doc`; drops planted marks too
  article.timings.scan = ms(now() - t);
  t = now();
  const analysis = analyzePage(doc, url);
  article.detection = analysis.detection;
  // What the page shows as its body, before any pass changes it: the never-lose check's reference.
  const reference = analysis.body ? normKey(analysis.body.textContent ?? '') : '';
  article.timings.detect = ms(now() - t);
  // The pager, before a pass removes it (only for pages: a selection is not paged).
  t = now();
  const pages = options.selection ? undefined : findPages(doc, url);
  if (pages) article.pages = pages;
  article.timings['find-pages'] = ms(now() - t);

  const ctx: PassContext = {
    doc,
    url,
    page: doc.body ?? doc.documentElement,
    token: options.token,
    scan,
    meta: { title: '', byline: [], publishedTime: null, siteName: '', source: '', htmlLang: '', docInfo: [] },
    credits: article.credits,
    removals: article.removals,
    bodyHint: analysis.body,
    selection: options.selection,
    removedNodes: new Map(),
  };
  for (const pass of options.passes ?? PASSES) {
    if (options.skip?.includes(pass.name) || !runsFor(pass, !!options.selection) || (options.retry && pass.risky)) continue;
    t = now();
    if (pass.phase === 'page') pass.run(ctx);
    else if (ctx.article) pass.run(ctx as ArticleContext);
    else break; // Readability found nothing: there is no article to clean
    article.timings[pass.name] = ms(now() - t);
  }

  Object.assign(article, {
    title: ctx.meta.title,
    byline: ctx.meta.byline,
    publishedTime: ctx.meta.publishedTime,
    siteName: ctx.meta.siteName,
    source: ctx.meta.source,
  });
  const root = ctx.article;
  if (root) {
    t = now();
    article.text = articleText(root);
    article.images = articleImages(root, url);
    article.html = root.tagName === 'DIV' ? sanitizeInPlace(root, options.window) : sanitizeHtml(root, options.window);
    // The block itself, not just what is inside it: a removed <img> or <p> comes back whole.
    const removed = [...ctx.removedNodes];
    sanitizeEach(
      removed.map(([, node]) => node),
      options.window,
    ).forEach((html, k) => {
      const [i, node] = removed[k]!;
      if (html.length <= MAX_RESTORE_HTML && worthRestoring(node, html)) article.removals[i]!.html = html;
    });
    article.timings.serialize = ms(now() - t);
  }
  article.script = detectScript(article.title + '\n' + article.text).script;
  article.lang = langFor(article.script, ctx.meta.htmlLang);

  const codes = notArticleCodes(article, root, options);
  if (codes) {
    article.reasonCodes = codes;
    article.reason = reasonText(codes);
  }
  article.isArticle = !codes;
  if (!article.isArticle) delete article.pages; // a channel list's pager is not an article's
  article.timings.total = ms(now() - start);
  const loss = root && !options.selection && !options.retry ? articleLoss(ctx, normKey(article.text), reference) : null;
  return { article, loss, reference };
}

const AGAINST: ReadonlySet<string> = new Set<ReasonCode>(['link-list', 'gallery', 'login-form', 'video-player']);

/** Why this is not an article, as codes; null when it is one. */
function notArticleCodes(article: Article, root: Element | null | undefined, options: ExtractOptions): ReasonCode[] | null {
  if (options.selection) return article.text ? null : ['empty-selection'];
  if (!root || article.text.length < MIN_ARTICLE_CHARS) return ['no-text'];
  if (article.detection.isArticle) return null;
  const against = article.detection.signals.filter((s) => s.weight < 0 && AGAINST.has(s.name)).map((s) => s.name as ReasonCode);
  return against.length ? against : ['weak-evidence'];
}

/** The codes in English, for the command line and the record. */
function reasonText(codes: ReasonCode[]): string {
  if (codes[0] === 'empty-selection') return 'The selection has no text to clip.';
  if (codes[0] === 'no-text') return 'No article text found on this page.';
  if (codes[0] === 'weak-evidence') return 'Too little evidence that this page is an article.';
  return `This page looks like a ${codes.join(', ')}, not an article.`;
}
