import { blocks, type PagePass } from './context';
import { readByline } from './meta/byline';
import { readDate } from './meta/date';
import { readDocInfo } from './meta/doc-info';
import { pageZone, readSiteName, readSource } from './meta/site';
import { readTitle } from './meta/title';
import { pageLines } from './meta/text-lines';
import { detectScript } from '../script-detect';

/** Title, date, byline, source, site name and document information, read from the whole page before cleaning. */
export const readMetadata: PagePass = {
  name: 'read-metadata',
  phase: 'page',
  reads: [],
  writes: ['meta', 'meta.byline'],
  runsOn: 'both',
  run(ctx) {
    const { doc, url } = ctx;
    const lines = pageLines(ctx.page, blocks(ctx).lines()); // read once, shared by every text-pattern reader
    const first = readTitle(doc);
    const siteName = readSiteName(doc, first.siteSuffix, url);
    const { title } = readTitle(doc, siteName);
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
