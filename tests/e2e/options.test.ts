/**
 * The options page, driven as a user drives it (switches, radio buttons, the
 * site field, files), with an article open in another tab: every change must
 * reach that tab live, through storage alone.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/model/dataset';
import { defaultSettings } from '../../src/settings/settings';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { DIST, launchExtension, screenshotPath, type ExtensionSession } from './harness';
import {
  allHighlightedTexts,
  eventually,
  highlightedTexts,
  settledAnnotations,
  writeSettings,
} from './page-helpers';

const SEED = '/seed/003_f91fa2385afbab65.txt';
/** The promise: a change shows in open tabs within a second. */
const LIVE_WITHIN_MS = 1_000;

const dataset = JSON.parse(readFileSync(join(DIST, 'dataset.json'), 'utf8')) as Dataset;

async function storedSettings(session: ExtensionSession): Promise<unknown> {
  return session.serviceWorker!.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: typeof chrome }).chrome;
    return (await api.storage.sync.get('settings')).settings;
  });
}

/** The worker writes the defaults on install; a test's own write must not race with that one. */
async function launchInstalled(options?: Parameters<typeof launchExtension>[0]): Promise<ExtensionSession> {
  const session = await launchExtension(options);
  await eventually(() => storedSettings(session), (stored) => stored !== undefined);
  return session;
}

