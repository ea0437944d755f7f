import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadSeedDataset } from '../../src/build/dataset-plugin';
import { defaultSettings } from '../../src/settings/settings';
import type { PageAnnotations } from '../../src/messages/messages';
import { ROOT, type ExtensionSession } from './harness';
import { SEED_FIGURES } from './seed-figures';
import { clearSettings, eventually, hoverText, readCard, settledAnnotations, useExtension, waitForCard, writeSettings } from './page-helpers';

const dataset = loadSeedDataset(ROOT, '0.0.0');

/** The text of every range in the figure highlight (a figure may span nodes, so each range is read whole). */
function figureMarks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const highlight = (CSS.highlights as unknown as Map<string, Set<AbstractRange>>).get('geolens-figure');
    return [...(highlight ?? [])].map((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range.toString();
    });
  });
}

const summary = (annotations: PageAnnotations) => annotations.figures.map((f) => [f.text, f.metric, f.verdict]);

describe('the figure check on pages', () => {
  const env = useExtension();
  let session: ExtensionSession;
  let page: Page;

  beforeEach(async () => {
    session = env.session;
    await clearSettings(session);
    page = await session.context.newPage();
    return () => page.close();
  });

  async function open(path: string): Promise<PageAnnotations> {
    await page.goto(env.server.origin + path);
    return settledAnnotations(session, page);
  }

  it('reaches a checked figure with the keyboard command, as it reaches an entity, and opens its card', async () => {
    const annotations = await open('/figures/claims.html');
    expect(annotations.figures.length).toBeGreaterThan(0);
    const cycle = () =>
      session.serviceWorker!.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: typeof chrome }).chrome;
        const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
        await api.tabs.sendMessage(tab!.id!, { type: 'cycle-annotations', direction: 1 }, { frameId: 0 });
      });
    await page.bringToFront();
    const shown = annotations.mentions.filter((m) => m.highlighted > 0).length;
    let figureCard: string | undefined;
    // Entities and figures come in page order: within one pass over all of them, a figure's card opens.
    for (let step = 0; step < shown + annotations.figures.length && !figureCard; step++) {
      await cycle();
      const card = await waitForCard(page);
      if (card.text.includes('Figure check')) figureCard = card.text;
    }
    expect(figureCard, 'a figure card among the cycled cards').toBeDefined();
    expect(figureCard).toMatch(/Agrees with|Sources said/);
  });

  it('marks the metric figures of every seed article, each agreeing with its own document', async () => {
    const found: (string | string[])[][] = [];
    for (const document of dataset.documents) {
      const annotations = await open(`/seed/${document.id}`);
      expect((await figureMarks(page)).sort()).toEqual(annotations.figures.map((f) => f.text).sort());
      found.push(...annotations.figures.map((f) => [f.text, f.metric, f.verdict, f.factIds]));
    }
    expect(found.map(([text, metric, verdict]) => [text, metric, verdict])).toEqual(SEED_FIGURES);
    // The two sources of the December 2014 deals differ ($14 and $18 billion): each figure is set against both.
    for (const [, metric, , factIds] of found) {
      if (metric !== 'china-kazakhstan-deals-december-2014') continue;
      expect([...factIds!].sort()).toEqual(['deals-december-2014-china-bystander', 'deals-december-2014-china-power']);
    }
  });

  it('marks agreeing and differing claims in several written forms, also across inline elements', async () => {
    const annotations = await open('/figures/claims.html');
    expect(summary(annotations)).toEqual([
      ['About a fifth', 'kazakhstan-export-share-china', 'agrees'],
      ['Roughly 20 per cent', 'kazakhstan-export-share-china', 'agrees'],
      ['25%', 'kazakhstan-export-share-china', 'differs'],
      ['about $84bn', 'kazakhstan-exports-per-year', 'agrees'],
      ['$90 billion', 'kazakhstan-exports-per-year', 'differs'],
      ['36 per cent', 'kazakhstan-import-share-russia', 'agrees'],
      ['$14-18 billion', 'china-kazakhstan-deals-december-2014', 'agrees'],
      ['$20 billion', 'china-kazakhstan-deals-december-2014', 'differs'],
      ['21.5%', 'china-kazakhstan-trade-change-2014', 'agrees'],
      ['$28 billion', 'china-kazakhstan-trade-2013', 'agrees'],
    ]);
    expect(await figureMarks(page)).toEqual(annotations.figures.map((f) => f.text));
  });

  it('marks nothing on a page dense with numbers that state no metric', async () => {
    const annotations = await open('/figures/numbers.html');
    expect(annotations.mentions.map((m) => m.entityId)).toEqual(expect.arrayContaining(['kazakhstan', 'china']));
    expect(annotations.figures).toEqual([]);
    expect(await figureMarks(page)).toEqual([]);
  });

  it('leaves the DOM byte-identical, and takes the marks away live when switched off', async () => {
    await page.goto(env.server.origin + '/figures/claims.html');
    const pristine = await page.evaluate(() => document.documentElement.outerHTML);
    await settledAnnotations(session, page, (a) => a.figures.length > 0);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(pristine);
    await writeSettings(session, { ...defaultSettings(), checkFigures: false });
    await eventually(() => figureMarks(page), (marks) => marks.length === 0);
    const names = await page.evaluate(() => [...(CSS.highlights as unknown as Map<string, unknown>).keys()]);
    expect(names).not.toContain('geolens-figure');
    expect((await settledAnnotations(session, page)).figures).toEqual([]);
    // Entity highlights stay.
    expect(names.length).toBeGreaterThan(0);
    await writeSettings(session, { ...defaultSettings(), checkFigures: true });
    await eventually(() => figureMarks(page), (marks) => marks.length === 10);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(pristine);
  });

  it('checks what the page adds or changes later, and drops the marks of what it changes or removes', async () => {
    const before = await open('/figures/numbers.html');
    expect(before.figures).toEqual([]);
    // An article loaded later (a live blog, a single-page app): its claim is checked when the annotator settles.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late';
      p.textContent = 'About a fifth of Kazakhstan’s exports go to China, officials said.';
      document.querySelector('article')!.append(p);
    });
    const added = await settledAnnotations(session, page, (a) => a.figures.length === 1);
    expect(summary(added)).toEqual([['About a fifth', 'kazakhstan-export-share-china', 'agrees']]);
    expect(await figureMarks(page)).toEqual(['About a fifth']);
    // The page edits the figure: the old mark goes, the new words are checked.
    await page.evaluate(() => {
      document.getElementById('late')!.textContent = 'A quarter of Kazakhstan’s exports go to China, officials said.';
    });
    const edited = await settledAnnotations(session, page, (a) => a.figures[0]?.text === 'A quarter');
    expect(summary(edited)).toEqual([['A quarter', 'kazakhstan-export-share-china', 'differs']]);
    expect(await figureMarks(page)).toEqual(['A quarter']);
    // The page edits the sentence so that it no longer names China: no claim is left.
    await page.evaluate(() => {
      (document.getElementById('late')!.firstChild as Text).replaceData(40, 5, 'Japan');
    });
    expect((await settledAnnotations(session, page, (a) => a.figures.length === 0)).figures).toEqual([]);
    expect(await figureMarks(page)).toEqual([]);
    // Put back, then removed: the mark goes with the paragraph.
    await page.evaluate(() => {
      document.getElementById('late')!.textContent = 'About a fifth of Kazakhstan’s exports go to China.';
    });
    await settledAnnotations(session, page, (a) => a.figures.length === 1);
    await page.evaluate(() => document.getElementById('late')!.remove());
    expect((await settledAnnotations(session, page, (a) => a.figures.length === 0)).figures).toEqual([]);
    expect(await figureMarks(page)).toEqual([]);
  });

  it('opens a card on an agreeing figure that names its source, with the sourced figure, quote and "View source"', async () => {
    await open('/figures/claims.html');
    await hoverText(page, '$84bn');
    const card = await waitForCard(page);
    expect(card.text).toContain('“about $84bn”');
    expect(card.text).toContain('Agrees with China Bystander (2015)');
    expect(card.text).toContain('$84 billion');
    expect(card.text).toContain('View source');
    expect(card.text).not.toMatch(/wrong|false|incorrect/i);
  });

  it('meets a differing figure with what the sources said, and when', async () => {
    await open('/figures/claims.html');
    await hoverText(page, '25%');
    const card = await waitForCard(page);
    expect(card.text).toContain('Sources said one-fifth (20%) in 2015');
    expect(card.text).not.toMatch(/wrong|false|incorrect/i);
  });

  it('shows both sources when they differ, and which one the page agrees with', async () => {
    await open('/figures/claims.html');
    await hoverText(page, '$20 billion');
    const differs = await waitForCard(page);
    expect(differs.text).toContain('Sources said $14 billion in December 2014; $18 billion in December 2014');
    expect(differs.text).toContain('sources differ');
    await page.keyboard.press('Escape');
    await eventually(() => readCard(page), (card) => card === null);
    await open('/seed/' + dataset.documents.find((d) => d.title.includes('Tilts'))!.id);
    await hoverText(page, '$18 billion');
    const agrees = await waitForCard(page);
    expect(agrees.text).toContain('Agrees with China Bystander (2015)');
    expect(agrees.text).toContain('$14 billion');
    expect(agrees.text).toContain('China Power');
  });
});
