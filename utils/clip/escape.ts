/**
 * Escaping for every clip format, in one place: each writer puts page-controlled strings
 * (titles, names, addresses, text) through these, so no value can end its field, start
 * another, or carry markup into the reader's tools. Tested with real parsers on hostile
 * strings (test/clip-safety.test.ts).
 */

// Control characters a reader's tools refuse or misread: C0 but tab, newline and return; DEL;
// C1 (U+0080–U+009F, which strict YAML parsers refuse); line and paragraph separators; BOM.
// eslint-disable-next-line no-control-regex -- control characters are what these find
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff]/g;
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_OR_BREAK = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/g;

/** Without control characters (line breaks kept). */
export const withoutControls = (s: string): string => s.replace(CONTROL, '');

/** On one line: control characters and line breaks become spaces, runs of space one. */
export const oneLine = (s: string): string => s.replace(CONTROL_OR_BREAK, ' ').replace(/\s+/g, ' ').trim();

/** Do the braces of `s` nest (BibTeX counts them, escaped or not)? */
function balanced(s: string): boolean {
  let depth = 0;
  for (const ch of s) {
    if (ch === '{') depth++;
    else if (ch === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

/**
 * A BibTeX field's text, for inside `{…}`: LaTeX's specials escaped (\ % # & _ $ ^ ~), braces
 * kept when they nest (they protect case) and written as \textbraceleft/right when they do not
 * (BibTeX counts \{ as a brace too, so one stray brace would end the field).
 */
export function bibText(s: string): string {
  const text = oneLine(s);
  const keepBraces = balanced(text);
  let out = '';
  for (const ch of text) {
    if (ch === '\\') out += '\\textbackslash{}';
    else if (ch === '{' || ch === '}') out += keepBraces ? ch : ch === '{' ? '\\textbraceleft{}' : '\\textbraceright{}';
    else if ('%#&_$'.includes(ch)) out += '\\' + ch;
    else if (ch === '^') out += '\\textasciicircum{}';
    else if (ch === '~') out += '\\textasciitilde{}';
    else out += ch;
  }
  return out;
}

// What an address may hold as written in BibTeX (\url{…}), Markdown (…) and RIS: the rest percent-encoded.
const URL_UNSAFE = /[^A-Za-z0-9\-._~:/?#[\]@!$&'*+,;=%]/g;
const encodeChar = (ch: string): string => Array.from(new TextEncoder().encode(ch), (b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join('');

/**
 * An address safe to write in any clip: http(s) or mailto only (null otherwise), normalized
 * by the URL parser, then every character outside RFC 3986's set, and the ones that end a
 * Markdown link or a BibTeX field ( ) { } \ and spaces, percent-encoded.
 */
export function safeUrl(raw: string, base?: string): string | null {
  // An empty address is the base itself to the URL parser: here it is no address.
  if (!raw.trim()) return null;
  let url: URL;
  try {
    url = new URL(oneLine(raw), base);
  } catch {
    return null;
  }
  if (!/^(?:https?|mailto):$/.test(url.protocol)) return null;
  // Brackets stay only around an IPv6 host; elsewhere they would close a Markdown link's text.
  const path = url.protocol === 'mailto:' ? -1 : url.href.indexOf('/', url.protocol.length + 2);
  const origin = url.protocol === 'mailto:' ? 'mailto:' : path < 0 ? url.href : url.href.slice(0, path);
  return (
    origin +
    url.href
      .slice(origin.length)
      .replace(URL_UNSAFE, encodeChar)
      .replace(/[()[\]]/g, encodeChar)
  );
}

// Markdown's specials anywhere in text: emphasis, code, links (with [ and ] escaped, no ( or !
// can start one), table pipes, strikethrough, and HTML's < > &. A leading - + = # and an
// ordered list's number are escaped by position.
const MD_SPECIAL = /[\\`*_[\]|~<>&]/g;
const MD_ESCAPED: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };

/**
 * Text for Markdown: every Markdown special escaped with a backslash, and < > & as entities, so
 * a CommonMark renderer with raw HTML on builds nothing from page text; a line that would start
 * a list, heading, quote or rule is escaped at its start.
 */
export function mdText(s: string): string {
  return withoutControls(s)
    .replace(MD_SPECIAL, (ch) => MD_ESCAPED[ch] ?? '\\' + ch)
    .replace(/^(\s*)([-+=#]|\d+(?=[.)]))/gm, (_m, space: string, mark: string) => `${space}${/\d/.test(mark) ? mark + '\\' : '\\' + mark}`);
}
