import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/settings/settings';
import type { PageMention } from '../../src/messages/messages';
import type { ExtensionSession } from './harness';
import type { FixtureServer } from './fixture-server';
import { collectProblems, hoverText, settledAnnotations, useExtension, waitForCard, writeSettings, eventually } from './page-helpers';

/** Every registered range: its highlight, its words, and the nearest ancestor matching `region` (or null). */
async function paintedRanges(page: Page, region: string): Promise<{ highlight: string; text: string; region: string | null }[]> {
  return page.evaluate((region) => {
    const out: { highlight: string; text: string; region: string | null }[] = [];
    for (const [name, highlight] of CSS.highlights as unknown as Map<string, Set<AbstractRange>>) {
      for (const range of highlight) {
        const node = range.startContainer as Text;
        const inside = node.parentElement?.closest(region);
        out.push({ highlight: name, text: node.data.slice(range.startOffset, range.endOffset), region: inside ? inside.localName + (inside.className ? `.${inside.className}` : '') : null });
      }
    }
    return out;
  }, region);
}

const byName = (mentions: PageMention[]) => Object.fromEntries(mentions.map((m) => [m.name, m]));

describe('relevance: what Geolens marks, and what its cards say, on crafted pages', () => {
  const env = useExtension();
  let session: ExtensionSession;
  let server: FixtureServer;
  let page: Page;
  let problems: string[];

  beforeEach(async () => {
    ({ session, server } = env);
    await writeSettings(session, defaultSettings());
    page = await session.context.newPage();
    problems = collectProblems(page);
    return async () => {
      expect(problems).toEqual([]);
      await page.close();
    };
  });

  it('on an article about trade through Khorgos, relates Kazakhstan, China and Russia and marks them in the article body', async () => {
    await page.goto(`${server.origin}/relevance/khorgos-trade.html`);
    const { mentions } = await settledAnnotations(session, page, (a) => a.mentions.some((m) => m.highlighted > 0));
    const found = byName(mentions);
    for (const name of ['Kazakhstan', 'China', 'Russia']) {
      expect(found[name], name).toMatchObject({ relevant: true, inMain: true, highlighted: 1 });
    }
    const painted = await paintedRanges(page, 'article');
    for (const name of ['Kazakhstan', 'China', 'Russia']) {
      const range = painted.find((r) => r.text === name);
      expect(range, name).toBeDefined();
      expect(range!.region, `${name} is marked in the article, not the menu or the footer`).toBe('article');
      expect(range!.highlight).toBe('geolens-country');
    }
    // Every mark is in the article, and every marked entity relates to the page.
    expect(painted.every((r) => r.region === 'article')).toBe(true);
    expect(mentions.filter((m) => m.highlighted > 0).every((m) => m.relevant)).toBe(true);
  });

  it('never marks a name in a hidden ticker, a header, a menu, an aside, the comments or the footer', async () => {
    await page.goto(`${server.origin}/relevance/chrome-and-hidden.html`);
    const { mentions } = await settledAnnotations(session, page, (a) => a.mentions.some((m) => m.highlighted > 0));
    const painted = await paintedRanges(page, '.story-body');
    expect(painted.length).toBeGreaterThan(0);
    for (const range of painted) expect(range.region, `"${range.text}" is marked in the story`).toBe('div.story-body');
    // The first marks are in the first visible paragraph, past the hidden, invisible and screen-reader-only ones.
    const visibleParagraph = await page.evaluate(() => document.querySelectorAll('.story-body p')[3]!.textContent);
    for (const range of painted) expect(visibleParagraph).toContain(range.text);
    const found = byName(mentions);
    expect(found['China']).toMatchObject({ inMain: true, highlighted: 1 });
    expect(found['Kazakhstan']).toMatchObject({ inMain: true, highlighted: 1 });
    // Named only in the chrome: counted, never marked.
    expect(found['Russia']).toMatchObject({ inMain: false, highlighted: 0 });
    expect(found['Russia']!.count).toBeGreaterThanOrEqual(3);
    expect(found['Xinjiang']).toMatchObject({ inMain: false, highlighted: 0 });
  });

  it('counts China, Beijing and Xi Jinping on an unrelated article about tariffs, relates none, and the card says so', async () => {
    await page.goto(`${server.origin}/relevance/tariff-talks.html`);
    const { mentions } = await settledAnnotations(session, page, (a) => a.mentions.length >= 3);
    const found = byName(mentions);
    for (const name of ['China', 'Xi Jinping']) expect(found[name], name).toMatchObject({ relevant: false, inMain: true, highlighted: 0 });
    expect(mentions.every((m) => !m.relevant && m.highlighted === 0)).toBe(true);
    expect(await paintedRanges(page, 'article')).toEqual([]);

    // With every known entity marked, the same names get the quiet background mark, and the card is honest.
    await writeSettings(session, { ...defaultSettings(), highlightScope: 'all' });
    const painted = await eventually(() => paintedRanges(page, 'article'), (ranges) => ranges.length >= 2);
    expect(new Set(painted.map((r) => r.highlight))).toEqual(new Set(['geolens-background']));
    await hoverText(page, 'China');
    const card = await waitForCard(page);
    expect(card.text).toContain('None of Geolens’s facts about China concern this page.');
    expect(card.text).toContain('Background');
    expect(card.text).toMatch(/\d+ facts from 2 articles on China–Kazakhstan relations, 2015/);
    expect(card.text).toContain('About Geolens’s sources');
  });

  it('marks none of a paragraph of look-alikes: a craton, a journal, a newspaper, a cocktail, a channel, an airline', async () => {
    await writeSettings(session, { ...defaultSettings(), highlightScope: 'all' });
    await page.goto(`${server.origin}/relevance/look-alikes.html`);
    const annotations = await settledAnnotations(session, page);
    expect(annotations.mentions.map((m) => `${m.name} (“${m.text}”)`)).toEqual([]);
    expect(await paintedRanges(page, 'article')).toEqual([]);
  });

  it('leads an on-topic card with the facts that relate to the page', async () => {
    await page.goto(`${server.origin}/relevance/khorgos-trade.html`);
    await settledAnnotations(session, page, (a) => a.mentions.some((m) => m.highlighted > 0));
    await hoverText(page, 'Kazakhstan', 1);
    const card = await waitForCard(page);
    expect(card.text).toContain('Related to this page');
    expect(card.text).not.toContain('None of Geolens’s facts');
    // Every fact shows its age.
    expect(card.text).toMatch(/20(13|14|15)/);
  });
});
