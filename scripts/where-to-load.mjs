// Printed after `npm run demo`: where the builds are and how to load them.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const chrome = resolve('.output/chrome-mv3');
const firefox = resolve('.output/firefox-mv2');
console.log(`
清讀 Qingdu is built.
  Chrome/Edge: open chrome://extensions, turn on Developer mode, "Load unpacked" -> ${chrome}${existsSync(chrome) ? '' : ' (missing!)'}
  Firefox:     open about:debugging#/runtime/this-firefox, "Load Temporary Add-on…" -> ${firefox}/manifest.json${existsSync(firefox) ? '' : ' (missing!)'}
Then open a news article and click the 清 button (or press Alt+Shift+R).`);
