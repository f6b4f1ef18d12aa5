import { useEffect } from 'preact/hooks';

/**
 * The page's keyboard shortcuts: `handle` gets the key of a press that is not typing (in a
 * field) and has no Ctrl, Alt or ⌘. Single characters (S, C, T, +, −, ?) only when the user
 * keeps them on (Settings; WCAG 2.1.4 asks for a way to turn them off); Escape always.
 */
export function useShortcuts(handle: (key: string) => void, singleKeys: boolean): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      if (e.target instanceof HTMLElement && e.target.closest('input, select, textarea, [contenteditable]')) return;
      if (e.key.length === 1 && !singleKeys) return;
      handle(e.key);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });
}
