/**
 * Citations of the article: CSL-JSON (Zotero and other CSL tools), BibTeX and RIS. Chinese
 * names stay whole (a literal name, braced in BibTeX); dates are the page's own calendar day.
 * Tests parse all three back with citation-js.
 */
import type { Article } from '../article';
import { hostname } from '../url';
import { type ClipContext, dateParts, personName } from './context';

/** A citation key: first author's (Latin) name, else the site's domain name, and the year. */
function citationKey(a: Article): string {
  const author = (a.byline[0] ?? '')
    .normalize('NFKD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
  const site = hostname(a.url)
    .replace(/^www\./, '')
    .split('.')[0]!
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();
  const who = author || site;
  const year = dateParts(a.publishedTime)?.[0] ?? '';
  return `${who || 'qingdu'}${year}`;
}

export function cslClip(a: Article, c: ClipContext): string {
  const issued = dateParts(a.publishedTime);
  const accessed = dateParts(c.clippedAt);
  const item: Record<string, unknown> = {
    id: citationKey(a),
    type: 'article-newspaper',
    title: a.title,
    'container-title': a.siteName || a.source || undefined,
    publisher: a.source && a.source !== a.siteName ? a.source : undefined,
    author: a.byline.length ? a.byline.map(personName) : undefined,
    issued: issued ? { 'date-parts': [issued] } : undefined,
    accessed: accessed ? { 'date-parts': [accessed] } : undefined,
    URL: a.url,
    language: a.lang,
  };
  return JSON.stringify([item], null, 2) + '\n';
}

/** BibTeX's special characters, escaped; CJK text needs nothing (biber and bibtex8 read UTF-8). */
const bib = (s: string): string =>
  s
    .replace(/([{}&%$#_])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}');

export function bibtexClip(a: Article, c: ClipContext): string {
  const issued = dateParts(a.publishedTime);
  const accessed = dateParts(c.clippedAt);
  const authors = a.byline.map((n) => {
    const p = personName(n);
    return 'literal' in p ? `{${bib(p.literal)}}` : `${bib(p.family)}, ${bib(p.given)}`;
  });
  const fields: [string, string | undefined][] = [
    ['title', `{${bib(a.title)}}`],
    ['author', authors.length ? authors.join(' and ') : undefined],
    ['journal', a.siteName || a.source ? bib(a.siteName || a.source) : undefined],
    ['year', issued ? String(issued[0]) : undefined],
    ['month', issued ? String(issued[1]) : undefined],
    ['day', issued ? String(issued[2]) : undefined],
    ['url', a.url],
    ['urldate', accessed ? accessed.map((n) => String(n).padStart(2, '0')).join('-') : undefined],
    ['language', a.lang],
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
  const one = (s: string): string => s.replace(/\s+/g, ' ').trim();
  const lines: [string, string][] = [['TY', 'NEWS']];
  lines.push(['TI', one(a.title)]);
  for (const n of a.byline) {
    const p = personName(n);
    lines.push(['AU', 'literal' in p ? p.literal : `${p.family}, ${p.given}`]);
  }
  if (a.siteName || a.source) lines.push(['T2', one(a.siteName || a.source)]);
  if (a.source && a.siteName && a.source !== a.siteName) lines.push(['PB', one(a.source)]);
  if (issued) lines.push(['PY', String(issued[0])], ['DA', ymd(issued)]);
  lines.push(['UR', a.url]);
  if (accessed) lines.push(['Y2', ymd(accessed)]);
  lines.push(['LA', a.lang], ['ER', '']);
  return lines.map(([k, v]) => `${k}  - ${v}`.trimEnd()).join('\r\n') + '\r\n';
}
