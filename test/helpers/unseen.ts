/** Our own pages of templates the fixtures did not have (test/unseen/<slug>/): source, checks, and the truth text decided before extracting. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeHtml } from '../../utils/decode-html';
import type { Checks } from './fixtures';

export const UNSEEN = fileURLToPath(new URL('../unseen/', import.meta.url));

export const unseenSlugs = (): string[] =>
  readdirSync(UNSEEN)
    .filter((d) => existsSync(join(UNSEEN, d, 'source.html')))
    .sort();

export interface UnseenPage {
  slug: string;
  html: string;
  checks: Checks;
  truth: string;
}

export function unseenPage(slug: string): UnseenPage {
  const read = (f: string): string => readFileSync(join(UNSEEN, slug, f), 'utf8');
  return {
    slug,
    html: decodeHtml(readFileSync(join(UNSEEN, slug, 'source.html'))),
    checks: JSON.parse(read('checks.json')) as Checks,
    truth: read('truth.txt'),
  };
}
