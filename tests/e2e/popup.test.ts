/**
 * The popup page in a real Chromium: search, results, citations, "On this
 * page" and the quick controls. The popup is opened as a tab, so it names the
 * article's tab with `?tab=<id>` (see src/popup/target-tab.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/model/dataset';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { DIST, launchExtension, screenshotPath, type ExtensionSession } from './harness';
import { openPopup, result, tabIdOf } from './popup-helpers';
import { allHighlightedTexts, clearSettings, eventually, settledAnnotations } from './page-helpers';

const dataset = JSON.parse(readFileSync(join(DIST, 'dataset.json'), 'utf8')) as Dataset;
/** China Bystander's article: the one-fifth export share, the $84 billion of exports. */
const SEED = '/seed/003_f91fa2385afbab65.txt';
const EXPORT_SHARE_QUOTE = 'One-fifth of Kazakhstan’s $84 billion–year of exports now goes to China';

const resultIds = (popup: Page) =>
  popup.locator('.results .result').evaluateAll((nodes) =>
    nodes.map((node) => (node as HTMLElement).dataset.factId ?? `entity:${(node as HTMLElement).dataset.entityId}`),
  );

describe('popup search', () => {
  let session: ExtensionSession;
  let popup: Page;

  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(() => session?.close());
  beforeEach(async () => {
    popup = await openPopup(session);
    return () => popup.close();
  });

  it('has the search box focused when it opens, and shows suggestions and the dataset summary', async () => {
    expect(await popup.evaluate(() => document.activeElement?.classList.contains('search-box'))).toBe(true);
    await expect.poll(() => popup.locator('.suggestions .suggestion').count()).toBeGreaterThan(2);
    const footer = await popup.locator('.footer').innerText();
    expect(footer).toContain(`${dataset.entities.length} entities · ${dataset.facts.length} facts · ${dataset.documents.length} documents`);
    expect(footer).toContain(dataset.version);
  });

  it.each(['export share', '84 billion'])('shows the one-fifth export-share fact, its quote and its source, for "%s"', async (query) => {
    await popup.keyboard.type(query);
    const fact = result(popup, 'export-share-china');
    await fact.waitFor();
    expect(await fact.innerText()).toContain('one-fifth (20%)');
    // Matched words are marked, in the statement or in a glimpse of the quote.
    const marks = await fact.locator('mark').allInnerTexts();
    expect(marks.map((m) => m.toLowerCase()).join(' ')).toMatch(query === '84 billion' ? /84.*billion/ : /export/);
    await fact.locator('.result-toggle').click();
    const details = await fact.locator('.details').innerText();
    expect(details).toContain(EXPORT_SHARE_QUOTE);
    expect(details).toContain('China Bystander, “China Tilts Kazakhstan Away From Russia”, 1 April 2015 (inferred)');
  });

  it.each([
    ['Kazakstan', 'kazakhstan'],
    ['Massimov', 'karim-masimov'],
  ])('finds the right entity for the misspelling "%s"', async (query, entityId) => {
    await popup.keyboard.type(query);
    await expect.poll(async () => (await resultIds(popup))[0]).toBe(`entity:${entityId}`);
  });

  it('narrows the results with a category chip, and lets go of it', async () => {
    await popup.keyboard.type('Kazakhstan');
    await popup.locator('.results').waitFor();
    const status = () => popup.locator('.status').innerText();
    const before = await status();
    const people = popup.locator('.filters [data-category="person"]');
    await people.click();
    await expect.poll(status).not.toBe(before);
    expect(await people.getAttribute('aria-pressed')).toBe('true');
    const personIds = new Set(dataset.entities.filter((e) => e.category === 'person').map((e) => e.id));
    const ids = await resultIds(popup);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      if (id.startsWith('entity:')) expect(personIds.has(id.slice('entity:'.length)), id).toBe(true);
      else expect(dataset.facts.find((f) => f.id === id)!.entities.some((e) => personIds.has(e)), id).toBe(true);
    }
    await people.click();
    await expect.poll(status).toBe(before);
  });

  it('moves through the results with the arrow keys, expands one with Enter and clears the box with Esc', async () => {
    await popup.keyboard.type('trade');
    await popup.locator('.results').waitFor();
    const focusedResult = () =>
      popup.evaluate(() => {
        const result = document.activeElement?.closest('.result') as HTMLElement | null;
        return result?.dataset.factId ?? result?.dataset.entityId;
      });
    const ids = (await resultIds(popup)).map((id) => id.replace('entity:', ''));
    await popup.keyboard.press('ArrowDown');
    expect(await focusedResult()).toBe(ids[0]);
    await popup.keyboard.press('ArrowDown');
    expect(await focusedResult()).toBe(ids[1]);
    await popup.keyboard.press('Enter');
    expect(await popup.locator('.result-toggle[aria-expanded="true"]').count()).toBe(1);
    await popup.keyboard.press('ArrowUp');
    await popup.keyboard.press('ArrowUp');
    expect(await popup.evaluate(() => document.activeElement?.classList.contains('search-box'))).toBe(true);
    await popup.keyboard.press('Escape');
    expect(await popup.locator('.search-box').inputValue()).toBe('');
    await popup.locator('.empty-state').waitFor();
  });

  it('says so when nothing matches', async () => {
    await popup.keyboard.type('zzyzx');
    expect(await popup.locator('.no-results').innerText()).toContain('Nothing matches “zzyzx”');
  });

  it.each(['🇨🇳🇰🇿', '(.*', '[a-z]+$', '\\d{2}'])('says that "%s" has no word to search for, instead of listing everything', async (query) => {
    await popup.locator('.search-box').fill(query);
    const message = popup.locator('.no-results');
    await expect.poll(() => message.innerText()).toContain(`“${query}” has no word to search for.`);
    expect(await popup.locator('.results .result').count()).toBe(0);
    expect(await popup.locator('.status').innerText()).toBe('');
  });

  it('takes "Xi" as Xi Jinping, not the beginning of Xinhua or Xinjiang', async () => {
    await popup.keyboard.type('Xi');
    await expect.poll(async () => (await resultIds(popup))[0]).toBe('entity:xi-jinping');
    const ids = await resultIds(popup);
    expect(ids).not.toContain('entity:xinhua');
    expect(ids).not.toContain('entity:xinjiang');
    expect((await popup.locator('.results mark').allInnerTexts()).map((text) => text.toLowerCase())).not.toContain('xin');
  });

  it('says what the filter chips count, and each keeps as many results as it says', async () => {
    await popup.keyboard.type('oil');
    await popup.locator('.results').waitFor();
    const total = Number(/(\d+) results/.exec(await popup.locator('.status').innerText())?.[1]);
    const chips = await popup.locator('.filters .chip[data-category], .filters .chip[data-topic]').evaluateAll((nodes) =>
      nodes.map((node) => ({
        selector: node.hasAttribute('data-category') ? `[data-category="${node.getAttribute('data-category')}"]` : `[data-topic="${node.getAttribute('data-topic')}"]`,
        count: Number(node.querySelector('.count')!.textContent),
        title: node.getAttribute('title'),
      })),
    );
    // The counts overlap (a fact about a country and a person counts under both): the row says what they are.
    expect(chips.reduce((sum, chip) => sum + chip.count, 0)).toBeGreaterThan(total);
    expect(await popup.locator('.filters .chips-caption').innerText()).toBe('Keep only:');
    for (const { selector, count, title } of chips) {
      expect(title).toMatch(new RegExp(`^Keep only .+: ${count} results$`));
      const chip = popup.locator(`.filters .chip${selector}`);
      await chip.click();
      await expect.poll(() => popup.locator('.results .result').count()).toBe(count);
      await chip.click();
      await expect.poll(() => popup.locator('.results .result').count()).toBe(total);
    }
  });

  it('keeps a long query that matches nothing inside the popup', async () => {
    const query = 'z'.repeat(500);
    await popup.locator('.search-box').fill(query);
    const message = popup.locator('.no-results');
    await expect.poll(() => message.innerText()).toContain('Nothing matches “zzz');
    const overflow = await popup.evaluate(() => {
      const box = document.querySelector('.no-results')!;
      // Where the text itself ends: a paragraph's own box keeps the popup's width while its text runs past it.
      const rights = [...box.querySelectorAll('p')].map((p) => {
        const range = document.createRange();
        range.selectNodeContents(p);
        return range.getBoundingClientRect().right;
      });
      return { scroll: box.scrollWidth - box.clientWidth, right: Math.max(...rights), width: document.documentElement.clientWidth };
    });
    expect(overflow.scroll).toBe(0);
    expect(overflow.right).toBeLessThanOrEqual(overflow.width);
    // Quoted back shortened: the message is about the query, not a copy of it.
    expect((await message.locator('.title').innerText()).length).toBeLessThan(100);
    await popup.screenshot({ path: screenshotPath('popup-long-query.png') });
  });

  it.each([
    ['Казахстан', 'entity:kazakhstan'],
    ['كازاخستان', 'entity:kazakhstan'],
    ['哈萨克斯坦', 'entity:kazakhstan'],
    ['Москва', 'entity:moscow'],
  ])('finds "%s", a common name in another script, and says it is one of its names', async (query, first) => {
    await popup.locator('.search-box').fill(query);
    await expect.poll(async () => (await resultIds(popup))[0]).toBe(first);
    expect(await popup.locator('.results .result').first().locator('.alias').innerText()).toBe(`Also written: ${query}`);
  });

  it('says which scripts it reads when a search in another script finds nothing', async () => {
    await popup.locator('.search-box').fill('Καζακστάν');
    await expect.poll(() => popup.locator('.no-results').innerText()).toContain('Geolens searches in Latin script');
    expect(await popup.locator('.no-results').innerText()).toContain('Cyrillic, Chinese or Arabic');
  });

  it.each([
    ['oil 2013', 'pipeline-oil-2013', ['86 million barrels'], '2013'],
    ['deals 2014', 'deals-december-2014-china-power', ['$14 billion'], 'December 2014'],
    ['announced Astana', 'sreb-announced-in-astana-2013', [], 'September 2013'],
  ])('shows each period of a fact once, in its most precise form ("%s")', async (query, factId, figures, period) => {
    await popup.locator('.search-box').fill(query);
    const meta = result(popup, factId).locator('.meta');
    await meta.waitFor();
    expect(await meta.locator('.figure').allInnerTexts()).toEqual(figures);
    expect(await meta.locator('.period').innerText()).toBe(period);
  });

  it('starts with the search it was opened with (?q=, the context menu)', async () => {
    const opened = await openPopup(session, `?q=${encodeURIComponent('Horgos')}`);
    try {
      expect(await opened.locator('.search-box').inputValue()).toBe('Horgos');
      await expect.poll(async () => (await resultIds(opened))[0]).toBe('entity:horgos');
    } finally {
      await opened.close();
    }
  });

  it('copies a citation as plain text and as Markdown, and says so', async () => {
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await popup.keyboard.type('one-fifth');
    await result(popup, 'export-share-china').waitFor();
    await popup.keyboard.press('Enter');
    const details = result(popup, 'export-share-china').locator('.details');
    const clipboard = () => popup.evaluate(() => navigator.clipboard.readText());

    await details.getByRole('button', { name: 'Copy citation' }).click();
    await details.getByRole('button', { name: '✓ Copied' }).waitFor();
    expect(await clipboard()).toBe(
      "About one-fifth of Kazakhstan's exports go to China.\n" +
        `“${EXPORT_SHARE_QUOTE}”\n` +
        'China Bystander, “China Tilts Kazakhstan Away From Russia”, 1 April 2015 (date inferred).',
    );
    expect(await details.locator('[role="status"]').innerText()).toBe('Citation copied as plain text.');

    await details.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect.poll(clipboard).toBe(
      "About one-fifth of Kazakhstan's exports go to China.\n\n" +
        `> ${EXPORT_SHARE_QUOTE}\n\n` +
        '— China Bystander, *China Tilts Kazakhstan Away From Russia*, 1 April 2015 (date inferred)',
    );
  });

  it('opens the source viewer on a fact from its result', async () => {
    await popup.keyboard.type('one-fifth');
    await result(popup, 'export-share-china').locator('.result-toggle').click();
    const [viewer] = await Promise.all([
      session.context.waitForEvent('page'),
      result(popup, 'export-share-china').getByRole('button', { name: 'View source' }).click(),
    ]);
    await viewer.waitForLoadState();
    expect(viewer.url()).toBe(`chrome-extension://${session.extensionId}/src/viewer/index.html?fact=export-share-china`);
    expect(await viewer.locator('mark#quote').innerText()).toBe(EXPORT_SHARE_QUOTE);
    await viewer.close();
  });
});

