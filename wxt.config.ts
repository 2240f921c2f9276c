import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'wxt';

// Hosts the content scripts work on: nothing else is requested.
const HOSTS = ['https://www.linkedin.com/*', 'https://*.linkedin.com/*', 'https://mail.google.com/*'];

export default defineConfig({
  // PIPEWELL_OUT_DIR lets two builds (say, a bench and a test run) live side by side.
  outDir: process.env.PIPEWELL_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere, so folder boundaries are visible to ESLint.
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'unlimitedStorage', 'scripting'],
    optional_permissions: ['notifications'],
    host_permissions: HOSTS,
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        // Nothing leaves the user's machine unless they export it.
        gecko: { id: 'pipewell@pipewell.invalid', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
  vite: () => ({ plugins: [tailwindcss()] }),
  hooks: {
    // Content scripts run on every LinkedIn and Gmail page: they get WXT's own `wxt/browser`
    // (`globalThis.browser ?? chrome`, a few bytes) instead of webextension-polyfill, which
    // costs milliseconds to evaluate. Background, popup and options keep the polyfill.
    'vite:build:extendConfig'(entrypoints, config) {
      const alias = config.resolve?.alias;
      if (entrypoints.every((entry) => entry.type === 'content-script') && alias && !Array.isArray(alias)) {
        delete (alias as Record<string, string>)['wxt/browser'];
      }
    },
  },
});
