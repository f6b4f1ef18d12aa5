import { render } from 'preact';
import { browser } from 'wxt/browser';
import '@/components/article.css';
import { App } from './App';
import { setPageLanguage } from '@/utils/browser/i18n';

setPageLanguage();
// Firefox for Android shows the popup as a tab of its own: no fixed desktop width there.
void browser.runtime
  .getPlatformInfo()
  .then((p) => {
    if (p.os === 'android') document.documentElement.classList.add('qd-phone');
  })
  .catch(() => undefined);
render(<App />, document.getElementById('app')!);
