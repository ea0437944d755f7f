/**
 * Screenshots of what users see, in light and dark: the card, the popup and
 * the source viewer. `npm run screenshots` runs them (they are not part of
 * `npm test`: they make pictures, the other suites test) and refreshes the
 * README's copies in docs/screenshots/. Each one waits for the real thing
 * (the card is open, the page is annotated) before it takes the picture.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { launchExtension, screenshotPath, type ExtensionSession } from './harness';
import { defaultSettings } from '../../src/settings/settings';
import { hoverText, settledAnnotations, waitForCard, writeSettings } from './page-helpers';
import { POPUP_SIZE, openPopup, result, tabIdOf } from './popup-helpers';

/** China Bystander's article: the one-fifth export share, the $84 billion of exports. */
const SEED = '/seed/003_f91fa2385afbab65.txt';
const VIEWER_SIZE = { width: 900, height: 700 };

describe.each(['light', 'dark'] as const)('screenshots in %s mode', (scheme) => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(() => server?.close());

  it('shows the card over an annotated article', async () => {
    const session = await launchExtension({ colorScheme: scheme, viewport: { width: 1000, height: 720 } });
    try {
      const page = await session.context.newPage();
      await page.goto(`${server.origin}/seed/003_f91fa2385afbab65.txt`);
      await settledAnnotations(session, page, (a) => a.mentions.length > 0);
      await hoverText(page, 'Kazakhstan');
      const card = await waitForCard(page);
      expect(card.text).toContain('Related to this page');
      // The card fades in over 120 ms; photograph it settled.
      await page.waitForTimeout(250);
      await page.screenshot({ path: screenshotPath(`card-${scheme}.png`) });
    } finally {
      await session.close();
    }
  });

  it('shows an honest card on an article the sources say nothing about (every known entity marked)', async () => {
    const session = await launchExtension({ colorScheme: scheme, viewport: { width: 1000, height: 720 } });
    try {
      await writeSettings(session, { ...defaultSettings(), highlightScope: 'all' });
      const page = await session.context.newPage();
      await page.goto(`${server.origin}/relevance/tariff-talks.html`);
      await settledAnnotations(session, page, (a) => a.mentions.length >= 3);
      await hoverText(page, 'China');
      const card = await waitForCard(page);
      expect(card.text).toContain('None of Geolens’s facts about China concern this page.');
      await page.waitForTimeout(250);
      await page.screenshot({ path: screenshotPath(`card-unrelated-${scheme}.png`) });
    } finally {
      await session.close();
    }
  });

  it('shows the related facts first on an article about what the sources cover', async () => {
    const session = await launchExtension({ colorScheme: scheme, viewport: { width: 1000, height: 720 } });
    try {
      const page = await session.context.newPage();
      await page.goto(`${server.origin}/relevance/khorgos-trade.html`);
      await settledAnnotations(session, page, (a) => a.mentions.some((m) => m.highlighted > 0));
      await hoverText(page, 'China', 1);
      const card = await waitForCard(page);
      expect(card.text).toContain('Related to this page');
      await page.waitForTimeout(250);
      await page.screenshot({ path: screenshotPath(`card-related-${scheme}.png`) });
    } finally {
      await session.close();
    }
  });

  it('shows the figure card: a page figure beside two sources that differ', async () => {
    const session = await launchExtension({ colorScheme: scheme, viewport: { width: 1000, height: 720 } });
    try {
      const page = await session.context.newPage();
      await page.goto(`${server.origin}/seed/003_f91fa2385afbab65.txt`);
      await settledAnnotations(session, page, (a) => a.figures.length > 0);
      await hoverText(page, '$18 billion');
      const card = await waitForCard(page);
      expect(card.text).toContain('Agrees with China Bystander (2015)');
      await page.waitForTimeout(250);
      await page.screenshot({ path: screenshotPath(`figure-card-${scheme}.png`) });
    } finally {
      await session.close();
    }
  });
});

describe.each(['light', 'dark'] as const)('popup screenshots in %s mode', (scheme) => {
  let session: ExtensionSession;
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launchExtension({ colorScheme: scheme, viewport: POPUP_SIZE });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('shows results with a fact opened', async () => {
    const popup = await openPopup(session);
    await popup.keyboard.type('export share');
    await result(popup, 'export-share-china').locator('.result-toggle').click();
    await result(popup, 'export-share-china').locator('.details').waitFor();
    await popup.screenshot({ path: screenshotPath(`popup-${scheme}.png`) });
    await popup.close();
  });

  it('shows where sources differ', async () => {
    const popup = await openPopup(session);
    await popup.keyboard.type('deals 2014');
    await result(popup, 'deals-december-2014-china-power').locator('.result-toggle').click();
    await result(popup, 'deals-december-2014-china-power').locator('.differs').waitFor();
    await popup.screenshot({ path: screenshotPath(`popup-differs-${scheme}.png`) });
    await popup.close();
  });

  it('shows what is on the page before a search', async () => {
    const article = await session.context.newPage();
    await article.goto(server.origin + SEED);
    await settledAnnotations(session, article, (a) => a.mentions.length > 0);
    const popup = await openPopup(session, `?tab=${await tabIdOf(session, article)}`);
    await popup.locator('.on-page .mention').first().waitFor();
    await popup.screenshot({ path: screenshotPath(`popup-empty-${scheme}.png`) });
    await popup.close();
    await article.close();
  });
});

describe.each(['light', 'dark'] as const)('viewer screenshot in %s mode', (scheme) => {
  it('shows the passage highlighted under the fact', async () => {
    const session = await launchExtension({ colorScheme: scheme, viewport: VIEWER_SIZE });
    try {
      const viewer = await session.openExtensionPage('src/viewer/index.html?fact=export-share-china');
      await viewer.locator('mark#quote').waitFor();
      await viewer.screenshot({ path: screenshotPath(`viewer-${scheme}.png`) });
    } finally {
      await session.close();
    }
  });
});