describe('popup on a page', () => {
  let session: ExtensionSession;
  let server: FixtureServer;
  let article: Page;

  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });
  beforeEach(async () => {
    await clearSettings(session);
    article = await session.context.newPage();
    await article.goto(server.origin + SEED);
    await settledAnnotations(session, article, (a) => a.mentions.length > 0);
    return async () => {
      await clearSettings(session);
      await article.close();
    };
  });

  it('lists what the tab has annotated, with counts, and filters to an entity on click', async () => {
    const { mentions } = await settledAnnotations(session, article);
    const popup = await openPopup(session, `?tab=${await tabIdOf(session, article)}`);
    const chips = popup.locator('.on-page .mention');
    await chips.first().waitFor();
    // The most-mentioned first; the rest one click away.
    if (mentions.length > (await chips.count())) await popup.locator('.on-page .more').click();
    const listed = await chips.evaluateAll((nodes) => nodes.map((n) => [(n as HTMLElement).dataset.entityId, n.querySelector('.count')!.textContent]));
    expect(listed.length).toBe(mentions.length);
    for (const mention of mentions) expect(listed).toContainEqual([mention.entityId, String(mention.count)]);

    await popup.locator('.on-page [data-entity-id="kazakhstan"]').click();
    await popup.getByRole('button', { name: 'Remove the filter: only Kazakhstan' }).waitFor();
    const ids = await resultIds(popup);
    expect(ids[0]).toBe('entity:kazakhstan');
    for (const id of ids.slice(1)) expect(dataset.facts.find((f) => f.id === id)!.entities).toContain('kazakhstan');
    await popup.close();
  });

  it('lists the figures the tab checked, with their verdicts in words and what each measures', async () => {
    const { figures } = await settledAnnotations(session, article, (a) => a.figures.length > 0);
    const popup = await openPopup(session, `?tab=${await tabIdOf(session, article)}`);
    const items = popup.locator('.on-page ul.figures li');
    await items.first().waitFor();
    const listed = await items.evaluateAll((nodes) => nodes.map((n) => [(n as HTMLElement).dataset.metric, n.textContent]));
    expect(listed.map(([metric]) => metric)).toEqual(figures.map((f) => f.metric));
    const share = listed.find(([metric]) => metric === 'kazakhstan-export-share-china')!;
    expect(share[1]).toContain('“One-fifth” agrees with the sources');
    expect(share[1]).toContain(dataset.metrics!.find((m) => m.id === 'kazakhstan-export-share-china')!.label);
    await popup.close();
  });

  it('pauses on this site: the highlights leave the open tab without a reload, and come back on resume', async () => {
    const before = await allHighlightedTexts(article);
    expect(before.length).toBeGreaterThan(0);
    // Survives only if the page is not reloaded.
    await article.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    const popup = await openPopup(session, `?tab=${await tabIdOf(session, article)}`);
    const pause = popup.getByRole('button', { name: 'Pause on this site' });
    await pause.click();
    await eventually(() => allHighlightedTexts(article), (texts) => texts.length === 0);
    expect(await article.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    const stored = await session.serviceWorker!.evaluate(() => (globalThis as unknown as { chrome: typeof chrome }).chrome.storage.sync.get('settings'));
    expect((stored.settings as { excludedSites: string[] }).excludedSites).toEqual(['127.0.0.1']);
    await popup.locator('.on-page').getByText('Geolens is paused on 127.0.0.1.').waitFor();

    await popup.getByRole('button', { name: 'Resume on this site' }).click();
    await eventually(() => allHighlightedTexts(article), (texts) => texts.length === before.length);
    await popup.close();
  });

  it('switches highlights off everywhere and back on', async () => {
    const before = await allHighlightedTexts(article);
    const popup = await openPopup(session, `?tab=${await tabIdOf(session, article)}`);
    const toggle = popup.getByRole('switch', { name: 'Highlights' });
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('true');
    await toggle.click();
    await eventually(() => allHighlightedTexts(article), (texts) => texts.length === 0);
    expect(await toggle.getAttribute('aria-checked')).toBe('false');
    await toggle.click();
    await eventually(() => allHighlightedTexts(article), (texts) => texts.length === before.length);
    await popup.close();
  });

  it('says plainly that a browser page cannot be annotated', async () => {
    const browserPage = await session.context.newPage();
    await browserPage.goto('chrome://version/');
    const popup = await openPopup(session, `?tab=${await tabIdOf(session, browserPage)}`);
    await popup.locator('.on-page').getByText('Geolens can’t annotate this page.', { exact: false }).waitFor();
    expect(await popup.getByRole('button', { name: 'Pause on this site' }).count()).toBe(0);
    await popup.close();
    await browserPage.close();
  });
});
