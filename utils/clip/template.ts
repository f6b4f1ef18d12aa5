/**
 * Clip templates: the Markdown front matter and the file name a researcher wants, written as
 * text and checked before use. A template is a few header lines, `---`, then one front-matter
 * field per line:
 *
 *   name: 新聞研究
 *   sites: www.jzrb.com, news.example.cn
 *   file: {{date|date:YYYYMMDD}}-{{title|slug}}
 *   tags: 新聞, 清讀
 *   ---
 *   title: {{title}}
 *   published: {{date|date:YYYY-MM-DD}}
 *   author: {{byline}}
 *   tags: {{tags}}
 *
 * Variables: title, date, site, source, byline (a list), credits (role → names), url, script,
 * lang, tags (the header's), clipped. Filters: date:FORMAT (YYYY MM DD HH mm), slug, safe,
 * upper, lower, first, join:SEP. A field that is one variable keeps its kind (a list stays a
 * YAML list); anything else is text. Values reach YAML through front-matter.ts, which quotes
 * every string, so a template can never break the block. Without a template, clips are as
 * they always were.
 */
import type { Article } from '../article';
import { mergeCredits } from '../article';
import type { FrontMatterValue } from './front-matter';

export const TEMPLATE_VARIABLES = ['title', 'date', 'site', 'source', 'byline', 'credits', 'url', 'script', 'lang', 'tags', 'clipped'] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];
export const TEMPLATE_FILTERS = ['date', 'slug', 'safe', 'upper', 'lower', 'first', 'join'] as const;
type Filter = (typeof TEMPLATE_FILTERS)[number];

interface Part {
  text?: string;
  variable?: TemplateVariable;
  filters?: { name: Filter; arg: string }[];
}

export interface ClipTemplate {
  name: string;
  /** Host names the template is for. */
  sites: string[];
  file: Part[];
  tags: string[];
  fields: { key: string; value: Part[] }[];
  /** The text it was read from (kept, shown and edited as written). */
  source: string;
}

/** What is wrong in a template: a code (the UI words it in its language), the line, the word at fault. */
export type TemplateProblemCode =
  | 'unopened'
  | 'unclosed'
  | 'unknown-variable'
  | 'unknown-filter'
  | 'date-format'
  | 'no-rule'
  | 'not-a-line'
  | 'header-key'
  | 'twice'
  | 'no-name'
  | 'no-file'
  | 'no-fields'
  | 'too-long'
  | 'too-many';
export interface TemplateProblem {
  code: TemplateProblemCode;
  line?: number;
  detail?: string;
}

const ENGLISH: Record<TemplateProblemCode, (detail: string) => string> = {
  unopened: () => '"}}" without "{{"',
  unclosed: () => '"{{" without "}}"',
  'unknown-variable': (d) => `unknown variable {{${d}}} (${TEMPLATE_VARIABLES.join(', ')})`,
  'unknown-filter': (d) => `unknown filter |${d} (${TEMPLATE_FILTERS.join(', ')})`,
  'date-format': () => 'date needs a format, as date:YYYY-MM-DD',
  'no-rule': () => 'no "---" line between the header (name, sites, file, tags) and the fields',
  'not-a-line': () => '"name: value" expected',
  'header-key': (d) => `the header has name, sites, file and tags, not ${d}`,
  twice: (d) => `${d} twice`,
  'no-name': () => 'the header needs a name',
  'no-file': () => 'the header needs a file name (file: …)',
  'no-fields': () => 'no fields after "---"',
  'too-long': (d) => `longer than ${d} characters`,
  'too-many': (d) => `at most ${d} templates`,
};

/** A problem in English (the command line's words). */
export const problemText = (p: TemplateProblem): string => `${p.line ? `line ${p.line}: ` : ''}${ENGLISH[p.code](p.detail ?? '')}`;

export type TemplateResult = { ok: true; template: ClipTemplate } | { ok: false; errors: TemplateProblem[] };

