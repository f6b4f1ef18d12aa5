/** The browser's record of the extension's keyboard commands (Settings). */
import { browser } from 'wxt/browser';

export interface Shortcut {
  name: string;
  description: string;
  /** The keys bound to it; '' when none (unset, or held by another extension). */
  shortcut: string;
}

const ACTION = ['_execute_action', '_execute_browser_action'];

/** Every command with its keys; null where the browser has no commands (Firefox for Android). */
export async function readShortcuts(): Promise<{ commands: Shortcut[]; actionUnbound: boolean } | null> {
  if (!browser.commands) return null;
  const commands = (await browser.commands.getAll()).map((c) => ({ name: c.name ?? '', description: c.description ?? '', shortcut: c.shortcut ?? '' }));
  // The toolbar button asks for a key (wxt.config.ts); left without one, another extension holds it.
  const action = commands.find((c) => ACTION.includes(c.name));
  return { commands, actionUnbound: !!action && !action.shortcut };
}

/** Where the user binds keys: Firefox opens its own page; Chrome and Edge list them at this address. */
export const SHORTCUT_SETTINGS = 'chrome://extensions/shortcuts';
export async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as { openShortcutSettings?: () => Promise<void> } | undefined;
  if (commands?.openShortcutSettings) await commands.openShortcutSettings();
  else await browser.tabs.create({ url: SHORTCUT_SETTINGS });
}
