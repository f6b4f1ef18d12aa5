/**
 * Sends an article to Zotero desktop on this computer, through its connector API on
 * 127.0.0.1:23119 (nothing leaves the machine). The extension asks for access to 127.0.0.1 the
 * first time (call it from the click itself: a browser grants permissions only to a gesture).
 */
import { browser } from 'wxt/browser';
import type { Article } from '../article';
import type { ClipNote } from '../clip/highlights';
import { ZOTERO_CONNECTOR, ZOTERO_HEADERS, ZOTERO_ORIGIN, snapshotMetadata, zoteroItem } from '../clip/zotero';

export type ZoteroFailure = 'refused' | 'not-running' | 'failed';

export class ZoteroError extends Error {
  constructor(
    readonly code: ZoteroFailure,
    detail = '',
  ) {
    super(detail || code);
  }
}

// Zotero answers at once when it runs; a port nobody listens on fails at once too.
const TIMEOUT_MS = 10_000;

async function post(path: string, body: BodyInit, headers: Record<string, string>): Promise<Response> {
  const response = await fetch(`${ZOTERO_CONNECTOR}/${path}`, {
    method: 'POST',
    body,
    headers: { ...ZOTERO_HEADERS, ...headers },
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!response.ok) throw new ZoteroError('failed', `HTTP ${response.status}`);
  return response;
}

/** What is sent: the article as shown, and its snapshot (a standalone HTML document). */
export interface ZoteroClip {
  article: Article;
  snapshot: string;
  clippedAt: string;
  /** The reader's highlights and notes: one child note of the item. */
  notes?: readonly ClipNote[];
}

/** The item, then its snapshot. Call it in the click; `prepare` runs once access is granted. */
export async function sendToZotero(prepare: () => Promise<ZoteroClip>): Promise<void> {
  // First, within the click: a prompt the first time, nothing after.
  if (!(await browser.permissions.request({ origins: [ZOTERO_ORIGIN] }))) throw new ZoteroError('refused');
  const { article: a, snapshot, clippedAt, notes } = await prepare();
  try {
    await fetch(`${ZOTERO_CONNECTOR}/ping`, { headers: ZOTERO_HEADERS, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch {
    throw new ZoteroError('not-running');
  }
  const sessionID = `qingdu-${crypto.randomUUID()}`;
  const id = 'qingdu-article';
  await post('saveItems', JSON.stringify({ sessionID, uri: a.url, items: [zoteroItem(a, clippedAt, id, notes)] }), { 'Content-Type': 'application/json' });
  await post(`saveAttachment?sessionID=${encodeURIComponent(sessionID)}`, snapshot, {
    'Content-Type': 'text/html',
    'X-Metadata': snapshotMetadata(a, sessionID, id),
  });
}
