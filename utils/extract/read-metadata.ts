import type { Pass } from './context';
import { readByline } from './meta/byline';
import { readDate } from './meta/date';
import { pageZone, readSiteName, readSource } from './meta/site';
import { readTitle } from './meta/title';
import { detectScript } from '../script-detect';

/** Title, date, byline, source and site name, read from the whole page before cleaning. */
export const readMetadata: Pass = {
  name: 'read-metadata',
  run(ctx) {
    const { doc, url } = ctx;
    const first = readTitle(doc);
    const siteName = readSiteName(doc, first.siteSuffix, url);
    const { title } = readTitle(doc, siteName);
    const sample = title + (doc.body?.textContent ?? '').slice(0, 4000);
    const zone = pageZone(doc, url, detectScript(sample).script !== 'none');
    ctx.meta = {
      title,
      siteName,
      source: readSource(doc),
      publishedTime: readDate(doc, zone),
      byline: readByline(doc, siteName),
      htmlLang: doc.documentElement.getAttribute('lang') ?? '',
    };
  },
};
