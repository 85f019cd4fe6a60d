import { defineConfig } from 'wxt';

// The end-to-end tests cannot click the toolbar, so their build (ROLECALL_TEST=1) may reach
// the local test server (as two hosts, so two companies) and exposes a hook to invoke Rolecall.
// Release builds ask for no hosts.
const testBuild = process.env.ROLECALL_TEST === '1';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  outDir: testBuild ? '.output/test' : '.output',
  vite: () => ({
    define: { 'import.meta.env.ROLECALL_TEST': JSON.stringify(testBuild) },
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          // zod ships comments Rollup cannot place; they change nothing in the output.
          if (warning.code !== 'INVALID_ANNOTATION') warn(warning);
        },
      },
    },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'contextMenus', 'unlimitedStorage'],
    // Asked for one site at a time, only when the rep turns on automatic recognition there.
    // Manifest V2 (Firefox) lists optional hosts among the optional permissions.
    ...(manifestVersion === 2
      ? { optional_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    // Tests reach the fixture server as 127.0.0.1 and localhost, and as *.acme.test (mapped to
    // it by the browser) for automatic recognition, whose permission prompt cannot be clicked.
    ...(testBuild
      ? {
          host_permissions: [
            'http://127.0.0.1/*',
            'http://localhost/*',
            'http://*.acme.test/*',
            'https://*.acme.test/*',
          ],
        }
      : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'rolecall@rolecall.invalid',
              // data_collection_permissions is read from Firefox 140 on.
              strict_min_version: '140.0',
              // Rolecall sends nothing anywhere: the rep's data stays in their browser.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
    // The panel is an extension page framed on the rep's page, so the page cannot read it. Its
    // address changes every session (use_dynamic_url), so it never gives away the extension's id.
    web_accessible_resources:
      manifestVersion === 2
        ? ['panel.html']
        : [
            {
              resources: ['panel.html'],
              matches: ['http://*/*', 'https://*/*'],
              use_dynamic_url: true,
            },
          ],
    commands: {
      'tag-stakeholder': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandTag__',
      },
    },
  }),
});
