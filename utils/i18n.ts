import { browser } from 'wxt/browser';
import en from '@/public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

/** UI text in the browser's language (public/_locales), English when the API is missing. */
export function t(key: MessageKey, ...subs: string[]): string {
  const own = browser.i18n?.getMessage?.(key, subs);
  if (own) return own;
  return en[key].message.replace(/\$COUNT\$/g, subs[0] ?? '');
}
