/**
 * "Convert this page" and "Convert the selected text": registered at runtime and injected
 * under activeTab. Installs one handle in the extension's isolated world; the extension then
 * calls it with scripting.executeScript({ func }) to convert the live page or restore it, or
 * to convert the selection.
 */
import { loadConverter, personalized } from '@/utils/convert/load-converter';
import { PageConversion } from '@/utils/convert/convert-page';
import { directionFor, type Locale } from '@/utils/convert/targets';
import type { WordPair } from '@/utils/convert/user-words';
import type { PageConvertHandle } from '@/utils/browser/page-convert';
import { detectScript } from '@/utils/script-detect';

const converter = async (from: Locale, to: Locale, words: WordPair[], quotes: boolean) => personalized(await loadConverter(from, to), words, quotes, to);

// Text fields whose selection can be read and replaced (setRangeText).
const TEXT_INPUTS = new Set(['text', 'search', 'url', 'tel', 'email', '']);

/** The selected text, and how to put its conversion in its place when it is editable. */
function selected(): { text: string; replace: ((s: string) => void) | null } {
  const el = document.activeElement as (HTMLElement & Partial<HTMLInputElement>) | null;
  const field = el && (el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && TEXT_INPUTS.has((el.getAttribute('type') ?? '').toLowerCase())));
  if (field && !el.readOnly && !el.disabled) {
    const { selectionStart: start, selectionEnd: end, value = '' } = el;
    if (typeof start === 'number' && typeof end === 'number' && end > start)
      return {
        text: value.slice(start, end),
        replace: (s) => {
          el.setRangeText!(s, start, end, 'select');
          el.dispatchEvent(new Event('input', { bubbles: true }));
        },
      };
  }
  const text = document.getSelection()?.toString() ?? '';
  // An editable area: insertText keeps the browser's undo.
  return { text, replace: el?.isContentEditable ? (s) => void document.execCommand('insertText', false, s) : null };
}

export default defineContentScript({
  registration: 'runtime',
  main() {
    const g = globalThis as unknown as { __qingduPage?: PageConvertHandle };
    if (g.__qingduPage) return;
    let current: PageConversion | null = null;
    g.__qingduPage = {
      async convert(from, to, lang, words, quotes) {
        current?.stop();
        current = new PageConversion(document, await converter(from, to, words, quotes));
        return current.start(lang);
      },
      restore() {
        current?.stop();
        current = null;
      },
      active: () => current !== null,
      async convertSelection(target, words, quotes) {
        const { text, replace } = selected();
        const dir = text ? directionFor(detectScript(text).script, target, location.href) : null;
        const converted = dir ? (await converter(dir.from, dir.to, words, quotes))(text) : text;
        if (replace && text) replace(converted);
        return { editable: !!replace && !!text, text, converted };
      },
    };
  },
});
