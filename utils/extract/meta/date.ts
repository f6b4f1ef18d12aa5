import { pageLines, shortLines, type PageLines } from './text-lines';
import { articleLd, metaContent } from './page';

const DATE_METAS = [
  'article:published_time',
  'og:article:published_time',
  'datePublished',
  'PubDate',
  'publishdate',
  'publish-date',
  'pubdate',
  'publication_date',
  'sailthru.date',
  'parsely-pub-date',
  'dc.date.issued',
  'dc.date',
  'dcterms.created',
  'weibo: article:create_at',
  'article:modified_time',
];

// 2024-04-23 08:35, 2024年04月23日 08:35, 2024/4/23, 113-05-08 (ROC), 民國113年5月8日.
export const DATE_TEXT =
  /(?:民[國国]\s*)?(\d{4}|1\d{2})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?(?:\s*(?:T|\s)?\s*(\d{1,2})[:：時时](\d{2})(?:[:：分](\d{2}))?)?/;
const OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;
const PUBLISH_WORDS = /[來来]源|[发發][布佈表]|[时時]間|[时時]间|日期|出[处處]|作者|[记記]者|编辑|編輯/;

const pad = (n: number | string): string => String(n).padStart(2, '0');

/**
 * An ISO 8601 date from a date string. Offsets in the string win; otherwise `zone` (the
 * page's own, +08:00 for Chinese sites) is applied; without a zone the time stays local.
 */
export function toIso(raw: string, zone: string | null): string | null {
  const s = raw.trim();
  const m = DATE_TEXT.exec(s);
  if (!m) return null;
  let year = Number(m[1]);
  if (year < 1000) year += 1911; // ROC calendar: 113 -> 2024
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1990 || year > 2100) return null;
  const [h, min, sec] = [m[4] ?? '0', m[5] ?? '0', m[6] ?? '0'].map(Number) as [number, number, number];
  if (h > 23 || min > 59 || sec > 59) return null;
  const rest = s
    .slice(m.index + m[0].length)
    .replace(/\.\d+/, '')
    .trim();
  const off = OFFSET.exec(rest.split(/\s/)[0] ?? '');
  let tz = zone ?? '';
  if (off) tz = off[1]!.toUpperCase() === 'Z' ? 'Z' : off[1]!.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  return `${year}-${pad(month)}-${pad(day)}T${pad(h)}:${pad(min)}:${pad(sec)}${tz}`;
}

/**
 * Published time from JSON-LD, meta tags, <time>, then a dated line near the headline
 * (a 來源/发布时间 line wins over a bare date).
 */
export function readDate(doc: Document, zone: string | null, lines: PageLines = pageLines(doc.body)): string | null {
  const ld = articleLd(doc);
  const candidates = [
    typeof ld?.datePublished === 'string' ? ld.datePublished : '',
    metaContent(doc, ...DATE_METAS),
    doc.querySelector('time[datetime][pubdate], time[itemprop="datePublished"]')?.getAttribute('datetime') ?? '',
  ];
  const dated = shortLines(lines, 160).filter((l) => DATE_TEXT.test(l));
  const best = dated.find((l) => PUBLISH_WORDS.test(l)) ?? dated[0];
  const fromText = best ? toIso(best, zone) : null;
  for (const c of candidates) {
    const iso = c ? toIso(c, zone) : null;
    if (!iso) continue;
    // A date-only meta gives way to the same day's dated line, which has the time (cn-people).
    if (iso.slice(11, 19) === '00:00:00' && fromText?.startsWith(iso.slice(0, 10))) return fromText;
    return iso;
  }
  return fromText;
}
