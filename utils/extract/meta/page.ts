/** Small readers of page metadata shared by the meta/* modules and detect.ts. */

type Json = unknown;

interface PageIndex {
  /** meta name/property/itemprop (lower-cased) -> first non-empty content. */
  metas: Map<string, string>;
  ld: Record<string, Json>[];
}

// Read once per document: a selector query per meta name walks the whole page in jsdom
// (it was a quarter of extraction time on zh-cwced).
const indexes = new WeakMap<Document, PageIndex>();

function pageIndex(doc: Document): PageIndex {
  let idx = indexes.get(doc);
  if (idx) return idx;
  const metas = new Map<string, string>();
  for (const m of Array.from(doc.getElementsByTagName('meta'))) {
    const content = m.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['name', 'property', 'itemprop']) {
      const key = m.getAttribute(attr)?.trim().toLowerCase();
      if (key && !metas.has(key)) metas.set(key, content);
    }
  }
  idx = { metas, ld: readJsonLd(doc) };
  indexes.set(doc, idx);
  return idx;
}

/** The first meta whose name matches `pattern` (apub:time, release_date…). */
export function metaMatching(doc: Document, pattern: RegExp): string {
  for (const [name, value] of pageIndex(doc).metas) if (pattern.test(name)) return value;
  return '';
}

export function metaContent(doc: Document, ...names: string[]): string {
  const { metas } = pageIndex(doc);
  for (const name of names) {
    const v = metas.get(name.toLowerCase());
    if (v) return v;
  }
  return '';
}

/** Objects of JSON-LD blocks, flattened through arrays and @graph. */
export function jsonLd(doc: Document): Record<string, Json>[] {
  return pageIndex(doc).ld;
}

function readJsonLd(doc: Document): Record<string, Json>[] {
  const out: Record<string, Json>[] = [];
  const add = (v: Json): void => {
    if (Array.isArray(v)) v.forEach(add);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, Json>;
      out.push(o);
      if (o['@graph']) add(o['@graph']);
    }
  };
  for (const s of Array.from(doc.getElementsByTagName('script'))) {
    if (s.getAttribute('type')?.toLowerCase() !== 'application/ld+json') continue;
    try {
      add(JSON.parse(s.textContent ?? ''));
    } catch {
      // Broken JSON-LD is common; other signals still work.
    }
  }
  return out;
}

const ARTICLE_TYPES =
  /(^|\b)(News|Report|Blog|Opinion|Analysis|Review|Scholarly|Tech)?Article$|^(NewsArticle|BlogPosting|LiveBlogPosting|ReportageNewsArticle)$/;

export function isArticleType(type: Json): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t));
}

export function articleLd(doc: Document): Record<string, Json> | undefined {
  return jsonLd(doc).find((o) => isArticleType(o['@type']));
}
