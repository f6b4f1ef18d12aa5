/**
 * The light detector, registered at runtime only while auto-detection is on
 * (utils/auto-detect.ts). Reads the page (never changes it), runs the cheap detector, and
 * tells the background, which sets the badge. Sends no page content: a yes/no and a score.
 */
import { browser } from 'wxt/browser';
import type { DetectedMessage } from '@/utils/browser/auto-detect';
import { detectArticle } from '@/utils/extract/detect';

export default defineContentScript({
  registration: 'runtime',
  main() {
    let message: DetectedMessage;
    try {
      const d = detectArticle(document, location.href);
      message = { type: 'qingdu:detected', isArticle: d.isArticle, score: d.score };
    } catch {
      // A page whose scripts sabotaged the DOM: say nothing rather than guess.
      message = { type: 'qingdu:detected', isArticle: false, score: 0 };
    }
    void browser.runtime.sendMessage(message).catch(() => undefined);
  },
});
