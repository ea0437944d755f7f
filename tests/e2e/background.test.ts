/**
 * The service worker: install, the toolbar badge, keyboard commands and the
 * context menu. Chromium offers tests no way to press an extension shortcut
 * or click a context-menu item, so those tests fire the real events from the
 * worker with `chrome.<api>.on<Event>.dispatch(...)`: the same listeners run
 * as when the user acts, with the event arguments Chromium would pass.
 */
import type { Page, Worker } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../src/settings/settings';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { launchExtension, type ExtensionSession } from './harness';
import { allHighlightedTexts, eventually, settledAnnotations, useExtension, waitForCard, writeSettings } from './page-helpers';

const SEED = '/seed/003_f91fa2385afbab65.txt';
type Chrome = typeof chrome;

/** The id of the tab showing `page` (tabs carry no URL for Geolens, which has no "tabs" permission). */
async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: Chrome }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return tab!.id!;
  });
}

function badgeText(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate((tabId) => (globalThis as unknown as { chrome: Chrome }).chrome.action.getBadgeText({ tabId }), tabId);
}

async function storedSettings(worker: Worker): Promise<Settings> {
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: Chrome }).chrome;
    return (await api.storage.sync.get('settings')).settings as Settings;
  });
}

/** Fires a keyboard command as Chromium does, with the tab it grants activeTab on (URL included). */
async function pressCommand(worker: Worker, command: string, tabId: number, url: string): Promise<void> {
  await worker.evaluate(
    async ({ command, tabId, url }) => {
      const api = (globalThis as unknown as { chrome: Chrome }).chrome;
      const tab = await api.tabs.get(tabId);
      (api.commands.onCommand as unknown as { dispatch(...args: unknown[]): void }).dispatch(command, { ...tab, url });
    },
    { command, tabId, url },
  );
}

describe('the service worker', () => {
  let session: ExtensionSession;
  let server: FixtureServer;
  let worker: Worker;
  let article: Page;
  let tabId: number;

  const env = useExtension();
  beforeAll(() => {
    ({ session, server } = env);
    worker = session.serviceWorker!;
  });

  it('on install writes the defaults and opens the options page once, with a welcome', async () => {
    const welcome = await eventually(
      async () => session.context.pages().filter((page) => page.url().startsWith(`chrome-extension://${session.extensionId}/`)),
      (pages) => pages.length > 0,
    );
    expect(welcome.map((page) => new URL(page.url()).pathname + new URL(page.url()).search)).toEqual([
      '/src/options/index.html?welcome=1',
    ]);
    await welcome[0]!.getByRole('heading', { name: 'Welcome to Geolens' }).waitFor();
    await welcome[0]!.getByRole('button', { name: 'Got it' }).click();
    expect(await welcome[0]!.getByRole('heading', { name: 'Welcome to Geolens' }).count()).toBe(0);
    expect(new URL(welcome[0]!.url()).search).toBe('');
    await welcome[0]!.close();
    const stored = await eventually(() => storedSettings(worker), (settings) => settings !== undefined);
    expect(stored).toEqual(defaultSettings());
  });

  describe('with an article open', () => {
    beforeEach(async () => {
      await writeSettings(session, defaultSettings());
      article = await session.context.newPage();
      await article.goto(server.origin + SEED);
      await settledAnnotations(session, article, (a) => a.mentions.length > 0);
      tabId = await tabIdOf(worker, article);
      return () => article.close();
    });

    it('shows on the badge how many entities are highlighted in the tab, following the category switches', async () => {
      const mentions = (await settledAnnotations(session, article)).mentions.filter((m) => m.highlighted > 0);
      await eventually(() => badgeText(worker, tabId), (text) => text === String(mentions.length));
      const people = mentions.filter((m) => m.category === 'person').length;
      expect(people).toBeGreaterThan(0);
      const settings = defaultSettings();
      await writeSettings(session, { ...settings, categories: { ...settings.categories, person: false } });
      await eventually(() => badgeText(worker, tabId), (text) => text === String(mentions.length - people));
    });

    it('clears the badge on a page where Geolens does not run, and shows the count again on the way back', async () => {
      const mentions = (await settledAnnotations(session, article)).mentions.filter((m) => m.highlighted > 0);
      await eventually(() => badgeText(worker, tabId), (text) => text === String(mentions.length));
      await article.goto('data:text/html,<p>Kazakhstan, but not on the web</p>');
      await eventually(() => badgeText(worker, tabId), (text) => text === '');
      await article.goBack();
      await eventually(() => badgeText(worker, tabId), (text) => text === String(mentions.length));
    });

    it('clears the badge when the site is excluded', async () => {
      await eventually(() => badgeText(worker, tabId), (text) => text !== '');
      await writeSettings(session, { ...defaultSettings(), excludedSites: ['127.0.0.1'] });
      await eventually(() => badgeText(worker, tabId), (text) => text === '');
    });

    it("keeps the badge through a single-page app's route change", async () => {
      await article.goto(`${server.origin}/spa.html`);
      await article.waitForFunction(() => (window as unknown as { appReady?: boolean }).appReady === true);
      await settledAnnotations(session, article, (a) => a.mentions.length > 0);
      await article.click('text=Energy');
      const energy = await settledAnnotations(session, article, (a) => a.mentions.some((m) => m.name === 'Russia'));
      const highlighted = energy.mentions.filter((m) => m.highlighted > 0).length;
      await eventually(() => badgeText(worker, tabId), (text) => text === String(highlighted));
    });

    it('pauses Geolens on the current site with the toggle command, and resumes it', async () => {
      const before = await allHighlightedTexts(article);
      await pressCommand(worker, 'toggle-site', tabId, article.url());
      await eventually(() => allHighlightedTexts(article), (texts) => texts.length === 0);
      expect((await storedSettings(worker)).excludedSites).toEqual(['127.0.0.1']);
      await eventually(() => badgeText(worker, tabId), (text) => text === '');

      await pressCommand(worker, 'toggle-site', tabId, article.url());
      await eventually(() => allHighlightedTexts(article), (texts) => texts.length === before.length);
      expect((await storedSettings(worker)).excludedSites).toEqual([]);
    });

    it('leaves the settings alone when the toggle command is used on a browser page', async () => {
      await pressCommand(worker, 'toggle-site', tabId, 'chrome://settings/');
      // Give a wrong write the time to land before checking that none did.
      await article.waitForTimeout(300);
      expect(await storedSettings(worker)).toEqual(defaultSettings());
    });

    it('moves to the next annotation and opens its card with the next-annotation command', async () => {
      const { mentions } = await settledAnnotations(session, article);
      await pressCommand(worker, 'next-annotation', tabId, article.url());
      const card = await waitForCard(article);
      expect(card.text).toContain(mentions[0]!.name);
    });

    it('opens the search with the selected text from the "Look up" context menu', async () => {
      // The item exists (update fails on an unknown id) and its click listener is registered.
      await worker.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: Chrome }).chrome;
        await api.contextMenus.update('geolens-look-up', {});
      });
      const [search] = await Promise.all([
        session.context.waitForEvent('page'),
        worker.evaluate(
          async ({ tabId, pageUrl }) => {
            const api = (globalThis as unknown as { chrome: Chrome }).chrome;
            const tab = await api.tabs.get(tabId);
            const info = { menuItemId: 'geolens-look-up', selectionText: ' Silk Road\n Economic Belt ', editable: false, pageUrl };
            (api.contextMenus.onClicked as unknown as { dispatch(...args: unknown[]): void }).dispatch(info, tab);
          },
          { tabId, pageUrl: article.url() },
        ),
      ]);
      const url = new URL(search.url());
      expect(`${url.protocol}//${url.host}`).toBe(`chrome-extension://${session.extensionId}`);
      expect(url.pathname).toBe('/src/popup/index.html');
      expect(url.searchParams.get('q')).toBe('Silk Road Economic Belt');
      // Opened next to the article it came from.
      const placed = await worker.evaluate(async (tabId) => {
        const api = (globalThis as unknown as { chrome: Chrome }).chrome;
        const opener = await api.tabs.get(tabId);
        const [created] = await api.tabs.query({ active: true, lastFocusedWindow: true });
        return { indexAfterOpener: created!.index - opener.index, openerTabId: created!.openerTabId };
      }, tabId);
      expect(placed).toEqual({ indexAfterOpener: 1, openerTabId: tabId });
      await search.close();
    });
  });
});

