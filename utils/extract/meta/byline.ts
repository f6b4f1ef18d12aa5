import { blockTexts } from './text-lines';
import { articleLd, metaContent } from './page';

// (記者翟倩倩、焦嬌)  本报记者 张三 李四  作者：王五  文/趙六  By Jane Doe
const REPORTER =
  /^[\s(（【\[]*(?:本[报報]|新[华華]社|中新社|央[视視][网網]|特[约約])?(?:[记記]者|作者|撰文|文\s*[\/／|]|文字[:：]|通[讯訊]员|通[訊讯]員)\s*[:：\/／]?\s*([^)）】\]]{2,60}?)\s*(?:[报報][道導]|[摄攝]影?)?[)）】\]]?\s*$/;
const BY = /^\s*(?:by|written by)\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})*)\s*$/i;
const ROLE_WORDS = /(?:本[报報]|特[约約])?(?:[记記]者|通[讯訊]员|通[訊讯]員|实习生|實習生|[摄攝]影|作者)/g;

/** Split a names string: 翟倩倩、焦嬌 / 张三 李四 / Jane Doe and John Roe. */
export function splitNames(raw: string): string[] {
  const s = raw.replace(ROLE_WORDS, ' ').trim();
  const cjk = /\p{Script=Han}/u.test(s);
  const parts = s.split(cjk ? /[\s、，,;；\/／|｜]+/ : /\s*(?:,|;|\band\b|&)\s*/i);
  return parts.map((p) => p.trim()).filter((p) => p.length >= (cjk ? 2 : 3) && p.length <= 40);
}

function ldAuthors(doc: Document): string[] {
  const a = articleLd(doc)?.author;
  const list = Array.isArray(a) ? a : a ? [a] : [];
  return list
    .map((x) => (typeof x === 'string' ? x : typeof x === 'object' && x && 'name' in x ? String((x as { name: unknown }).name) : ''))
    .flatMap((x) => splitNames(x));
}

/** Names of the article's reporters or authors. */
export function readByline(doc: Document, siteName: string): string[] {
  const fromLd = ldAuthors(doc);
  if (fromLd.length) return fromLd;
  for (const line of blockTexts(doc.body, 60)) {
    const m = REPORTER.exec(line) ?? BY.exec(line);
    if (m?.[1]) {
      const names = splitNames(m[1]);
      if (names.length) return names;
    }
  }
  const meta = metaContent(doc, 'author', 'article:author', 'byl', 'dc.creator');
  if (meta && !/^https?:/.test(meta) && !meta.includes(siteName || '\u0000') && !/[网網]$/.test(meta)) return splitNames(meta);
  return [];
}
