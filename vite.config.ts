import { crx } from '@crxjs/vite-plugin';
import { playwright } from '@vitest/browser-playwright';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import type { InlineConfig } from 'vitest/node';
import { CHROME_MIN_VERSION, FIREFOX_MIN_VERSION, defineGeolensManifest, type TargetBrowser } from './manifest/manifest.config.ts';
import pkg from './package.json' with { type: 'json' };
import { datasetPlugin } from './src/build/dataset-plugin.ts';
import { iconsPlugin } from './src/build/icons-plugin.ts';
import { highlightRulesPlugin } from './src/build/highlight-rules-plugin.ts';
import { polyfillPlugin } from './src/build/polyfill-plugin.ts';
import { scriptsLastPlugin } from './src/build/scripts-last-plugin.ts';
import { DEFAULT_CHROMIUM_PATH } from './tests/e2e/chromium-path.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The two real builds (integration project, not unit) and the README's pictures (`npm run screenshots`, not `npm test`). */
const REAL_BUILDS = 'tests/**/browser-builds.test.ts';
const SCREENSHOTS = 'tests/e2e/screenshots.test.ts';

/** The end-to-end suites and the screenshots: a real browser with the built extension per test file. */
const CHROMIUM_SUITE: InlineConfig = {
  environment: 'node',
  globalSetup: ['tests/e2e/global-setup.ts'],
  testTimeout: 60_000,
  hookTimeout: 60_000,
  // One Chromium at a time, unless a project says otherwise.
  fileParallelism: false,
};

/** Where each browser's build goes unless --outDir says otherwise. */
export const OUT_DIRS: Record<TargetBrowser, string> = { chrome: 'dist', firefox: 'dist-firefox' };

/**
 * `vite build` builds for Chromium into dist/; `vite build --mode firefox`
 * builds the same sources for Firefox into dist-firefox/.
 */
export default defineConfig(({ mode }) => {
  const browser: TargetBrowser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      // Vitest runs plain modules: unit tests compile their own seeds, and packaging would only get in the way.
      !process.env.VITEST &&
        datasetPlugin({ root, version: pkg.version, override: process.env.GEOLENS_DATASET_OVERRIDE }),
      !process.env.VITEST && iconsPlugin(),
      !process.env.VITEST && polyfillPlugin(root),
      !process.env.VITEST && scriptsLastPlugin(),
      !process.env.VITEST && highlightRulesPlugin(browser),
      !process.env.VITEST &&
        crx({
          manifest: defineGeolensManifest(browser),
          browser,
          // One self-contained file: no dynamic-import loader, so nothing has to
          // be web-accessible for the content script to start.
          contentScripts: { standaloneFiles: ['src/content/index.ts'] },
        }),
    ],
    define: {
      // Bench builds (npm run bench) emit user-timing marks; shipped builds compile them away.
      __GEOLENS_BENCH__: JSON.stringify(process.env.GEOLENS_BENCH === '1'),
    },
    // Copied to the build as is: _locales.
    publicDir: 'src/static',
    build: {
      outDir: OUT_DIRS[browser],
      // The first versions with the CSS Custom Highlight API; the manifests ask for the same.
      target: browser === 'firefox' ? `firefox${parseInt(FIREFOX_MIN_VERSION)}` : `chrome${CHROME_MIN_VERSION}`,
      sourcemap: false,
      rollupOptions: {
        input: { viewer: 'src/viewer/index.html' },
      },
    },
    server: { port: 5173, strictPort: true, cors: { origin: /^(chrome|moz)-extension:\/\// } },
    test: {
      // Every project runs two files at a time (the machines have two cores), side by side with the others.
      maxWorkers: 2,
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            include: ['tests/unit/**/*.test.{ts,tsx}'],
            exclude: [REAL_BUILDS],
            environment: 'node',
            // Property tests take seconds when the two cores are shared; the default 5 s is not a budget.
            testTimeout: 30_000,
          },
        },
        {
          extends: true,
          test: {
            name: 'integration',
            // Real `vite build`s of both browsers into temporary folders: each takes a while.
            include: [REAL_BUILDS],
            environment: 'node',
            testTimeout: 120_000,
          },
        },
        {
          extends: true,
          // The tests read the English messages (tests/support/extension-stub.ts); nothing is served from src/static.
          publicDir: false,
          // Bundled before the first test file loads: a dependency found later reloads the page under a running test.
          optimizeDeps: { include: ['@floating-ui/dom', 'preact', 'preact/hooks', 'preact/jsx-runtime', 'valibot', 'webextension-polyfill', 'yaml'] },
          test: {
            name: 'browser',
            // The content layer's DOM code in a real page, without the extension around it.
            include: ['src/**/*.browser.test.ts'],
            setupFiles: ['tests/support/extension-stub.ts'],
            browser: {
              enabled: true,
              headless: true,
              // Debian's Chromium, as the end-to-end tests use: nothing is downloaded.
              provider: playwright({ launchOptions: { executablePath: process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH } }),
              instances: [{ browser: 'chromium' }],
              viewport: { width: 1000, height: 700 },
              screenshotFailures: false,
            },
          },
        },
        {
          extends: true,
          test: {
            name: 'e2e',
            include: ['tests/e2e/**/*.test.ts'],
            // Pictures, not tests: `npm run screenshots` takes them.
            exclude: [SCREENSHOTS],
            ...CHROMIUM_SUITE,
            // The files are independent (each its own Chromium, fixture server on a free port, profile in a
            // temporary folder) and spend most of their time waiting on the browser: two at a time.
            fileParallelism: true,
          },
        },
        // One file at a time, so in a group of its own (vitest runs a group's projects side by side only when they agree on workers).
        { extends: true, test: { name: 'screenshots', include: [SCREENSHOTS], ...CHROMIUM_SUITE, sequence: { groupOrder: 1 } } },
      ],
    },
  };
});