describe('the service worker, stopped and started again', () => {
  it('keeps the badge, the commands and the context menu working, since it holds no state of its own', async () => {
    const server = await startFixtureServer();
    const session = await launchExtension();
    try {
      const worker = session.serviceWorker!;
      const article = await session.context.newPage();
      await article.goto(server.origin + SEED);
      const highlighted = (await settledAnnotations(session, article, (a) => a.mentions.length > 0)).mentions.filter((m) => m.highlighted > 0);
      await worker.evaluate(() => Object.assign(globalThis, { beforeTheStop: true }));

      // Stopped the way Chromium suspends an idle worker; a reload makes the content script report
      // its count, which starts it again.
      const cdp = await session.context.newCDPSession(article);
      await cdp.send('ServiceWorker.enable');
      const statuses: string[] = [];
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        for (const version of versions) if (version.scriptURL.startsWith('chrome-extension://')) statuses.push(version.runningStatus);
      });
      await cdp.send('ServiceWorker.stopAllWorkers');
      // Any event (a late badge report, a tab update) may start it again at once: look for the stop in the history.
      await eventually(async () => statuses.indexOf('stopped'), (index) => index >= 0);
      await article.reload();
      await eventually(async () => statuses.slice(statuses.indexOf('stopped')), (since) => since.includes('running'));
      // Playwright reattaches the same handle to the new worker; its global scope is a fresh one.
      expect(await worker.evaluate(() => 'beforeTheStop' in globalThis)).toBe(false);

      const tabId = await tabIdOf(worker, article);
      await eventually(() => badgeText(worker, tabId), (text) => text === String(highlighted.length));
      await pressCommand(worker, 'toggle-site', tabId, article.url());
      await eventually(() => allHighlightedTexts(article), (texts) => texts.length === 0);
      await worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.contextMenus.update('geolens-look-up', {}));
    } finally {
      await session.close();
      await server.close();
    }
  });
});
