/**
 * The Firefox build in a real Firefox: Debian's firefox-esr, driven over
 * WebDriver BiDi by puppeteer-core, with dist-firefox/ installed as a
 * temporary add-on (`npm test` builds it). Firefox refuses a manifest it
 * does not accept at install, so this is also the manifest's real test.
 * The deeper suites run in Chromium; this one checks that what users of
 * Firefox get starts, annotates and opens its card.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../manifest/manifest.config';
import { firefoxLaunchError, firefoxPath } from './firefox-path';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { ROOT, screenshotPath } from './harness';
import { clearHighlights, highlightBox } from './paint-check';

const DIST_FIREFOX = process.env.GEOLENS_DIST_FIREFOX ? resolve(process.env.GEOLENS_DIST_FIREFOX) : join(ROOT, 'dist-firefox');
const SEED = '/seed/003_f91fa2385afbab65.txt';

async function highlightSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const sizes: Record<string, number> = {};
    for (const [name, highlight] of CSS.highlights) sizes[name] = highlight.size;
    return sizes;
  });
}

async function until<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value) || Date.now() > deadline) return value;
    await new Promise((done) => setTimeout(done, 200));
  }
}

describe('the Firefox build in Firefox', () => {
  let browser: Browser;
  let server: FixtureServer;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(DIST_FIREFOX, 'manifest.json'))) {
      throw new Error(`No Firefox build in ${DIST_FIREFOX}. Run "npm run build:firefox" first (npm test does it for you).`);
    }
    const executablePath = firefoxPath();
    server = await startFixtureServer();
    browser = await puppeteer
      .launch({
        browser: 'firefox',
        executablePath,
        headless: true,
        // A closed network: Firefox's own services have nowhere to go.
        extraPrefsFirefox: { 'network.proxy.type': 0, 'browser.shell.checkDefaultBrowser': false },
      })
      .catch((error: unknown) => {
        throw firefoxLaunchError(executablePath, error);
      });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('installs, with the gecko id of the manifest, in Firefox 140 or later', async () => {
    const version = Number(/firefox\/(\d+)/i.exec(await browser.version())?.[1]);
    expect(version).toBeGreaterThanOrEqual(140);
    expect(await browser.installExtension(DIST_FIREFOX)).toBe(GECKO_ID);
  });

  it('highlights the entities on an article', async () => {
    page = await browser.newPage();
    page.on('pageerror', (error: unknown) => pageErrors.push(error instanceof Error ? error.message : String(error)));
    await page.goto(server.origin + SEED);
    const sizes = await until(() => highlightSizes(page), (sizes) => (sizes['geolens-country'] ?? 0) > 0 && (sizes['geolens-person'] ?? 0) > 0);
    expect(sizes['geolens-country']).toBeGreaterThan(0);
    expect(sizes['geolens-person']).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
  });

  it('opens the card when the pointer rests on a highlight', async () => {
    const point = await page.evaluate(() => {
      const heading = document.querySelector('h1')!;
      const text = heading.firstChild!;
      const start = text.textContent!.indexOf('Kazakhstan');
      const range = document.createRange();
      range.setStart(text, start + 2);
      range.setEnd(text, start + 3);
      const box = range.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    });
    await page.mouse.move(point.x - 60, point.y + 150);
    await page.mouse.move(point.x, point.y, { steps: 5 });
    const cards = await until(() => page.evaluate(() => document.querySelectorAll('geolens-card').length), (count) => count > 0);
    expect(cards).toBe(1);
    // The card draws into a closed shadow root, out of the test's reach; what the page sees just below
    // (or above) the word is its host: the card is drawn there, not somewhere else.
    const hits = await until(
      () => page.evaluate(({ x, y }) => [y + 40, y - 40].map((at) => document.elementFromPoint(x + 10, at)?.localName), point),
      (names) => names.includes('geolens-card'),
    );
    expect(hits).toContain('geolens-card');
    await page.screenshot({ path: screenshotPath('firefox-card.png') });
    expect(pageErrors).toEqual([]);
  });
  it('paints its highlights (Firefox gets universal ::highlight rules: it does not inherit them from the root)', async () => {
    const fresh = await browser.newPage();
    await fresh.goto(server.origin + SEED);
    await until(() => highlightSizes(fresh), (sizes) => (sizes['geolens-country'] ?? 0) > 0);
    const box = await fresh.evaluate(highlightBox, ['geolens-country', false] as [string, boolean]);
    expect(box).not.toBeNull();
    const before = Buffer.from(await fresh.screenshot({ clip: box! }));
    await fresh.evaluate(clearHighlights);
    const after = Buffer.from(await fresh.screenshot({ clip: box! }));
    expect(before.equals(after), 'the highlight was painted').toBe(false);
    await fresh.close();
  });
});
