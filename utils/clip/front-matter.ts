/**
 * YAML front matter for Markdown clips. Every string is written as a double-quoted scalar
 * with JSON escapes (valid YAML 1.2), so quotes, colons, `#`, leading dashes and newlines in
 * titles and names can never break the block. A test parses it back with a YAML parser.
 */
import { withoutControls } from './escape';

export type FrontMatterValue = string | number | null | string[] | Record<string, string[]>;

// Control characters (C1 too, which JSON leaves raw and strict YAML parsers refuse) are dropped.
const scalar = (v: string | number | null): string => (v === null ? 'null' : typeof v === 'number' ? String(v) : JSON.stringify(withoutControls(v)));

// A key YAML reads back as the same string when written bare: letters first, and not a word a
// YAML 1.1 or 1.2 reader takes for a boolean or null. Any other key (a template's `null`, `2024`) is quoted.
const PLAIN_KEY = /^[\p{L}_][\p{L}\p{N}_-]*$/u;
const YAML_WORDS = /^(?:true|false|yes|no|on|off|y|n|null)$/i;
const key = (k: string): string => (PLAIN_KEY.test(k) && !YAML_WORDS.test(k) ? k : scalar(k));

export function frontMatter(fields: Record<string, FrontMatterValue>): string {
  const lines = ['---'];
  for (const [name, value] of Object.entries(fields)) {
    const k = key(name);
    if (Array.isArray(value)) {
      lines.push(value.length ? `${k}:` : `${k}: []`);
      for (const item of value) lines.push(`  - ${scalar(item)}`);
    } else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value);
      lines.push(entries.length ? `${k}:` : `${k}: {}`);
      for (const [k, names] of entries) lines.push(`  ${scalar(k)}: [${names.map(scalar).join(', ')}]`);
    } else {
      lines.push(`${k}: ${scalar(value)}`);
    }
  }
  lines.push('---');
  return lines.join('\n') + '\n';
}