// A field name YAML reads as a plain key, in any script.
const KEY = /^[\p{L}\p{N}_][\p{L}\p{N}_-]*$/u;
const HEADER_KEYS = new Set(['name', 'sites', 'file', 'tags']);
const list = (s: string): string[] =>
  s
    .split(/[,，、]/)
    .map((x) => x.trim())
    .filter(Boolean);

/** `text {{var|filter:arg}} text` as parts, or the reason it is not. */
function parseValue(value: string): Part[] | TemplateProblem {
  const parts: Part[] = [];
  let rest = value;
  while (rest) {
    const open = rest.indexOf('{{');
    if (open < 0) {
      if (rest.includes('}}')) return { code: 'unopened' };
      parts.push({ text: rest });
      break;
    }
    if (open > 0) parts.push({ text: rest.slice(0, open) });
    const close = rest.indexOf('}}', open);
    if (close < 0) return { code: 'unclosed' };
    // Names are trimmed; an argument keeps its spaces (join: / ).
    const [rawName = '', ...filters] = rest.slice(open + 2, close).split('|');
    const name = rawName.trim();
    if (!TEMPLATE_VARIABLES.includes(name as TemplateVariable)) return { code: 'unknown-variable', detail: name };
    const parsed: { name: Filter; arg: string }[] = [];
    for (const f of filters) {
      const colon = f.indexOf(':');
      const fname = (colon < 0 ? f : f.slice(0, colon)).trim();
      if (!TEMPLATE_FILTERS.includes(fname as Filter)) return { code: 'unknown-filter', detail: fname };
      const arg = colon < 0 ? '' : f.slice(colon + 1);
      if (fname === 'date' && !arg.trim()) return { code: 'date-format' };
      parsed.push({ name: fname as Filter, arg });
    }
    parts.push({ variable: name as TemplateVariable, filters: parsed });
    rest = rest.slice(close + 2);
  }
  return parts;
}

/** A template from its text, or every problem in it, each with its line. */
export function parseTemplate(text: string): TemplateResult {
  const errors: TemplateProblem[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const rule = lines.findIndex((l) => l.trim() === '---');
  if (rule < 0) return { ok: false, errors: [{ code: 'no-rule' }] };
  const header: Record<string, string> = {};
  const fields: ClipTemplate['fields'] = [];
  const keys = new Set<string>();
  let file: Part[] = [];
  lines.forEach((raw, i) => {
    if (!raw.trim() || raw.trim().startsWith('#') || i === rule) return;
    const line = i + 1;
    const colon = raw.indexOf(':');
    const key = colon < 0 ? '' : raw.slice(0, colon).trim();
    const value = colon < 0 ? '' : raw.slice(colon + 1).trim();
    if (colon < 0 || !KEY.test(key)) return void errors.push({ code: 'not-a-line', line });
    if (i < rule) {
      if (!HEADER_KEYS.has(key)) return void errors.push({ code: 'header-key', line, detail: key });
      if (key in header) return void errors.push({ code: 'twice', line, detail: key });
      header[key] = value;
      if (key === 'file') {
        const parts = parseValue(value);
        if (Array.isArray(parts)) file = parts;
        else errors.push({ ...parts, line });
      }
      return;
    }
    if (keys.has(key)) return void errors.push({ code: 'twice', line, detail: key });
    keys.add(key);
    const parts = parseValue(value);
    if (!Array.isArray(parts)) return void errors.push({ ...parts, line });
    fields.push({ key, value: parts });
  });
  if (!header.name) errors.push({ code: 'no-name' });
  if (!header.file) errors.push({ code: 'no-file' });
  if (!fields.length) errors.push({ code: 'no-fields' });
  if (errors.length) return { ok: false, errors };
  return { ok: true, template: { name: header.name!, sites: list(header.sites ?? ''), file, tags: list(header.tags ?? ''), fields, source: text } };
}

/** What a template is given besides the article. */
export interface TemplateContext {
  script: string;
  clippedAt: string;
}

type Value = string | string[] | Record<string, string[]>;

function variable(name: TemplateVariable, a: Article, t: ClipTemplate, c: TemplateContext): Value {
  switch (name) {
    case 'title':
      return a.title;
    case 'date':
      return a.publishedTime ?? '';
    case 'site':
      return a.siteName;
    case 'source':
      return a.source;
    case 'byline':
      return a.byline;
    case 'credits':
      return Object.fromEntries(mergeCredits([], a.credits).map((cr) => [cr.role, cr.names]));
    case 'url':
      return a.url;
    case 'script':
      return c.script;
    case 'lang':
      return a.lang;
    case 'tags':
      return t.tags;
    case 'clipped':
      return c.clippedAt;
  }
}

/** A date written by tokens, from the ISO form in the page's own time (no conversion to UTC). */
function formatDate(iso: string, format: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso);
  if (!m) return '';
  const tokens: Record<string, string> = { YYYY: m[1]!, MM: m[2]!, DD: m[3]!, HH: m[4] ?? '00', mm: m[5] ?? '00' };
  return format.replace(/YYYY|MM|DD|HH|mm/g, (t) => tokens[t]!);
}

