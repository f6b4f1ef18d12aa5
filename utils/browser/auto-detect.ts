/**
 * Auto-detection (issue 5), off by default. Turning it on asks for host access to every site
 * (an optional permission) and registers a light content script that runs the detector at
 * document idle and reports to the background, which sets the toolbar badge. Turning it off
 * unregisters the script and gives the permission back. Without it, the toolbar button still
 * works everywhere through activeTab.
 */
import { browser } from 'wxt/browser';

export const AUTO_DETECT_KEY = 'autoDetect';
export const ALL_SITES = ['<all_urls>'];
const SCRIPT_ID = 'qingdu-detector';

/** What the detector content script sends the background. */
export interface DetectedMessage {
  type: 'qingdu:detected';
  isArticle: boolean;
  score: number;
}

export const isDetectedMessage = (m: unknown): m is DetectedMessage =>
  typeof m === 'object' && m !== null && (m as { type?: unknown }).type === 'qingdu:detected';

export async function autoDetectOn(): Promise<boolean> {
  const got = await browser.storage.sync.get(AUTO_DETECT_KEY);
  return got[AUTO_DETECT_KEY] === true;
}

/**
 * From the options page, on the user's click (permissions.request needs that gesture).
 * Returns whether auto-detection is now on.
 */
export async function setAutoDetect(on: boolean): Promise<boolean> {
  if (on) {
    const granted = await browser.permissions.request({ origins: ALL_SITES });
    await browser.storage.sync.set({ [AUTO_DETECT_KEY]: granted });
    return granted;
  }
  await browser.storage.sync.set({ [AUTO_DETECT_KEY]: false });
  await browser.permissions.remove({ origins: ALL_SITES }).catch(() => false);
  return false;
}

/** In the background: the detector script is registered exactly when the setting is on. */
export async function syncDetectorRegistration(): Promise<void> {
  const on = await autoDetectOn();
  const registered = (await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] })).length > 0;
  if (on && !registered) {
    await browser.scripting.registerContentScripts([
      { id: SCRIPT_ID, matches: ALL_SITES, js: ['/content-scripts/detector.js'], runAt: 'document_idle', allFrames: false },
    ]);
  } else if (!on && registered) {
    await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  }
}
