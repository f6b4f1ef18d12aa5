import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { COMMANDS } from './utils/commands';

// Firefox needs a stable id and, on AMO since 2025, a data-collection statement: we collect nothing.
const GECKO_ID = 'qingdu@qingdu.app';

// Locales written once and shipped under more names: a browser falls back from zh-HK or zh-SG
// to `zh`, then to English, unless a folder carries that name. Hong Kong and Macau read
// Traditional; `zh` (Singapore, Malaysia, a bare "zh") reads Simplified.
const LOCALE_ALIASES: Record<string, string> = { zh_HK: 'zh_TW', zh_MO: 'zh_TW', zh: 'zh_CN' };

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    // Asked for only when the user turns auto-detection on (utils/auto-detect.ts).
    ...(manifestVersion === 3 ? { optional_host_permissions: ['<all_urls>'] } : { optional_permissions: ['<all_urls>'] }),
    commands: {
      [manifestVersion === 3 ? '_execute_action' : '_execute_browser_action']: {
        // Chromium on Linux never binds an Alt+Shift+letter suggestion (measured on Debian's
        // Chromium 156: Alt+Shift+R and Alt+Shift+P stay unbound, Alt+R binds); Firefox does.
        suggested_key: browser === 'firefox' ? { default: 'Alt+Shift+R' } : { default: 'Alt+Shift+R', linux: 'Alt+R' },
        description: '__MSG_commandRead__',
      },
      // No suggested keys: the user binds them in the browser's shortcut settings.
      ...Object.fromEntries(Object.entries(COMMANDS).map(([name, message]) => [name, { description: `__MSG_${message}__` }])),
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // data_collection_permissions needs Firefox 140 (Android 142): web-ext lint says so otherwise.
            gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    'build:publicAssets': (wxt, files) => {
      for (const [alias, locale] of Object.entries(LOCALE_ALIASES))
        files.push({ absoluteSrc: resolve(wxt.config.publicDir, `_locales/${locale}/messages.json`), relativeDest: `_locales/${alias}/messages.json` });
    },
  },
  vite: () => ({
    plugins: [preact()],
    // opencc's cn->t dictionary is ~1 MB by nature; it is a lazy chunk, not initial JavaScript.
    build: { chunkSizeWarningLimit: 1200 },
  }),
  // The sources zip is what Firefox reviewers rebuild from: code and lockfile, not tests, benchmarks or store art.
  zip: { excludeSources: ['test/**', 'test-results/**', 'bench/**', 'scripts/**', 'docs/**', 'store/**'] },
});
