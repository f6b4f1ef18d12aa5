import { pageLines, shortLines, type PageLines } from './text-lines';
import { hostname } from '../../url';
import { jsonLd, metaContent } from './page';
import { withoutDates } from './date';

// 來源:焦作日報 / 来源：新华网 (up to the next field or separator).
const SOURCE_LINE = /[來来]\s*源\s*[:：]\s*([^\s|｜,，:：\u3000]{2,24})/;

/** 來源: the publication credited as the origin. */
export function readSource(doc: Document, lines: PageLines = pageLines(doc.body)): string {
  const meta = metaContent(doc, 'ContentSource', 'source', 'og:article:source', 'article:source');
  if (meta) return meta;
  for (const line of shortLines(lines, 120, 80)) {
    const m = SOURCE_LINE.exec(line);
    // Not the date written after it: 星洲日报·2024.08.22.
    if (m?.[1]) return withoutDates(m[1]).replace(/[\s·•\-—–)）\]】]+$/, '');
  }
  return '';
}

export function readSiteName(doc: Document, titleSuffix: string, url: string): string {
  const publisher = jsonLd(doc)
    .map((o) => o.publisher)
    .map((p) => (p && typeof p === 'object' && 'name' in p ? String(p.name) : ''))
    .find(Boolean);
  return metaContent(doc, 'og:site_name', 'application-name', 'SiteName', 'apple-mobile-web-app-title') || publisher || titleSuffix || hostname(url);
}

/** The page's time zone when it says none: Chinese-language sites publish in UTC+8. */
export function pageZone(doc: Document, url: string, isChinese: boolean): string | null {
  const lang = doc.documentElement.getAttribute('lang') ?? '';
  if (/^zh/i.test(lang) || /\.(cn|hk|mo|tw)$/.test(hostname(url)) || isChinese) return '+08:00';
  return null;
}
