// Code passed to worker.evaluate() runs in the extension's service worker, where `chrome` is the API.
import type { browser } from 'wxt/browser';

declare global {
  const chrome: typeof browser & { action: { openPopup(): Promise<void> } };
}
