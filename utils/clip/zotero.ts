/**
 * An article as a Zotero item, for Zotero desktop's connector API (the one Zotero Connector
 * uses, on 127.0.0.1:23119): a newspaperArticle with its creators, date, publication, address,
 * language and abstract, the credits in Extra, and the clean HTML attached as a snapshot.
 * Field names follow Zotero's schema (zotero/zotero-schema, newspaperArticle).
 */
import type { Article } from '../article';
import { personName } from './context';
import { escapeHtml } from './context';
import { withoutControls } from './escape';
import { noteLines, type ClipNote } from './highlights';

export const ZOTERO_CONNECTOR = 'http://127.0.0.1:23119/connector';
/** The one origin the extension asks for when Zotero is first used (match patterns carry no port). */
export const ZOTERO_ORIGIN = 'http://127.0.0.1/*';
/** Sent with every request: Zotero refuses browser requests without it (cross-site protection). */
export const ZOTERO_HEADERS = { 'X-Zotero-Connector-API-Version': '3' } as const;

export type ZoteroCreator = { firstName: string; lastName: string; creatorType: 'author' } | { lastName: string; fieldMode: 1; creatorType: 'author' };

export interface ZoteroItem {
  id: string;
  itemType: 'newspaperArticle';
  title: string;
  creators: ZoteroCreator[];
  date: string;
  publicationTitle: string;
  url: string;
  language: string;
  abstractNote: string;
  accessDate: string;
  libraryCatalog: string;
  extra: string;
  tags: string[];
  /** Child notes, as Zotero stores them: HTML. */
  notes: { note: string }[];
  attachments: never[];
}

// An abstract is the article's opening, not the whole of it.
const ABSTRACT_CHARS = 300;

/** Chinese names stay whole (one field, as Zotero's translators store them); Latin ones are split. */
function creator(name: string): ZoteroCreator {
  const p = personName(name);
  return 'literal' in p ? { lastName: p.literal, fieldMode: 1, creatorType: 'author' } : { firstName: p.given, lastName: p.family, creatorType: 'author' };
}

/** `2026-12-03 04:05:06`, UTC: how Zotero stores an access date. */
const sqlDate = (iso: string): string => new Date(iso).toISOString().slice(0, 19).replace('T', ' ');

/** The reader's highlights as one Zotero note: each quote, then its note. */
function highlightsNote(notes: readonly ClipNote[]): { note: string }[] {
  if (!notes.length) return [];
  const para = (s: string): string => `<p>${noteLines(withoutControls(s)).map(escapeHtml).join('<br>')}</p>`;
  const items = notes.map((n) => `<blockquote>${para(n.quote)}</blockquote>${n.note ? para(n.note) : ''}`);
  return [{ note: `<h1>清讀</h1>\n${items.join('\n')}` }];
}

export function zoteroItem(a: Article, clippedAt: string, id: string, notes: readonly ClipNote[] = []): ZoteroItem {
  const first = a.text.split(/\n\s*\n/).find((p) => p.trim()) ?? '';
  const abstract = first.length > ABSTRACT_CHARS ? `${first.slice(0, ABSTRACT_CHARS)}…` : first;
  return {
    id,
    itemType: 'newspaperArticle',
    title: withoutControls(a.title),
    creators: a.byline.map(creator),
    date: a.publishedTime?.slice(0, 10) ?? '',
    publicationTitle: withoutControls(a.source || a.siteName),
    url: a.url,
    language: a.lang,
    abstractNote: withoutControls(abstract.trim()),
    accessDate: sqlDate(clippedAt),
    libraryCatalog: '清讀 Qingdu',
    extra: a.credits.map((c) => withoutControls(`${c.role}: ${c.names.join('、')}`)).join('\n'),
    tags: [],
    notes: highlightsNote(notes),
    attachments: [],
  };
}

/** The X-Metadata header of the snapshot: JSON with every non-ASCII character escaped (a header is Latin-1). */
export function snapshotMetadata(a: Article, sessionID: string, parentItemID: string): string {
  return JSON.stringify({ sessionID, parentItemID, title: `清讀 ${a.title}`.slice(0, 200), url: a.url }).replace(
    /[\u007f-\uffff]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
