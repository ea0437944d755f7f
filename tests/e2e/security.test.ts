/**
 * Privacy and security, checked in a real browser: no network, nothing
 * leaked to the page, nothing a page can fetch or call, no eval anywhere.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { DIST, builtManifest, launchExtension, type ExtensionSession } from './harness';
import { hoverText, settledAnnotations, waitForCard } from './page-helpers';

const SEED = '/seed/003_f91fa2385afbab65.txt';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('security and privacy', () => {
  let session: ExtensionSession;
  let bare: ExtensionSession;
  let server: FixtureServer;
  const requests: string[] = [];

  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launchExtension();
    bare = await launchExtension({ extension: false });
    session.context.on('request', (request) => requests.push(request.url()));
  });
  afterAll(async () => {
    await session?.close();
    await bare?.close();
    await server?.close();
  });

  it('makes no network requests while annotating, showing cards and opening its pages', async () => {
    const page = await session.context.newPage();
    await page.goto(server.origin + SEED);
    await settledAnnotations(session, page, (a) => a.mentions.length > 0);
    await hoverText(page, 'Kazakhstan');
    await waitForCard(page);
    // Until no request has been under way for half a second (Playwright's network idle), in every page.
    for (const open of [session.openPopup, session.openOptions]) await (await open()).waitForLoadState('networkidle');
    await page.waitForLoadState('networkidle');
    expect(session.forbiddenRequests).toEqual([]);
    const unexpected = requests.filter(
      (url) => !url.startsWith(server.origin) && !url.startsWith(`chrome-extension://${session.extensionId}/`),
    );
    expect(unexpected).toEqual([]);
  });

  it('adds nothing to the page window, and its card root is closed', async () => {
    const globals = async (s: ExtensionSession) => {
      const page = await s.context.newPage();
      await page.goto(server.origin + SEED);
      if (s === session) {
        // Everything Geolens does on a page has happened: the walk is over and a card has opened.
        await settledAnnotations(s, page, (a) => a.mentions.length > 0);
        await hoverText(page, 'Kazakhstan');
        await waitForCard(page);
      }
      const names = await page.evaluate(() => Object.getOwnPropertyNames(window).sort());
      await page.close();
      return names;
    };
    expect(await globals(session)).toEqual(await globals(bare));
    const page = await session.context.newPage();
    await page.goto(server.origin + SEED);
    await settledAnnotations(session, page, (a) => a.mentions.length > 0);
    await hoverText(page, 'Kazakhstan');
    expect((await waitForCard(page)).shadowMode).toBe('closed');
    // The page sees a host element, but nothing inside it.
    expect(await page.evaluate(() => document.querySelector('geolens-card')?.shadowRoot ?? null)).toBeNull();
  });

  it('gives page scripts no way to read the dataset or message the extension', async () => {
    const page = await session.context.newPage();
    await page.goto(server.origin + SEED);
    await settledAnnotations(session, page, (a) => a.mentions.length > 0);
    const probe = await page.evaluate(async (id) => {
      const chromeApi = (window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome;
      const fetches = await Promise.all(
        ['dataset.json', 'card-data.json', 'manifest.json', 'src/content/index.js'].map((path) =>
          fetch(`chrome-extension://${id}/${path}`).then(
            (r) => `${path}: ${r.status}`,
            () => `${path}: blocked`,
          ),
        ),
      );
      return { canMessage: typeof chromeApi?.runtime?.sendMessage === 'function', fetches };
    }, session.extensionId);
    expect(probe.canMessage).toBe(false);
    expect(probe.fetches).toEqual(['dataset.json: blocked', 'card-data.json: blocked', 'manifest.json: blocked', 'src/content/index.js: blocked']);
  });

  it('ships a manifest with no web-accessible resources, default CSP and only the permissions it needs', () => {
    const manifest = builtManifest() as Record<string, unknown>;
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    expect((manifest.permissions as string[]).sort()).toEqual(['activeTab', 'contextMenus', 'storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
  });

  it('ships no eval or Function constructor in any bundle', () => {
    const offenders = files(DIST)
      .filter((file) => file.endsWith('.js'))
      .filter((file) => /\beval\s*\(|new\s+Function\s*\(|\bFunction\s*\(\s*["'`]/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
