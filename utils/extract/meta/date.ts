import { pageLines, shortLines, type PageLines } from './text-lines';
import { articleLd, metaContent, metaMatching } from './page';
import { firstMatch } from '../query';

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
// October 12th, 2024 07:45 am; Nov. 19, 2019, 9:28 AM; 12 October 2024 at 14:05.
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|t|tember|ober|ember)?\\.?';
export const EN_DATE_TEXT = new RegExp(
  `\\b(?:${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})|(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4}))` +
    `(?:[,\\s\\-–|/]*(?:at\\s+)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s*([ap])\\.?m\\b\\.?)?)?`,
  'i',
);
// Any other meta naming a publication time: apub:time, pub_date, release-date (not modified or updated).
const PUB_META = /(?:^|[:._-])a?pub(?:lish(?:ed)?)?[:._-]?(?:date|time)$|release[:._-]?(?:date|time)$/i;
// A time on a line of its own under a dated line: 香港時間16時30分 (Hong Kong's releases), 16:30.
const TIME_ONLY = /^[\p{Script=Han}]{0,4}(?:[时時][间間])?\s*(\d{1,2})[:：时時](\d{2})分?$/u;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const OFFSET = /(Z|UTC|GMT|[+-]\d{2}:?\d{2})$/i;
const PUBLISH_WORDS = /[來来]源|[发發][布佈表]|[时時]間|[时時]间|日期|出[处處]|作者|[记記]者|编辑|編輯|\b(?:published|posted)\b/i;

const pad = (n: number | string): string => String(n).padStart(2, '0');

interface FoundDate {
  year: number;
  month: number;
  day: number;
  time: [number, number, number];
  /** Where the date ends in the string. */
  end: number;
}

/** The first date written in `s`, numeric (2024-04-23, 2024年4月23日) or in English. */
function findDate(s: string): FoundDate | null {
  const num = DATE_TEXT.exec(s);
  const en = EN_DATE_TEXT.exec(s);
  if (num && (!en || num.index <= en.index)) {
    const year = Number(num[1]);
    return {
      year: year < 1000 ? year + 1911 : year, // ROC calendar: 113 -> 2024
      month: Number(num[2]),
      day: Number(num[3]),
      time: [num[4] ?? '0', num[5] ?? '0', num[6] ?? '0'].map(Number) as [number, number, number],
      end: num.index + num[0].length,
    };
  }
  if (!en) return null;
  const [month, day, year] = en[1] ? [en[1], en[2], en[3]] : [en[5], en[4], en[6]];
  let h = Number(en[7] ?? 0);
  const ampm = en[10]?.toLowerCase();
  if (ampm === 'p' && h < 12) h += 12;
  if (ampm === 'a' && h === 12) h = 0;
  return {
    year: Number(year),
    month: MONTHS.indexOf(month!.toLowerCase()) + 1,
    day: Number(day),
    time: [h, Number(en[8] ?? 0), Number(en[9] ?? 0)],
    end: en.index + en[0].length,
  };
}

/** Does `s` hold a date? */
export const hasDate = (s: string): boolean => DATE_TEXT.test(s) || EN_DATE_TEXT.test(s);

/** `s` with its dates replaced by a space (for telling date lines from text). */
export const withoutDates = (s: string): string => s.replace(new RegExp(DATE_TEXT.source, 'g'), ' ').replace(new RegExp(EN_DATE_TEXT.source, 'gi'), ' ');

/**
 * An ISO 8601 date from a date string. Offsets in the string win; otherwise `zone` (the
 * page's own, +08:00 for Chinese sites) is applied; without a zone the time stays local.
 */
export function toIso(raw: string, zone: string | null): string | null {
  const s = raw.trim();
  const d = findDate(s);
  if (!d) return null;
  const { year, month, day } = d;
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1990 || year > 2100) return null;
  const [h, min, sec] = d.time;
  if (h > 23 || min > 59 || sec > 59) return null;
  const rest = s.slice(d.end).replace(/\.\d+/, '').trim();
  const off = OFFSET.exec(rest.split(/\s/)[0] ?? '');
  let tz = zone ?? '';
  if (off) tz = /^(?:z|utc|gmt)$/i.test(off[1]!) ? 'Z' : off[1]!.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
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
    firstMatch(doc, 'time[datetime][pubdate], time[itemprop="datePublished"]')?.getAttribute('datetime') ?? '',
    metaMatching(doc, PUB_META),
  ];
  const dated = shortLines(lines, 160).filter(hasDate);
  const best = dated.find((l) => PUBLISH_WORDS.test(l)) ?? dated[0];
  let fromText = best ? toIso(best, zone) : null;
  // The date on one line and the time on the next (unseen hk-gov-release).
  const time = best && fromText?.slice(11, 19) === '00:00:00' ? TIME_ONLY.exec(lines[lines.indexOf(best) + 1] ?? '') : null;
  if (time && Number(time[1]) < 24 && Number(time[2]) < 60) fromText = `${fromText!.slice(0, 11)}${pad(time[1]!)}:${time[2]}:00${fromText!.slice(19)}`;
  for (const c of candidates) {
    const iso = c ? toIso(c, zone) : null;
    if (!iso) continue;
    // A date-only meta gives way to the same day's dated line, which has the time (cn-people).
    if (iso.slice(11, 19) === '00:00:00' && fromText?.startsWith(iso.slice(0, 10))) return fromText;
    return iso;
  }
  return fromText;
}
