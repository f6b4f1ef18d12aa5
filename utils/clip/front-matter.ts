/**
 * YAML front matter for Markdown clips. Every string is written as a double-quoted scalar
 * with JSON escapes (valid YAML 1.2), so quotes, colons, `#`, leading dashes and newlines in
 * titles and names can never break the block. A test parses it back with a YAML parser.
 */
import { withoutControls } from './escape';

export type FrontMatterValue = string | number | null | string[] | Record<string, string[]>;

// Control characters (C1 too, which JSON leaves raw and strict YAML parsers refuse) are dropped.
const scalar = (v: string | number | null): string => (v === null ? 'null' : typeof v === 'number' ? String(v) : JSON.stringify(withoutControls(v)));

export function frontMatter(fields: Record<string, FrontMatterValue>): string {
  const lines = ['---'];
  for (const [key, value] of Object.entries(fields)) {
    if (Array.isArray(value)) {
      lines.push(value.length ? `${key}:` : `${key}: []`);
      for (const item of value) lines.push(`  - ${scalar(item)}`);
    } else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value);
      lines.push(entries.length ? `${key}:` : `${key}: {}`);
      for (const [k, names] of entries) lines.push(`  ${scalar(k)}: [${names.map(scalar).join(', ')}]`);
    } else {
      lines.push(`${key}: ${scalar(value)}`);
    }
  }
  lines.push('---');
  return lines.join('\n') + '\n';
}
