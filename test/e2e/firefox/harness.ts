/**
 * Firefox harness: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi, with the
 * built extension (.output/firefox-mv2) installed as a temporary add-on. As in Chromium, the test
 * build is the shipped build plus host access to 127.0.0.1 alone (activeTab needs a real gesture).
 * Firefox must be started with --remote-allow-system-access for BiDi to open moz-extension:// pages,
 * and a fixed UUID (extensions.webextensions.uuids) gives those pages a known address.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { SHOTS, serve, type Handler } from '../harness';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const BUILD = join(process.cwd(), '.output', 'firefox-mv2');
const UUID = '5d3c9a57-1f0e-4b7a-9c2d-8e6f4a1b0c3d';

export interface FirefoxHarness {
  browser: Browser;
  origin: string;
  /** The address of one of the extension's pages. */
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

export async function launchFirefox(routes: Record<string, string>, handlers: Record<string, Handler> = {}): Promise<FirefoxHarness> {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}: apt-get install -y firefox-esr`);
  if (!existsSync(join(BUILD, 'manifest.json'))) throw new Error('No build at .output/firefox-mv2: run npx wxt build -b firefox first');
  const ext = mkdtempSync(join(tmpdir(), 'qingdu-ffext-'));
  cpSync(BUILD, ext, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(ext, 'manifest.json'), 'utf8')) as {
    permissions: string[];
    browser_specific_settings: { gecko: { id: string } };
  };
  // clipboardRead lets the test read back what Copy wrote; the shipped build never asks for it.
  manifest.permissions = [...manifest.permissions, 'http://127.0.0.1/*', 'clipboardRead'];
  writeFileSync(join(ext, 'manifest.json'), JSON.stringify(manifest));
  mkdirSync(SHOTS, { recursive: true });

  const { server, origin } = await serve(routes, handlers);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [manifest.browser_specific_settings.gecko.id]: UUID }),
      'intl.locale.requested': 'zh-TW',
      'intl.accept_languages': 'zh-TW,zh,en',
    },
  });
  await browser.installExtension(ext);
  return {
    browser,
    origin,
    extensionUrl: (path) => `moz-extension://${UUID}/${path}`,
    async close() {
      await browser.close();
      server.closeAllConnections();
      server.close();
      rmSync(ext, { recursive: true, force: true });
    },
  };
}

/**
 * Opens an extension page. BiDi may never report a moz-extension:// page as loaded, so the
 * navigation is started and the page's own address and readyState are polled.
 */
export async function openExtensionPage(h: FirefoxHarness, path: string, width = 440): Promise<Page> {
  const page = await h.browser.newPage();
  await page.setViewport({ width, height: width > 440 ? 800 : 600 });
  const url = h.extensionUrl(path);
  void page.goto(url).catch(() => undefined);
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, 100));
    const ready = await page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => '');
    if (ready === `${url} complete`) return page;
  }
  throw new Error(`${url} did not load`);
}

/** The id of the tab showing `url`, asked of the extension (an extension page has the API). */
export async function tabIdOf(view: Page, url: string): Promise<number> {
  for (let i = 0; i < 50; i++) {
    const id = await view.evaluate(async (u) => {
      const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).browser;
      return (await api.tabs.query({})).find((t) => t.url === u)?.id ?? null;
    }, url);
    if (id !== null) return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no tab shows ${url}`);
}

/** Opens `path` in a tab, then the popup for that tab as a page of its own (440 px wide). */
export async function popupFor(h: FirefoxHarness, path: string): Promise<{ page: Page; popup: Page; tabId: number }> {
  const page = await h.browser.newPage();
  await page.goto(h.origin + path);
  const options = await openExtensionPage(h, 'options.html');
  const tabId = await tabIdOf(options, h.origin + path);
  await options.close();
  return { page, popup: await openExtensionPage(h, `popup.html?tab=${tabId}`), tabId };
}

/** Polls `read` until it returns a value `ok` accepts, or throws with the last value. */
export async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeout = 15_000): Promise<T> {
  const end = Date.now() + timeout;
  let last: T | undefined;
  while (Date.now() < end) {
    last = await read().catch(() => undefined as T);
    if (last !== undefined && ok(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out; last value: ${JSON.stringify(last)?.slice(0, 300)}`);
}
