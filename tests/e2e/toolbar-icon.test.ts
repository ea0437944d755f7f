/**
 * The toolbar icon and its title, per tab: active where Geolens reads the
 * page, paused on a paused site, off when the global switch is off, and the
 * default on pages where Geolens does not run. Chromium has an API to read
 * an action's title but none to read its icon, so the test reads the title
 * and records the icon the worker sets (the same call sets both).
 */
import type { Page, Worker } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/settings/settings';
import type { FixtureServer } from './fixture-server';
import type { ExtensionSession } from './harness';
import { eventually, settledAnnotations, useExtension, writeSettings } from './page-helpers';

const SEED = '/seed/003_f91fa2385afbab65.txt';
type Chrome = typeof chrome;
interface IconCall {
  tabId?: number;
  path: Record<string, string>;
  error?: string;
}

const TITLE = { active: 'Geolens', paused: 'Geolens: paused on this site', off: 'Geolens: off' };
const iconsOf = (state: keyof typeof TITLE) => ({ 16: `icons/geolens-${state}-16.png`, 32: `icons/geolens-${state}-32.png` });

async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: Chrome }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return tab!.id!;
  });
}

function titleOf(worker: Worker, tabId?: number): Promise<string> {
  return worker.evaluate(
    (tabId) => (globalThis as unknown as { chrome: Chrome }).chrome.action.getTitle(tabId === undefined ? {} : { tabId }),
    tabId,
  );
}

/** Records every setIcon call, and whether the browser accepted its images. */
async function recordIcons(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const scope = globalThis as unknown as { chrome: Chrome; iconCalls?: IconCall[] };
    if (scope.iconCalls) return;
    const calls: IconCall[] = (scope.iconCalls = []);
    const action = scope.chrome.action as unknown as { setIcon(details: IconCall): Promise<void> };
    const original = action.setIcon.bind(action);
    action.setIcon = (details) => {
      const call: IconCall = { tabId: details.tabId, path: details.path };
      calls.push(call);
      return original(details).catch((error: unknown) => {
        call.error = String(error);
        throw error;
      });
    };
  });
}

function lastIcon(worker: Worker, tabId?: number): Promise<IconCall | null> {
  return worker.evaluate((tabId) => {
    const calls = (globalThis as unknown as { iconCalls: IconCall[] }).iconCalls;
    return calls.filter((call) => call.tabId === tabId).at(-1) ?? null;
  }, tabId);
}

describe('the toolbar icon', () => {
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
  beforeEach(async () => {
    await recordIcons(worker);
    await writeSettings(session, defaultSettings());
    article = await session.context.newPage();
    await article.goto(server.origin + SEED);
    await settledAnnotations(session, article, (a) => a.mentions.length > 0);
    tabId = await tabIdOf(worker, article);
    return () => article.close();
  });

  it('is active on a page Geolens reads, with loadable images', async () => {
    const call = await eventually(() => lastIcon(worker, tabId), (call) => call !== null);
    expect(call).toEqual({ tabId, path: iconsOf('active') });
    expect(await titleOf(worker, tabId)).toBe(TITLE.active);
  });

  it('shows "paused" on a paused site, and active again when resumed', async () => {
    await writeSettings(session, { ...defaultSettings(), excludedSites: ['127.0.0.1'] });
    await eventually(() => titleOf(worker, tabId), (title) => title === TITLE.paused);
    expect(await lastIcon(worker, tabId)).toEqual({ tabId, path: iconsOf('paused') });

    await writeSettings(session, defaultSettings());
    await eventually(() => titleOf(worker, tabId), (title) => title === TITLE.active);
    expect(await lastIcon(worker, tabId)).toEqual({ tabId, path: iconsOf('active') });
  });

  it('shows "off" everywhere when switched off, including the default for pages Geolens does not run on', async () => {
    const other = await session.context.newPage();
    try {
      await other.goto('data:text/html,<p>Kazakhstan, but not on the web</p>');
      const otherTab = await tabIdOf(worker, other);
      expect(await titleOf(worker, otherTab)).toBe(TITLE.active);

      await writeSettings(session, { ...defaultSettings(), enabled: false });
      await eventually(() => titleOf(worker, tabId), (title) => title === TITLE.off);
      expect(await lastIcon(worker, tabId)).toEqual({ tabId, path: iconsOf('off') });
      await eventually(() => titleOf(worker), (title) => title === TITLE.off);
      expect(await lastIcon(worker, undefined)).toEqual({ path: iconsOf('off') });
      expect(await titleOf(worker, otherTab)).toBe(TITLE.off);

      await writeSettings(session, defaultSettings());
      await eventually(() => titleOf(worker), (title) => title === TITLE.active);
      expect(await lastIcon(worker, undefined)).toEqual({ path: iconsOf('active') });
      await eventually(() => titleOf(worker, tabId), (title) => title === TITLE.active);
      expect(await titleOf(worker, otherTab)).toBe(TITLE.active);
    } finally {
      await other.close();
    }
  });

  it('falls back to the default when the tab moves to a page Geolens does not run on, and back', async () => {
    await writeSettings(session, { ...defaultSettings(), excludedSites: ['127.0.0.1'] });
    await eventually(() => titleOf(worker, tabId), (title) => title === TITLE.paused);
    await article.goto('data:text/html,<p>Kazakhstan, but not on the web</p>');
    await eventually(() => titleOf(worker, tabId), (title) => title === TITLE.active);
    // Back from the back/forward cache: the content script does not start again; the worker asks it.
    await article.goBack();
    await eventually(() => titleOf(worker, tabId), (title) => title === TITLE.paused);
    expect(await lastIcon(worker, tabId)).toEqual({ tabId, path: iconsOf('paused') });
  });
});
