import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/model/dataset';
import type { FixtureServer } from './fixture-server';
import { DIST, type ExtensionSession } from './harness';
import {
  allHighlightedTexts,
  collectProblems,
  eventually,
  hoverText,
  pageAnnotations,
  pastCloseGrace,
  readCard,
  settledAfterChange,
  settledAnnotations,
  settledBadge,
  useExtension,
  waitForCard,
} from './page-helpers';

const dataset = JSON.parse(readFileSync(join(DIST, 'dataset.json'), 'utf8')) as Dataset;
const idOf = (name: string) => {
  const entity = dataset.entities.find((e) => e.name === name);
  if (!entity) throw new Error(`No entity named ${name} in the dataset`);
  return entity.id;
};

describe('page annotations', () => {
  const env = useExtension();
  let session: ExtensionSession;
  let server: FixtureServer;
  let page: Page;
  let problems: string[];

  beforeEach(async () => {
    ({ session, server } = env);
    page = await session.context.newPage();
    problems = collectProblems(page);
    return () => page.close();
  });

  it.each(dataset.documents.map((d) => [d.id, d.title]))('annotates the entities of seed article %s (%s)', async (id) => {
    await page.goto(`${server.origin}/seed/${id}`);
    const { mentions } = await settledAnnotations(session, page, (a) => a.mentions.length > 0);
    const found = new Set(mentions.map((m) => m.entityId));
    const expected: Record<string, string[]> = {
      '000_c38c9ff3b957afb9.txt': ['Xi Jinping', 'Silk Road Economic Belt', 'The Astana Times', 'Xinjiang', 'Horgos', 'Almaty Oblast'],
      '003_f91fa2385afbab65.txt': ['Astana', 'Lianyungang', 'Almaty', 'Asian Infrastructure Investment Bank'],
    };
    for (const name of ['China', 'Kazakhstan', 'Russia', 'Karim Masimov', 'Li Keqiang', ...expected[id]!]) {
      expect(found, `${name} on ${id}`).toContain(idOf(name));
    }
    // Counts are real counts; "first mention" highlights exactly one of each entity that relates to
    // its own source article, and none of the others (docs/relevance.md).
    const kazakhstan = mentions.find((m) => m.entityId === idOf('Kazakhstan'))!;
    expect(kazakhstan.count).toBeGreaterThan(3);
    for (const name of ['China', 'Kazakhstan', 'Russia']) expect(mentions.find((m) => m.entityId === idOf(name))?.relevant, name).toBe(true);
    const related = mentions.filter((m) => m.relevant && m.inMain);
    expect(related.length).toBeGreaterThan(mentions.length / 2);
    expect(related.every((m) => m.highlighted === 1 && m.count >= 1)).toBe(true);
    expect(mentions.filter((m) => !m.relevant).every((m) => m.highlighted === 0)).toBe(true);
    const highlighted = await allHighlightedTexts(page);
    expect(highlighted.length).toBe(related.length);
    expect(problems).toEqual([]);
  });

  it('finds entities in the order of their first mention', async () => {
    await page.goto(`${server.origin}/seed/${dataset.documents[0]!.id}`);
    const { mentions } = await settledAnnotations(session, page, (a) => a.mentions.length > 0);
    // With "first mention" there is one range per entity; in document order they must read as the message's list.
    const inOrder = await page.evaluate(() => {
      const ranges = [...(CSS.highlights as unknown as Map<string, Set<AbstractRange>>)]
        .filter(([name]) => name.startsWith('geolens-') && name !== 'geolens-focus' && name !== 'geolens-figure')
        .flatMap(([, h]) => [...h]);
      ranges.sort((a, b) =>
        a.startContainer === b.startContainer
          ? a.startOffset - b.startOffset
          : a.startContainer.compareDocumentPosition(b.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
      );
      return ranges.map((r) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset));
    });
    expect(inOrder).toEqual(mentions.filter((m) => m.highlighted > 0).map((m) => m.text));
  });

  it('hovering "Kazakhstan" opens a card whose background holds the export-share fact, its quote and its source', async () => {
    await page.goto(`${server.origin}/seed/${dataset.documents[1]!.id}`);
    await settledAnnotations(session, page, (a) => a.mentions.length > 0);
    await hoverText(page, 'Kazakhstan');
    const exportFact = dataset.facts.find((f) => f.source.quote.includes('One-fifth') && f.entities.includes(idOf('Russia')))!;
    // Even on its own article the trade facts are background: the relation rule reads the paragraphs of
    // Kazakhstan's first four mentions for topic words (docs/relevance.md), and none of them is about trade.
    // The background is drawn once opened, as a reader opens it.
    const closed = await waitForCard(page);
    expect(closed.text).not.toContain(exportFact.text);
    const toggle = await closed.buttonCenter('Background');
    await page.mouse.move(toggle.x, toggle.y, { steps: 8 });
    await page.mouse.click(toggle.x, toggle.y);
    const card = (await eventually(
      () => readCard(page),
      (c) => !!c?.text.includes(exportFact.text),
    ))!;
    expect(card.shadowMode).toBe('closed');
    expect(card.text).toContain('Kazakhstan');
    expect(card.text).toContain(exportFact.text);
    // The source's "twice", not "twice (2×)", which says it twice.
    expect(card.text).toContain('twice');
    expect(card.text).not.toContain('2×');
    expect(card.text).toContain('$84 billion');
    expect(card.text).toContain(exportFact.source.quote.replace(/\s+/g, ' '));
    const source = dataset.documents.find((d) => d.id === exportFact.source.document)!;
    expect(card.text).toContain(source.publication);
    expect(problems).toEqual([]);
  });

  it('opens a card after the browser has stopped the worker, which wakes up to answer for it', async () => {
    await page.goto(`${server.origin}/seed/${dataset.documents[1]!.id}`);
    await settledAnnotations(session, page, (a) => a.mentions.length > 0);
    // The page's last badge report has landed: nothing but the card's question will start the worker again.
    await settledBadge(session, page);
    // Chromium stops an idle extension worker; an extension page's DevTools session can do the same on demand.
    const extensionPage = await session.openPopup();
    const cdp = await session.context.newCDPSession(extensionPage);
    const statuses: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: { runningStatus: string }[] }) => {
      for (const version of event.versions) statuses.push(version.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    // A late badge report may start it again at once: look for the stop in the history.
    await expect.poll(() => statuses.includes('stopped')).toBe(true);
    statuses.length = 0;
    await hoverText(page, 'Kazakhstan');
    const card = await waitForCard(page);
    expect(card.text).toContain(dataset.entities.find((e) => e.id === idOf('Kazakhstan'))!.description);
    // Facts, from the worker too: the December 2014 deals relate to this page.
    expect(card.text).toContain('$18 billion');
    // The card's question is what woke it.
    expect(statuses).toContain('running');
    await extensionPage.close();
    expect(problems).toEqual([]);
  });

  it('keeps the card open while the pointer moves into it, and closes it on Escape', async () => {
    await page.goto(`${server.origin}/seed/${dataset.documents[1]!.id}`);
    await settledAnnotations(session, page, (a) => a.mentions.length > 0);
    await hoverText(page, 'Kazakhstan');
    const card = await waitForCard(page);
    const close = await card.buttonCenter('View source');
    await page.mouse.move(close.x, close.y, { steps: 8 });
    await pastCloseGrace(page);
    expect(await readCard(page)).not.toBeNull();
    await page.keyboard.press('Escape');
    expect(await readCard(page)).toBeNull();
  });

  it('never highlights text in editable fields, code, scripts, styles or hidden content', async () => {
    await page.goto(`${server.origin}/editable.html`);
    const settled = await settledAnnotations(session, page, (a) => a.mentions.length > 0);
    const texts = await page.evaluate(() =>
      [...(CSS.highlights as unknown as Map<string, Set<AbstractRange>>)]
        .filter(([name]) => name.startsWith('geolens-'))
        .flatMap(([, h]) => [...h].map((r) => (r.startContainer.parentElement as HTMLElement).closest('[id]')?.id ?? r.startContainer.parentElement!.tagName)),
    );
    expect(texts.length).toBeGreaterThan(0);
    for (const where of texts) expect(['prose', 'H1']).toContain(where);
    // Typing into the editor still works and stays unhighlighted, even a name the page has nowhere else.
    await page.click('#editor');
    await page.keyboard.type(' Russia and Kazakhstan again');
    expect(await page.textContent('#editor')).toContain('Russia and Kazakhstan again');
    await settledAfterChange(session, page, settled);
    const after = await allHighlightedTexts(page);
    expect(after.length).toBe(texts.length);
  });

  it('leaves the DOM serialization byte-for-byte identical', async () => {
    await page.goto(`${server.origin}/seed/${dataset.documents[0]!.id}`);
    // Compare with the page as served, before the content script ran (document_idle comes after DOMContentLoaded).
    const served = await page.evaluate(() => document.documentElement.outerHTML);
    await settledAnnotations(session, page, (a) => a.mentions.length > 0);
    const after = await page.evaluate(() => document.documentElement.outerHTML);
    expect(after).toBe(served);
    expect((await allHighlightedTexts(page)).length).toBeGreaterThan(5);
  });

  it('annotates content added after load and text edited in place', async () => {
    await page.goto(`${server.origin}/dynamic.html`);
    await settledAnnotations(session, page);
    expect((await pageAnnotations(session, page)).mentions).toEqual([]);
    await page.evaluate(() => (window as unknown as { addStory(t: string): void }).addStory('Breaking: Kazakhstan signs a deal.'));
    const added = await settledAnnotations(session, page, (a) => a.mentions.length === 1);
    expect(added.mentions[0]!.entityId).toBe(idOf('Kazakhstan'));
    await page.evaluate(() => (window as unknown as { editFirstParagraph(t: string): void }).editFirstParagraph('Russia replied.'));
    const edited = await settledAnnotations(session, page, (a) => a.mentions.length === 2);
    // In the order Geolens read them (the walk's order, not a DOM comparison per pair): the edit came last.
    expect(edited.mentions.map((m) => m.entityId)).toEqual([idOf('Kazakhstan'), idOf('Russia')]);
    expect(problems).toEqual([]);
  });

  it('annotates a client-rendered app and its route changes without breaking it', async () => {
    await page.goto(`${server.origin}/spa.html`);
    await page.waitForFunction(() => (window as unknown as { appReady?: boolean }).appReady === true);
    const home = await settledAnnotations(session, page, (a) => a.mentions.some((m) => m.entityId === idOf('Kazakhstan')));
    expect(home.mentions.map((m) => m.entityId)).toContain(idOf('Silk Road Economic Belt'));
    await page.click('text=Energy');
    const energy = await settledAnnotations(session, page, (a) => a.mentions.some((m) => m.entityId === idOf('Russia')));
    expect(energy.mentions.map((m) => m.entityId)).not.toContain(idOf('Silk Road Economic Belt'));
    // The app keeps re-rendering happily.
    const before = await page.textContent('#ticks');
    await page.waitForFunction((before) => document.querySelector('#ticks')!.textContent !== before, before);
    expect(await page.evaluate(() => (window as unknown as { appErrors: string[] }).appErrors)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('moves through the annotations with the keyboard command and returns on Escape', async () => {
    await page.goto(`${server.origin}/seed/${dataset.documents[0]!.id}`);
    const { mentions } = await settledAnnotations(session, page, (a) => a.mentions.length > 2);
    const cycle = (direction: 1 | -1) =>
      session.serviceWorker!.evaluate(async (direction) => {
        const api = (globalThis as unknown as { chrome: typeof chrome }).chrome;
        const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
        await api.tabs.sendMessage(tab!.id!, { type: 'cycle-annotations', direction }, { frameId: 0 });
      }, direction);
    await page.bringToFront();
    await cycle(1);
    const first = await waitForCard(page);
    expect(first.text).toContain(dataset.entities.find((e) => e.id === mentions[0]!.entityId)!.name);
    await cycle(1);
    const secondName = dataset.entities.find((e) => e.id === mentions[1]!.entityId)!.name;
    // The first card stays up until the second one's data is in.
    await expect.poll(async () => (await readCard(page))?.text).toContain(secondName);
    const focused = await page.evaluate(() => CSS.highlights.get('geolens-focus')?.size ?? 0);
    expect(focused).toBe(1);
    await page.keyboard.press('Escape');
    expect(await readCard(page)).toBeNull();
    expect(await page.evaluate(() => CSS.highlights.get('geolens-focus')?.size ?? 0)).toBe(0);
  });
});
