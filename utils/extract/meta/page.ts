/** Small readers of page metadata shared by the meta/* modules. */

export function metaContent(doc: Document, ...names: string[]): string {
  for (const name of names) {
    const el =
      doc.querySelector(`meta[name="${name}" i]`) ??
      doc.querySelector(`meta[property="${name}" i]`) ??
      doc.querySelector(`meta[itemprop="${name}" i]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return '';
}

type Json = unknown;

/** Objects of JSON-LD blocks, flattened through arrays and @graph. */
export function jsonLd(doc: Document): Record<string, Json>[] {
  const out: Record<string, Json>[] = [];
  const add = (v: Json): void => {
    if (Array.isArray(v)) v.forEach(add);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, Json>;
      out.push(o);
      if (o['@graph']) add(o['@graph']);
    }
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    try {
      add(JSON.parse(s.textContent ?? ''));
    } catch {
      // Broken JSON-LD is common; other signals still work.
    }
  }
  return out;
}

const ARTICLE_TYPES = /(^|\b)(News|Report|Blog|Opinion|Analysis|Review|Scholarly|Tech)?Article$|^(NewsArticle|BlogPosting|LiveBlogPosting|ReportageNewsArticle)$/;

export function isArticleType(type: Json): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t));
}

export function articleLd(doc: Document): Record<string, Json> | undefined {
  return jsonLd(doc).find((o) => isArticleType(o['@type']));
}

export function hostname(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
