import type { Article } from '../article';
import { type ClipContext, displayDate } from './context';
import { plainNotes } from './highlights';

/**
 * Plain text: paragraphs separated by blank lines, full-width indentation removed, and
 * (unless switched off) a short provenance header.
 */
export function textClip(a: Article, c: ClipContext): string {
  const body = a.text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/^[\s\u3000]+/gm, '').trim())
    .filter(Boolean)
    .join('\n\n');
  // The reader's highlights and notes after the article, as they are in it.
  const notes = c.notes?.length ? `\n\n* * *\n\n${plainNotes(c.notes).join('\n\n')}` : '';
  if (c.provenance === false) return body + notes + '\n';
  const line = [a.source || a.siteName, displayDate(a.publishedTime), a.byline.join('、')].filter(Boolean).join(' · ');
  return `${a.title}\n${line ? line + '\n' : ''}${a.url}\n\n${body}${notes}\n`;
}
