/**
 * The source viewer: the whole source document with the quoted passage
 * highlighted and scrolled into view, reachable from the hover card too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/model/dataset';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { DIST, launchExtension, type ExtensionSession } from './harness';
import { hoverText, settledAnnotations, waitForCard } from './page-helpers';

const dataset = JSON.parse(readFileSync(join(DIST, 'dataset.json'), 'utf8')) as Dataset;
const VIEWPORT = { width: 900, height: 700 };

describe('the source viewer', () => {
  let session: ExtensionSession;
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launchExtension({ viewport: VIEWPORT });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it.each(['export-share-china', 'deals-december-2014-china-power', 'lianyungang-almaty-rail-launch'])(
    'highlights the quote of %s in its document and scrolls it into view',
    async (factId) => {
      const fact = dataset.facts.find((f) => f.id === factId)!;
      const document = dataset.documents.find((d) => d.id === fact.source.document)!;
      const viewer = await session.openExtensionPage(`src/viewer/index.html?fact=${factId}`);
      const marked = await viewer.locator('.document mark').allInnerTexts();
      expect(marked.join('')).toBe(fact.source.quote);
      expect(await viewer.locator('.claim .statement').innerText()).toBe(fact.text);
      const header = await viewer.locator('.document header').innerText();
      expect(header).toContain(document.title);
      expect(header).toContain(document.publication);
      if (document.dateInferred) expect(header).toContain(document.dateInferred);
      const box = await viewer.locator('mark#quote').boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + Math.min(box!.height, 40)).toBeLessThanOrEqual(VIEWPORT.height);
      expect(await viewer.title()).toContain(document.title);
      await viewer.close();
    },
  );

  it('shows a fact dated by a year once, as its most precise period', async () => {
    const viewer = await session.openExtensionPage('src/viewer/index.html?fact=deals-december-2014-china-power');
    expect(await viewer.locator('.claim .meta .figure').allInnerTexts()).toEqual(['$14 billion']);
    expect(await viewer.locator('.claim .meta .period').innerText()).toBe('December 2014');
    await viewer.close();
  });

  it('links a fact whose sources differ to the other source', async () => {
    const viewer = await session.openExtensionPage('src/viewer/index.html?fact=deals-december-2014-china-power');
    await viewer.getByRole('link', { name: 'View that source' }).click();
    await viewer.waitForURL(/fact=deals-december-2014-china-bystander/);
    expect(await viewer.locator('mark#quote').innerText()).toContain('$18 billion');
    await viewer.close();
  });

  it('says so when the fact is not in the dataset', async () => {
    const viewer = await session.openExtensionPage('src/viewer/index.html?fact=no-such-fact');
    expect(await viewer.locator('h1').innerText()).toBe('This fact is not in the dataset');
    expect(await viewer.locator('.problem-state').innerText()).toContain(`Fact “no-such-fact”, dataset ${dataset.version}.`);
    await viewer.close();
  });

  it('opens from the hover card’s "View source"', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/seed/003_f91fa2385afbab65.txt`);
    await settledAnnotations(session, page, (a) => a.mentions.length > 0);
    await hoverText(page, 'Kazakhstan');
    const card = await waitForCard(page);
    const { x, y } = await card.buttonCenter('View source');
    const [viewer] = await Promise.all([session.context.waitForEvent('page'), page.mouse.click(x, y)]);
    await viewer.waitForLoadState();
    const factId = new URL(viewer.url()).searchParams.get('fact')!;
    expect(await viewer.locator('.document mark').allInnerTexts().then((t) => t.join(''))).toBe(
      dataset.facts.find((f) => f.id === factId)!.source.quote,
    );
    await viewer.close();
    await page.close();
  });
});
