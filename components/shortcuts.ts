import { useEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isCommandMessage, type CommandName } from '@/utils/commands';

/**
 * The page's keyboard shortcuts: `handle` gets the key of a press that is not typing (in a
 * field) and has no Ctrl, Alt or ⌘. Single characters (S, C, T, +, −, ?) only when the user
 * keeps them on (Settings; WCAG 2.1.4 asks for a way to turn them off); Escape always.
 */
export function useShortcuts(handle: (key: string) => void, singleKeys: boolean): void {
  // The listener stays; what it calls is this render's (an effect re-registering it would run
  // only after the paint, and a press in between would reach the previous render's state).
  const latest = useRef({ handle, singleKeys });
  latest.current = { handle, singleKeys };
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      if (e.target instanceof HTMLElement && e.target.closest('input, select, textarea, [contenteditable]')) return;
      if (e.key.length === 1 && !latest.current.singleKeys) return;
      latest.current.handle(e.key);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

/**
 * A keyboard command the user bound in the browser (next-script, next-theme, copy-markdown),
 * passed on by the background: the page in front carries it out.
 */
export function useCommand(name: CommandName, handle: () => void): void {
  const latest = useRef(handle);
  latest.current = handle;
  useEffect(() => {
    const listener = (message: unknown): undefined => {
      if (isCommandMessage(message) && message.qingduCommand === name && document.visibilityState === 'visible' && document.hasFocus()) latest.current();
      return undefined;
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, [name]);
}
