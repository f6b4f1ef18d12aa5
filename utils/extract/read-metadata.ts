import type { Line } from './block-index';
import { blocks, type PagePass } from './context';
import { readByline } from './meta/byline';
import { hasDate, readDate } from './meta/date';
import { readDocInfo } from './meta/doc-info';
import { pageZone, readSiteName, readSource } from './meta/site';
import { onlySiteName, readTitle } from './meta/title';
import { pageLines } from './meta/text-lines';
import { detectScript } from '../script-detect';

// A headline above the body is short; a run of at most this many such lines is headline and subtitles.
const MAX_HEADLINE = 60;
const MAX_HEAD_RUN = 3;

/**
 * The headline a page gives only as the short lines right above its body, when its title is
 * only the paper's name (an e-paper's table cells: unseen macau-daily). Links, dates and long
 * lines end the run.
 */
function headlineAbove(lines: readonly Line[], body: Element | null | undefined): string {
  if (!body) return '';
  const first = lines.findIndex((l) => body.contains(l.el));
  const run: string[] = [];
  for (let i = first - 1; i >= 0 && run.length < MAX_HEAD_RUN; i--) {
    const l = lines[i]!;
    if (l.text.length > MAX_HEADLINE || l.links.linked > 0 || hasDate(l.text)) break;
    run.unshift(l.text);
  }
  return run[0] ?? '';
}

/** Title, date, byline, source, site name and document information, read from the whole page before cleaning. */
export const readMetadata: PagePass = {
  name: 'read-metadata',
  phase: 'page',
  reads: ['bodyHint'],
  writes: ['meta', 'meta.byline'],
  runsOn: 'both',
  run(ctx) {
    const { doc, url } = ctx;
    const all = blocks(ctx).lines();
    const lines = pageLines(ctx.page, all); // read once, shared by every text-pattern reader
    const first = readTitle(doc);
    const siteName = readSiteName(doc, first.siteSuffix, url);
    let { title } = readTitle(doc, siteName);
    if (onlySiteName(title, siteName)) title = headlineAbove(all, ctx.bodyHint) || title;
    const sample = title + lines.slice(0, 200).join('');
    const zone = pageZone(doc, url, detectScript(sample).script !== 'none');
    ctx.meta = {
      title,
      siteName,
      source: readSource(doc, lines),
      publishedTime: readDate(doc, zone, lines),
      byline: readByline(doc, siteName, lines),
      htmlLang: doc.documentElement.getAttribute('lang') ?? '',
      docInfo: readDocInfo(doc),
    };
  },
};
