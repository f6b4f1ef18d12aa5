import { browser } from 'wxt/browser';
import en from '@/public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

/** UI text in the browser's language (public/_locales), English when the API is missing. */
export function t(key: MessageKey, ...subs: string[]): string {
  const own = browser.i18n?.getMessage?.(key, subs);
  if (own) return own;
  // Without the API (tests in Node): the English message, its placeholders ($PAGE$ → $1) filled in.
  const { message, placeholders } = en[key] as { message: string; placeholders?: Record<string, { content: string }> };
  return message.replace(/\$(\w+)\$/g, (all, name: string) => {
    const n = /^\$(\d)$/.exec(placeholders?.[name.toLowerCase()]?.content ?? '')?.[1];
    return n ? (subs[Number(n) - 1] ?? '') : all;
  });
}

/** The UI's language tag (zh-TW, en-US …). */
export const uiLanguage = (): string => browser.i18n?.getUILanguage?.() || 'en';

/** <html lang> in the UI's language (screen readers and fonts need it; axe-core checks it). */
export function setPageLanguage(): void {
  document.documentElement.lang = uiLanguage();
}
