import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { chromiumPath } from './chromium-path';

export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
/** The built extension under test; GEOLENS_DIST lets parallel work use its own build. */
export const DIST = process.env.GEOLENS_DIST ? resolve(process.env.GEOLENS_DIST) : join(ROOT, 'dist');

/**
 * Where screenshots go: test-results/screenshots, or the README's
 * docs/screenshots when UPDATE_SCREENSHOTS is set (`npm run screenshots`).
 */
export function screenshotPath(name: string): string {
  const dir = process.env.UPDATE_SCREENSHOTS ? join(ROOT, 'docs/screenshots') : join(ROOT, 'test-results/screenshots');
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}

export interface LaunchOptions {
  /** Load the built extension (default) or run a bare browser for comparison. */
  extension?: boolean;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /** Headless unless told otherwise (the demo shows a window when there is a display). */
  headless?: boolean;
  /** Another unpacked extension to load instead of dist/ (the benchmark's variants). */
  extensionPath?: string;
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker | undefined;
  /** Requests that left 127.0.0.1 or came from the extension's own origin. */
  forbiddenRequests: string[];
  openPopup(): Promise<Page>;
  openOptions(): Promise<Page>;
  /** An extension page by its path inside dist/ (e.g. `src/viewer/index.html`). */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

interface BuiltManifest {
  action?: { default_popup?: string };
  options_page?: string;
  options_ui?: { page?: string };
}

export function builtManifest(): BuiltManifest {
  return JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as BuiltManifest;
}

/**
 * Flags as Chromium is run headless here: without the background-networking
 * switches it keeps trying to reach Google's hosts on a closed network.
 */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const withExtension = options.extension ?? true;
  const userDataDir = mkdtempSync(join(tmpdir(), 'geolens-e2e-'));
  // For diagnosing a bench result under other V8 or Blink flags (bench/README.md), never for tests.
  const extraArgs = process.env.GEOLENS_CHROMIUM_ARGS?.split(' ').filter(Boolean) ?? [];
  const args = [...CHROMIUM_ARGS, ...extraArgs];
  const extensionPath = options.extensionPath ?? DIST;
  if (withExtension) args.push(`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    args,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1200, height: 900 },
  });

  const forbiddenRequests: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    const local = /^127\.\d+\.\d+\.\d+$/.test(url.hostname) || url.protocol === 'data:' || url.protocol === 'blob:';
    const extensionPage = url.protocol === 'chrome-extension:';
    if (!local && !extensionPage && url.protocol !== 'about:') forbiddenRequests.push(request.url());
  });
  // Nothing may leave the machine: abort anything that is not loopback (127.0.0.0/8).
  await context.route(/^https?:\/\/(?!127\.\d+\.\d+\.\d+[:/])/, (route) => route.abort('blockedbyclient'));

  let serviceWorker: Worker | undefined;
  let extensionId = '';
  const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as BuiltManifest & { background?: unknown };
  if (withExtension && manifestOf(extensionPath).background) {
    serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    extensionId = new URL(serviceWorker.url()).host;
    // The worker writes the defaults on install; a test's own first write must not race it.
    await serviceWorker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: typeof chrome }).chrome;
      for (let i = 0; i < 100 && !(await api.storage.sync.get('settings')).settings; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });
  }

  const manifest = withExtension ? manifestOf(extensionPath) : {};
  const openExtensionPage = async (path: string) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    return page;
  };
  return {
    context,
    extensionId,
    serviceWorker,
    forbiddenRequests,
    openExtensionPage,
    openPopup: () => openExtensionPage(manifest.action?.default_popup ?? 'src/popup/index.html'),
    openOptions: () => openExtensionPage(manifest.options_ui?.page ?? manifest.options_page ?? 'src/options/index.html'),
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
