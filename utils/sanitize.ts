/**
 * The only way page HTML reaches a DOM we render. DOMPurify with an allow-list made for
 * articles: text, headings, lists, quotes, tables, figures, http(s)/raster data images,
 * http(s)/mailto links with rel="noopener noreferrer". Used in the content script before
 * the record leaves the page, and again in extension pages before rendering.
 */
import { MARK } from './extract/marks';
import createDOMPurify, { type DOMPurify } from 'dompurify';

const ALLOWED_TAGS = [
  'a',
  'abbr',
  'b',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'col',
  'colgroup',
  'dd',
  'del',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'pre',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
  'var',
  'wbr',
];
// Attributes that are never addresses. DOMPurify checks every other attribute's value against
// ALLOWED_URI_REGEXP, which (strict, below) refused colspan="2", lang="en" and the rest.
// MARK.removed: the empty marker where a removed block can be restored; MARK.page: a joined page's rule;
// MARK.highlight and MARK.note: a reader's highlights in a clip (utils/extract/marks.ts).
const PLAIN_ATTR = ['colspan', 'rowspan', 'scope', 'lang', 'dir', 'datetime', 'width', 'height', MARK.removed, MARK.page, MARK.highlight, MARK.note];
const ALLOWED_ATTR = ['href', 'src', 'alt', 'title', ...PLAIN_ATTR];
const SAFE_LINK = /^(?:https?:|mailto:)/i;
const SAFE_IMAGE = /^(?:https?:|data:image\/(?:png|jpe?g|gif|webp|avif|bmp);)/i;

const purifiers = new WeakMap<object, DOMPurify>();

function purifier(win: Window): DOMPurify {
  let p = purifiers.get(win);
  if (p) return p;
  p = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
  p.addHook('afterSanitizeAttributes', (node) => {
    const el = node;
    // Addresses only where they mean an image or a link (the property test found <h2 src>).
    if (el.tagName !== 'IMG') el.removeAttribute('src');
    if (el.tagName !== 'A') el.removeAttribute('href');
    if (el.tagName === 'A') {
      const href = el.getAttribute('href') ?? '';
      if (!SAFE_LINK.test(href.trim())) el.removeAttribute('href');
      else el.setAttribute('rel', 'noopener noreferrer');
    } else if (el.tagName === 'IMG') {
      const src = el.getAttribute('src') ?? '';
      if (!SAFE_IMAGE.test(src.trim())) el.removeAttribute('src');
    }
  });
  purifiers.set(win, p);
  return p;
}

const CONFIG = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ADD_URI_SAFE_ATTR: PLAIN_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // Raster data: images are allowed by the hook; everything else must be http(s)/mailto.
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|data:image\/(?:png|jpe?g|gif|webp|avif|bmp);)/i,
  KEEP_CONTENT: true,
  WHOLE_DOCUMENT: false,
};

/** Sanitized HTML of an HTML string, or of the contents of a node (the node itself is untouched). */
export function sanitizeHtml(input: string | Element, win: Window): string {
  const p = purifier(win);
  if (typeof input === 'string') return p.sanitize(input, CONFIG);
  // DOMPurify would sanitize a <body> or <html> in place (and refuses to): give it their HTML.
  if (input.tagName === 'BODY' || input.tagName === 'HTML') return p.sanitize(input.innerHTML, CONFIG);
  // Other elements: DOMPurify imports a copy into a fresh <body>; serialize what is inside it.
  const body = p.sanitize(input, { ...CONFIG, RETURN_DOM: true }) as unknown as HTMLElement;
  const only = body.childNodes.length === 1 ? body.firstElementChild : null;
  return (only ?? body).innerHTML;
}

/**
 * Sanitized HTML of what is inside `el`, sanitizing it where it is: for a tree the caller owns
 * and throws away (the pipeline's clone), without the copy into a fresh document that
 * sanitizeHtml makes. `el` itself must be an allowed element (a <div>).
 */
export function sanitizeInPlace(el: Element, win: Window): string {
  purifier(win).sanitize(el, { ...CONFIG, IN_PLACE: true });
  return el.innerHTML;
}

/** Sanitized HTML of each element, itself included, in one pass. Moves the elements. */
export function sanitizeEach(elements: readonly Element[], win: Window): string[] {
  if (!elements.length) return [];
  const doc = elements[0]!.ownerDocument;
  const holder = doc.createElement('div');
  for (const el of elements) {
    const wrapper = doc.createElement('div');
    wrapper.append(el);
    holder.append(wrapper);
  }
  sanitizeInPlace(holder, win);
  // Plain <div>s stay as they are, one per element, in order.
  return Array.from(holder.children, (wrapper) => wrapper.innerHTML);
}

/** Sanitized nodes, ready to append to an extension page: no HTML string is ever assigned. */
export function sanitizeToFragment(html: string, win: Window): DocumentFragment {
  return purifier(win).sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
}

const FORBIDDEN_TAGS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'option',
  'base',
  'meta',
  'link',
  'svg',
  'math',
  'template',
  'noscript',
  'video',
  'audio',
  'source',
  'portal',
]);
const URL_ATTRS = ['href', 'src', 'action', 'formaction', 'xlink:href', 'background', 'poster', 'cite', 'srcset'];

/**
 * What in an HTML string breaks the output contract (used by tests on every fixture, the
 * hostile corpus and random input): forbidden elements, event handlers, style/srcdoc/
 * formaction attributes, links and images outside http(s)/mailto/raster data, links
 * without rel="noopener noreferrer". Empty when the HTML is safe to render.
 */
export function findForbidden(html: string, win: Window): string[] {
  const Parser = (win as unknown as { DOMParser: typeof DOMParser }).DOMParser;
  const doc = new Parser().parseFromString(`<!DOCTYPE html><body>${html}`, 'text/html');
  const found: string[] = [];
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    const tag = el.tagName.toLowerCase();
    if (FORBIDDEN_TAGS.has(tag) || el.namespaceURI !== 'http://www.w3.org/1999/xhtml') found.push(`<${tag}>`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on') || ['style', 'srcdoc', 'formaction', 'action', 'id', 'name', 'class'].includes(name)) found.push(`<${tag} ${name}>`);
      if (URL_ATTRS.includes(name)) {
        const v = attr.value.trim();
        const ok = tag === 'img' && name === 'src' ? SAFE_IMAGE.test(v) : tag === 'a' && name === 'href' ? SAFE_LINK.test(v) : false;
        if (!ok) found.push(`<${tag} ${name}="${v.slice(0, 40)}">`);
      }
    }
    if (tag === 'a' && el.hasAttribute('href') && el.getAttribute('rel') !== 'noopener noreferrer') found.push('<a> without rel="noopener noreferrer"');
  }
  return found;
}