describe('the options page, applied live to an open article', () => {
  let session: ExtensionSession;
  let server: FixtureServer;
  let article: Page;
  let options: Page;

  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launchInstalled();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });
  beforeEach(async () => {
    await writeSettings(session, defaultSettings());
    article = await session.context.newPage();
    await article.goto(server.origin + SEED);
    await settledAnnotations(session, article, (a) => a.mentions.length > 0);
    options = await session.openOptions();
    await options.getByRole('switch', { name: 'People' }).waitFor();
    return async () => {
      await options.close();
      await article.close();
    };
  });

  it('shows one labelled switch per category, with its entity count from the dataset', async () => {
    const people = dataset.entities.filter((e) => e.category === 'person').length;
    const toggle = options.getByRole('switch', { name: 'People' });
    expect(await toggle.isChecked()).toBe(true);
    expect(await toggle.getAttribute('aria-describedby')).toBeTruthy();
    const description = options.locator(`#${await toggle.getAttribute('aria-describedby')}`);
    expect(await description.textContent()).toContain(`${people} entities`);
    for (const name of ['Countries and regions', 'Places', 'Organizations', 'Initiatives and projects', 'Events']) {
      expect(await options.getByRole('switch', { name, exact: true }).isChecked(), name).toBe(true);
    }
  });

  it("removes a category's highlights from the open tab within a second when switched off, and restores them", async () => {
    const before = await highlightedTexts(article);
    expect(before['geolens-person']!.length).toBeGreaterThan(0);
    await options.getByRole('switch', { name: 'People' }).uncheck();
    const off = await eventually(() => highlightedTexts(article), (h) => h['geolens-person']!.length === 0, LIVE_WITHIN_MS);
    expect(off['geolens-country']).toEqual(before['geolens-country']);
    await options.getByRole('switch', { name: 'People' }).check();
    const on = await eventually(
      () => highlightedTexts(article),
      (h) => h['geolens-person']!.length === before['geolens-person']!.length,
      LIVE_WITHIN_MS,
    );
    expect(on['geolens-person']!.sort()).toEqual(before['geolens-person']!.sort());
  });

  it("takes the figure marks off the open tab with the figure check's switch, and brings them back", async () => {
    const before = (await highlightedTexts(article))['geolens-figure'] ?? [];
    expect(before.length).toBeGreaterThan(0);
    const toggle = options.getByRole('switch', { name: 'Check figures against the sources' });
    expect(await toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await eventually(() => highlightedTexts(article), (h) => h['geolens-figure'] === undefined, LIVE_WITHIN_MS);
    expect((await storedSettings(session) as { checkFigures: boolean }).checkFigures).toBe(false);
    await toggle.check();
    await eventually(() => highlightedTexts(article), (h) => h['geolens-figure']?.length === before.length, LIVE_WITHIN_MS);
  });

  it('clears every highlight on the open tab when its host is added to the excluded sites, and brings them back on removal', async () => {
    const before = await allHighlightedTexts(article);
    await options.getByLabel('Add a site').fill('http://127.0.0.1:1234/some/page');
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await eventually(() => allHighlightedTexts(article), (texts) => texts.length === 0, LIVE_WITHIN_MS);
    expect(await options.getByRole('list', { name: 'Sites where Geolens never runs' }).textContent()).toContain('127.0.0.1');
    expect((await storedSettings(session)) as { excludedSites: string[] }).toMatchObject({ excludedSites: ['127.0.0.1'] });
    expect(await options.getByLabel('Add a site').inputValue()).toBe('');

    await options.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
    await eventually(() => allHighlightedTexts(article), (texts) => texts.length === before.length, LIVE_WITHIN_MS);
    expect(await options.getByText('No sites yet').isVisible()).toBe(true);
  });

  it('shows an inline error for an invalid site pattern and saves nothing', async () => {
    const stored = await storedSettings(session);
    const field = options.getByLabel('Add a site');
    await field.fill('exa*mple.com');
    await field.press('Enter');
    const error = options.getByRole('alert');
    expect(await error.textContent()).toContain('a wildcard is only allowed as “*.” at the start');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.inputValue()).toBe('exa*mple.com');
    expect(await storedSettings(session)).toEqual(stored);
    expect(await options.getByText('No sites yet').isVisible()).toBe(true);
    // Typing again clears the complaint.
    await field.fill('example.com');
    expect(await error.count()).toBe(0);
  });

  it('refuses a site that is already listed', async () => {
    const field = options.getByLabel('Add a site');
    await field.fill('*.example.com');
    await field.press('Enter');
    await options.getByRole('button', { name: 'Remove *.example.com' }).waitFor();
    await field.fill('*.EXAMPLE.com');
    await field.press('Enter');
    // The alert is rendered after the page checked the list: wait for its words, then assert them.
    const alert = await eventually(() => options.getByRole('alert').textContent(), (text) => text === '*.example.com is already in the list.');
    expect(alert).toBe('*.example.com is already in the list.');
    expect(((await storedSettings(session)) as { excludedSites: string[] }).excludedSites).toEqual(['*.example.com']);
  });

  it('lists an international site as the user typed it, and stores the form the browser reports', async () => {
    const field = options.getByLabel('Add a site');
    await field.fill('münchen.de');
    await field.press('Enter');
    await options.getByRole('button', { name: 'Remove münchen.de' }).waitFor();
    expect(await options.getByRole('list', { name: 'Sites where Geolens never runs' }).innerText()).toContain('münchen.de');
    expect(await options.getByRole('list', { name: 'Sites where Geolens never runs' }).innerText()).not.toContain('xn--');
    expect(((await storedSettings(session)) as { excludedSites: string[] }).excludedSites).toEqual(['xn--mnchen-3ya.de']);
  });

  it('switching the mention policy to every mention raises "highlighted" from 1 to the count, live', async () => {
    const kazakhstan = (a: Awaited<ReturnType<typeof settledAnnotations>>) => a.mentions.find((m) => m.name === 'Kazakhstan')!;
    expect(kazakhstan(await settledAnnotations(session, article)).highlighted).toBe(1);
    await options.getByRole('radio', { name: 'Every mention' }).check();
    const every = kazakhstan(await settledAnnotations(session, article, (a) => kazakhstan(a).highlighted > 1, LIVE_WITHIN_MS));
    expect(every.count).toBeGreaterThan(1);
    expect(every.highlighted).toBe(every.count);
    await options.bringToFront();
    await options.getByRole('radio', { name: 'The first mention of each entity' }).check();
    await settledAnnotations(session, article, (a) => kazakhstan(a).highlighted === 1, LIVE_WITHIN_MS);
  });

  it('stores the card trigger and the hover delay the user picks', async () => {
    await options.getByRole('radio', { name: /only while I hold Alt/ }).check();
    const slider = options.getByRole('slider', { name: 'Hover delay' });
    await slider.focus();
    await slider.press('ArrowRight');
    await slider.press('ArrowRight');
    // The thumb never jumps back to the stored value while the writes are on their way.
    expect(await options.locator('output[for="hover-delay"]').textContent()).toBe('350 ms');
    const stored = await eventually(
      () => storedSettings(session) as Promise<{ cardTrigger: string; hoverDelayMs: number }>,
      (s) => s.cardTrigger === 'modifier' && s.hoverDelayMs === 350,
    );
    expect(stored).toEqual({ ...defaultSettings(), cardTrigger: 'modifier', hoverDelayMs: 350 });
  });

  it('follows changes made elsewhere (the popup, a keyboard command) without a reload', async () => {
    const settings = defaultSettings();
    await writeSettings(session, { ...settings, categories: { ...settings.categories, event: false }, excludedSites: ['news.example'] });
    const events = options.getByRole('switch', { name: 'Events' });
    await eventually(() => events.isChecked(), (checked) => !checked);
    expect(await options.getByRole('button', { name: 'Remove news.example' }).isVisible()).toBe(true);
  });

  it('keeps the extension working with the defaults when storage holds garbage, and repairs it on the next change', async () => {
    const people = (await highlightedTexts(article))['geolens-person']!.length;
    for (const garbage of ['nonsense', { categories: 'none', mentionPolicy: 5, excludedSites: '127.0.0.1', enabled: 'no', hoverDelayMs: -1 }]) {
      await writeSettings(session, garbage);
      await article.reload();
      const { mentions } = await settledAnnotations(session, article, (a) => a.mentions.length > 0);
      // The defaults: the first mention of each entity that relates to the article, and nothing else.
      expect(mentions.every((m) => m.highlighted === (m.relevant && m.inMain ? 1 : 0))).toBe(true);
      expect((await highlightedTexts(article))['geolens-person']!.length).toBe(people);
      await options.reload();
      await options.getByRole('switch', { name: 'People' }).waitFor();
      for (const toggle of await options.getByRole('switch').all()) expect(await toggle.isChecked()).toBe(true);
      expect(await options.getByRole('radio', { name: 'The first mention of each entity' }).isChecked()).toBe(true);
    }
    await options.getByRole('switch', { name: 'Events' }).uncheck();
    const settings = defaultSettings();
    await eventually(
      () => storedSettings(session),
      (stored) => isDeepStrictEqual(stored, { ...settings, categories: { ...settings.categories, event: false } }),
    );
  });

  it('resets to the defaults, and can undo the reset', async () => {
    await options.getByRole('radio', { name: 'Every mention' }).check();
    await options.getByRole('switch', { name: 'Places' }).uncheck();
    await eventually(() => storedSettings(session), (s) => (s as { categories: { place: boolean } }).categories.place === false);
    const changed = await storedSettings(session);
    await options.getByRole('button', { name: 'Reset to defaults' }).click();
    await eventually(() => storedSettings(session), (s) => isDeepStrictEqual(s, defaultSettings()));
    expect(await options.getByRole('switch', { name: 'Places' }).isChecked()).toBe(true);
    expect(await options.getByText('Settings reset to the defaults.').isVisible()).toBe(true);
    await options.getByRole('button', { name: 'Undo' }).click();
    await eventually(() => storedSettings(session), (s) => isDeepStrictEqual(s, changed));
    expect(await options.getByRole('switch', { name: 'Places' }).isChecked()).toBe(false);
  });

  it('exports the settings to a JSON file that imports back', async () => {
    await options.getByRole('switch', { name: 'Organizations' }).uncheck();
    await eventually(() => storedSettings(session), (s) => (s as { categories: { organization: boolean } }).categories.organization === false);
    const exported = await storedSettings(session);
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export settings' }).click()]);
    expect(download.suggestedFilename()).toBe('geolens-settings.json');
    const file = await download.path();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(exported);

    await writeSettings(session, defaultSettings());
    await eventually(() => options.getByRole('switch', { name: 'Organizations' }).isChecked(), (checked) => checked);
    const [chooser] = await Promise.all([options.waitForEvent('filechooser'), options.getByRole('button', { name: 'Import settings…' }).click()]);
    await chooser.setFiles(file);
    await eventually(() => storedSettings(session), (s) => isDeepStrictEqual(s, exported));
    expect(await options.getByText('Settings imported.').isVisible()).toBe(true);
    expect(await options.getByRole('switch', { name: 'Organizations' }).isChecked()).toBe(false);
  });

  it('rejects a bad settings file with a clear message and keeps the current settings', async () => {
    await options.getByRole('radio', { name: 'Every mention' }).check();
    await eventually(() => storedSettings(session), (s) => (s as { mentionPolicy: string }).mentionPolicy === 'every');
    const before = await storedSettings(session);
    const dir = mkdtempSync(join(tmpdir(), 'geolens-import-'));
    const bad = join(dir, 'settings.json');
    writeFileSync(bad, JSON.stringify({ mentionPolicy: 'sometimes', excludedSites: ['fine.com', 'not a site'] }));
    try {
      const [chooser] = await Promise.all([options.waitForEvent('filechooser'), options.getByRole('button', { name: 'Import settings…' }).click()]);
      await chooser.setFiles(bad);
      const alert = options.getByRole('alert');
      await alert.waitFor();
      const text = await alert.textContent();
      expect(text).toContain('This file was not imported, and your settings are unchanged');
      expect(text).toContain('“mentionPolicy” must be "first" or "every".');
      expect(text).toContain('“not a site” is not a hostname');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(await storedSettings(session)).toEqual(before);
    expect(await options.getByRole('radio', { name: 'Every mention' }).isChecked()).toBe(true);
  });

  /**
   * Imports `content` through the file chooser, as a user would. The file stays on disk until the
   * file's tests are over: the page reads it after the chooser closes, and a file removed before
   * that read would fail the import for a reason no user meets.
   */
  const importDirs: string[] = [];
  afterAll(() => {
    for (const dir of importDirs) rmSync(dir, { recursive: true, force: true });
  });
  async function importFile(content: unknown): Promise<void> {
    const dir = mkdtempSync(join(tmpdir(), 'geolens-import-'));
    importDirs.push(dir);
    const file = join(dir, 'settings.json');
    writeFileSync(file, JSON.stringify(content));
    const [chooser] = await Promise.all([options.waitForEvent('filechooser'), options.getByRole('button', { name: 'Import settings…' }).click()]);
    await chooser.setFiles(file);
  }
  const importAlert = () => options.locator('section[aria-labelledby="backup-title"] [role="alert"]');

  it('lists every problem of a file with an unknown field at once', async () => {
    await importFile({ mentions: 'all', enabled: 'yes', categories: { weather: true }, excludedSites: ['fine.com', 42] });
    await importAlert().waitFor();
    const items = await importAlert().locator('li').allInnerTexts();
    expect(items).toEqual([
      'Unknown settings: mentions.',
      '“enabled” must be true or false.',
      expect.stringContaining('Unknown category “weather”'),
      'The site 42 in “excludedSites” must be written as text, as in "example.com".',
    ]);
  });

  it('refuses a file that holds only a version, and changes nothing', async () => {
    await options.getByRole('radio', { name: 'Every mention' }).check();
    await eventually(() => storedSettings(session), (s) => (s as { mentionPolicy: string }).mentionPolicy === 'every');
    const before = await storedSettings(session);
    await importFile({ version: 1 });
    await importAlert().waitFor();
    expect(await importAlert().innerText()).toContain('The file holds no settings, only a version number, so there is nothing to import.');
    expect(await options.getByText('Settings imported.').count()).toBe(0);
    expect(await storedSettings(session)).toEqual(before);
    expect(await options.getByRole('radio', { name: 'Every mention' }).isChecked()).toBe(true);
  });

  it('takes an import error away once the user edits the site list', async () => {
    await importFile({ enabled: 'yes' });
    await importAlert().waitFor();
    await options.getByLabel('Add a site').fill('news.example');
    await expect.poll(() => importAlert().count()).toBe(0);

    await importFile({ enabled: 'yes' });
    await importAlert().waitFor();
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await options.getByRole('button', { name: 'Remove news.example' }).waitFor();
    await expect.poll(() => importAlert().count()).toBe(0);
  });
});

describe.each(['light', 'dark'] as const)('the options page in %s mode', (scheme) => {
  it('is readable, and lists a site with its remove button', async () => {
    const session = await launchInstalled({ colorScheme: scheme, viewport: { width: 900, height: 900 } });
    try {
      await writeSettings(session, { ...defaultSettings(), excludedSites: ['mail.example.com', '*.bank.example'] });
      const options = await session.openOptions();
      await options.getByRole('button', { name: 'Remove *.bank.example' }).waitFor();
      // The README's picture: the page as a user first sees it.
      await options.screenshot({ path: screenshotPath(`options-${scheme}.png`), fullPage: true });
      const field = options.getByLabel('Add a site');
      await field.fill('not a site');
      await field.press('Enter');
      await options.getByRole('alert').waitFor();
      const background = await options.evaluate(() => getComputedStyle(document.body).backgroundColor);
      // The page follows prefers-color-scheme: a dark background in dark mode, a light one otherwise.
      const [r] = background.match(/\d+/g)!.map(Number);
      expect(scheme === 'dark' ? r! < 60 : r! > 200).toBe(true);
      await options.screenshot({ path: screenshotPath(`options-error-${scheme}.png`), fullPage: true });
    } finally {
      await session.close();
    }
  });
});