// Characters no file system takes in a name, and controls.
const UNSAFE_IN_NAMES = /[\\/:*?"<>|#^[\]\p{Cc}]/gu;

const text = (v: Value): string =>
  typeof v === 'string'
    ? v
    : Array.isArray(v)
      ? v.join('、')
      : Object.entries(v)
          .map(([role, names]) => `${role}：${names.join('、')}`)
          .join(' ');

function apply(v: Value, filters: { name: Filter; arg: string }[]): Value {
  let out = v;
  for (const f of filters) {
    if (f.name === 'first') out = Array.isArray(out) ? (out[0] ?? '') : out;
    else if (f.name === 'join') out = Array.isArray(out) ? out.join(f.arg) : text(out);
    else {
      const s = text(out);
      if (f.name === 'date') out = formatDate(s, f.arg);
      else if (f.name === 'upper') out = s.toUpperCase();
      else if (f.name === 'lower') out = s.toLowerCase();
      // Letters of every script stay (no pinyin); the rest becomes single dashes.
      else if (f.name === 'slug')
        out = s
          .toLowerCase()
          .replace(/[^\p{L}\p{N}]+/gu, '-')
          .replace(/^-+|-+$/g, '');
      else if (f.name === 'safe') out = s.replace(UNSAFE_IN_NAMES, ' ').replace(/\s+/g, ' ').trim();
    }
  }
  return out;
}

function render(parts: Part[], a: Article, t: ClipTemplate, c: TemplateContext): Value {
  // One variable alone keeps its kind: a list stays a list.
  if (parts.length === 1 && parts[0]!.variable) return apply(variable(parts[0]!.variable, a, t, c), parts[0]!.filters ?? []);
  return parts.map((p) => (p.variable ? text(apply(variable(p.variable, a, t, c), p.filters ?? [])) : p.text!)).join('');
}

/** The front matter's fields; an empty text is null, as a missing date is in the default clips. */
export function templateFields(t: ClipTemplate, a: Article, c: TemplateContext): Record<string, FrontMatterValue> {
  return Object.fromEntries(
    t.fields.map(({ key, value }) => {
      const v = render(value, a, t, c);
      return [key, v === '' ? null : v];
    }),
  );
}

/** The file name (without extension): safe on every file system, at most 80 characters, never empty. */
export function templateFileName(t: ClipTemplate, a: Article, c: TemplateContext): string {
  const name = apply(text(render(t.file, a, t, c)), [{ name: 'safe', arg: '' }]) as string;
  return Array.from(name).slice(0, 80).join('').trim() || 'article';
}

/** The template for an article's site, if one names it. */
export const templateFor = (templates: readonly ClipTemplate[], host: string): ClipTemplate | undefined => templates.find((t) => t.sites.includes(host));
