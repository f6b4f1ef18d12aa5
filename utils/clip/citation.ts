/**
 * Citations of the article: CSL-JSON (Zotero and other CSL tools), BibTeX and RIS. Chinese
 * names stay whole (a literal name, braced in BibTeX); dates are the page's own calendar day.
 * Every value goes through escape.ts: one page-controlled string can never end a field or start
 * another. Tests parse all three back with citation-js, on hostile strings too.
 */
import type { Article } from '../article';
import { hostname } from '../url';
import { type ClipContext, dateParts, personName } from './context';
import { bibText, oneLine, safeUrl, withoutControls } from './escape';
import { plainNotes } from './highlights';

/** Four base-36 characters from the address: two articles of one site and year get different keys. */
function tag(url: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < url.length; i++) h = Math.imul(h ^ url.charCodeAt(i), 0x01000193);
  return ((h >>> 0) % 36 ** 4).toString(36).padStart(4, '0');
}

/**
 * A citation key, unique and stable: the first author's Latin name (or the site's domain name
 * when the name is written in another script), the year, and a tag of the address.
 */
export function citationKey(a: Article): string {
  const latin = (s: string): string =>
    s
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9]/g, '')
      .toLowerCase();
  const author = latin(a.byline[0] ?? '');
  const site = latin(
    hostname(a.url)
      .replace(/^www\./, '')
      .split('.')[0] ?? '',
  );
  const year = dateParts(a.publishedTime)?.[0] ?? '';
  return `${author || site || 'qingdu'}${year}${tag(a.url)}`;
}

/** The article's title, or for a page that is not one, its address. */
const titleOf = (a: Article): string => oneLine(a.title) || oneLine(a.url);

export function cslClip(a: Article, c: ClipContext): string {
  const issued = dateParts(a.publishedTime);
  const accessed = dateParts(c.clippedAt);
  const text = (s: string): string | undefined => oneLine(s) || undefined;
  const item: Record<string, unknown> = {
    id: citationKey(a),
    type: 'article-newspaper',
    title: titleOf(a),
    'container-title': text(a.siteName || a.source),
    publisher: a.source && a.source !== a.siteName ? text(a.source) : undefined,
    author: a.byline.length ? a.byline.map((n) => personName(oneLine(n))) : undefined,
    issued: issued ? { 'date-parts': [issued] } : undefined,
    accessed: accessed ? { 'date-parts': [accessed] } : undefined,
    URL: safeUrl(a.url) ?? undefined,
    language: text(a.lang),
    // CSL's variable for a reader's notes on the item.
    annote: c.notes?.length ? plainNotes(c.notes).join('\n\n') : undefined,
  };
  return withoutControls(JSON.stringify([item], null, 2)) + '\n';
}

export function bibtexClip(a: Article, c: ClipContext): string {
  const issued = dateParts(a.publishedTime);
  const accessed = dateParts(c.clippedAt);
  const authors = a.byline.map((n) => {
    const p = personName(oneLine(n));
    return 'literal' in p ? `{${bibText(p.literal)}}` : `${bibText(p.family)}, ${bibText(p.given)}`;
  });
  const url = safeUrl(a.url);
  const fields: [string, string | undefined][] = [
    ['title', `{${bibText(titleOf(a))}}`],
    ['author', authors.length ? authors.join(' and ') : undefined],
    ['journal', a.siteName || a.source ? bibText(a.siteName || a.source) : undefined],
    ['year', issued ? String(issued[0]) : undefined],
    ['month', issued ? String(issued[1]) : undefined],
    ['day', issued ? String(issued[2]) : undefined],
    ['url', url ?? undefined],
    ['urldate', accessed ? accessed.map((n) => String(n).padStart(2, '0')).join('-') : undefined],
    ['language', a.lang ? bibText(a.lang) : undefined],
    ['annote', c.notes?.length ? bibText(plainNotes(c.notes).join(' / ')) : undefined],
  ];
  const body = fields
    .filter((f): f is [string, string] => !!f[1])
    .map(([k, v]) => `  ${k} = {${v}}`)
    .join(',\n');
  return `@article{${citationKey(a)},\n${body}\n}\n`;
}

export function risClip(a: Article, c: ClipContext): string {
  const issued = dateParts(a.publishedTime);
  const accessed = dateParts(c.clippedAt);
  const ymd = (d: [number, number, number]): string => d.map((n) => String(n).padStart(2, '0')).join('/');
  const lines: [string, string][] = [['TY', 'NEWS']];
  lines.push(['TI', titleOf(a)]);
  for (const n of a.byline) {
    const p = personName(oneLine(n));
    lines.push(['AU', 'literal' in p ? p.literal : `${p.family}, ${p.given}`]);
  }
  if (a.siteName || a.source) lines.push(['T2', oneLine(a.siteName || a.source)]);
  if (a.source && a.siteName && a.source !== a.siteName) lines.push(['PB', oneLine(a.source)]);
  if (issued) lines.push(['PY', String(issued[0])], ['DA', ymd(issued)]);
  const url = safeUrl(a.url);
  if (url) lines.push(['UR', url]);
  if (accessed) lines.push(['Y2', ymd(accessed)]);
  lines.push(['LA', oneLine(a.lang)]);
  // One note line for each highlight (RIS repeats N1).
  for (const note of plainNotes(c.notes ?? [])) lines.push(['N1', note]);
  lines.push(['ER', '']);
  // Every value is on one line (oneLine): none can start a tag of its own.
  return lines.map(([k, v]) => `${k}  - ${oneLine(v)}`.trimEnd()).join('\r\n') + '\r\n';
}
