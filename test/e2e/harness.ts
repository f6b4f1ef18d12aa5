/**
 * Real-browser harness: Debian's Chromium through playwright-core, with the built
 * extension (.output/chrome-mv3) loaded. The test build is the shipped build plus host
 * access to 127.0.0.1 alone, because activeTab needs a real user gesture.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { FIXTURES } from '../helpers/fixtures';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
export const SHOTS = join(process.cwd(), 'test-results', 'screenshots');
const BUILD = join(process.cwd(), '.output', 'chrome-mv3');

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  origin: string;
  close(): Promise<void>;
}

export type Handler = (res: ServerResponse, req: IncomingMessage) => void;

/** Serves `file` as a site would, naming its charset in the header (GB2312 pages), after `delay` ms. */
export const servedAs =
  (file: string, charset: string, delay = 0): Handler =>
  (res) => {
    setTimeout(() => res.writeHead(200, { 'content-type': `text/html; charset=${charset}` }).end(readFileSync(file)), delay);
  };

/**
 * Serves `routes` (path -> file or html) and `handlers` (path -> custom response) on
 * 127.0.0.1; anything else is a 404, as for the seed's QR image.
 */
export function serve(routes: Record<string, string>, handlers: Record<string, Handler> = {}): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const handler = handlers[req.url ?? ''];
    if (handler) return handler(res, req);
    const body = routes[req.url ?? ''];
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(existsSync(body) ? readFileSync(body) : body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as { port: number }).port}` })),
  );
}

/** The seed page's address on the test server (test/fixtures/cn-jiaozuo-legacy). */
export const SEED = '/news/2024-04/23/content_1.htm';

/** Chromium serving the seed page, the clipboard allowed: the clip tests read back what they copy. */
export async function launchSeed(): Promise<Harness> {
  const h = await launch({ [SEED]: join(FIXTURES, 'cn-jiaozuo-legacy/source.html') });
  await h.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  return h;
}

/**
 * Launches Chromium with the test build. `before`: another unpacked extension loaded first (a
 * shortcut it asks for is then its own, as when a user installed it earlier).
 */
export async function launch(routes: Record<string, string>, handlers: Record<string, Handler> = {}, before?: string): Promise<Harness> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium fonts-noto-cjk`);
  if (!existsSync(join(BUILD, 'manifest.json'))) throw new Error('No build at .output/chrome-mv3: run npx wxt build first');
  const ext = mkdtempSync(join(tmpdir(), 'qingdu-ext-'));
  cpSync(BUILD, ext, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(ext, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  manifest.host_permissions = ['http://127.0.0.1/*'];
  writeFileSync(join(ext, 'manifest.json'), JSON.stringify(manifest));
  mkdirSync(SHOTS, { recursive: true });

  const { server, origin } = await serve(routes, handlers);
  const profile = mkdtempSync(join(tmpdir(), 'qingdu-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'zh-TW',
    args: [
      '--lang=zh-TW',
      `--disable-extensions-except=${before ? `${before},` : ''}${ext}`,
      `--load-extension=${before ? `${before},` : ''}${ext}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const ours = (w: Worker): boolean => w.url().endsWith('/background.js');
  const worker = context.serviceWorkers().find(ours) ?? (await context.waitForEvent('serviceworker', { predicate: ours }));
  return {
    context,
    worker,
    extensionId: worker.url().split('/')[2]!,
    origin,
    async close() {
      await context.close();
      server.closeAllConnections();
      server.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(ext, { recursive: true, force: true });
    },
  };
}

/** The id of the tab showing (or still loading) `url`, asked of the extension itself. */
export async function tabIdOf(h: Harness, url: string): Promise<number> {
  for (let i = 0; i < 50; i++) {
    const id = await h.worker.evaluate(async (u) => {
      const tabs = (await chrome.tabs.query({})) as { id?: number; url?: string; pendingUrl?: string }[];
      return tabs.find((t) => t.url === u || t.pendingUrl === u)?.id ?? null;
    }, url);
    if (id !== null) return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no tab shows ${url}`);
}

/** Opens `path` in a tab, then the popup for that tab as a page of its own (440 px wide). */
export async function popupFor(h: Harness, path: string): Promise<{ page: Page; popup: Page; tabId: number }> {
  const page = await h.context.newPage();
  await page.goto(h.origin + path);
  const tabId = await tabIdOf(h, h.origin + path);
  const popup = await h.context.newPage();
  await popup.setViewportSize({ width: 440, height: 600 });
  await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
  return { page, popup, tabId };
}

/** Back to the default settings: the preferences (storage.sync, and this device's copy) and the per-site choices (storage.local); utils/browser/settings-store.ts. */
export async function resetSettings(h: Harness): Promise<void> {
  await h.worker.evaluate(() => Promise.all([chrome.storage.sync.remove('settings'), chrome.storage.local.remove(['sites', 'settingsHere'])]));
}

/** Opens `path` and reads it in the popup, which leaves the outcome (whatever it is) for a reader tab; the page stays open. Returns its tab. */
export async function readInPopup(h: Harness, path: string): Promise<number> {
  const { popup, tabId } = await popupFor(h, path);
  await popup.locator('main[aria-busy="false"]').waitFor({ timeout: 15_000 });
  await popup.close();
  return tabId;
}

/** axe-core's serious and critical violations on a page (evaluated past the page's CSP). */
export async function axeProblems(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const found = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
    const r = await axe.run({ resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, n: v.nodes.length }));
  });
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}, ${v.n})`);
}
