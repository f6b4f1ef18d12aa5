import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Firefox needs a stable id and, on AMO since 2025, a data-collection statement: we collect nothing.
const GECKO_ID = 'qingdu@qingdu.app';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser, manifestVersion }) => ({
    name: '清讀 Qingdu',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    // Asked for only when the user turns auto-detection on (utils/auto-detect.ts).
    ...(manifestVersion === 3 ? { optional_host_permissions: ['<all_urls>'] } : { optional_permissions: ['<all_urls>'] }),
    action: { default_title: '清讀 Qingdu' },
    commands: {
      [manifestVersion === 3 ? '_execute_action' : '_execute_browser_action']: {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_commandRead__',
      },
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
  vite: () => ({
    plugins: [preact()],
    // opencc's cn->t dictionary is ~1 MB by nature; it is a lazy chunk, not initial JavaScript.
    build: { chunkSizeWarningLimit: 1200 },
  }),
  // The sources zip is what Firefox reviewers rebuild from: code and lockfile, not tests, benchmarks or store art.
  zip: { excludeSources: ['test/**', 'test-results/**', 'bench/**', 'scripts/**', 'docs/**', 'store/**'] },
});
