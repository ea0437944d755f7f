/**
 * Screenshots of what users see, in light and dark. They land in
 * test-results/screenshots/; `npm run screenshots` refreshes the README's
 * copies in docs/screenshots/. Each test also checks the picture is of the
 * real thing (the card is open, the page is annotated).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { launchExtension, screenshotPath } from './harness';
import { defaultSettings } from '../../src/settings/settings';
import { hoverText, settledAnnotations, waitForCard, writeSettings } from './page-helpers';

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
