/**
 * Hostile and odd pages: whatever a page does to itself, Geolens keeps
 * working, never breaks the page, and never loops on its own work.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/model/dataset';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { DIST, launchExtension, type ExtensionSession } from './harness';
import {
  allHighlightedTexts,
  collectProblems,
  eventually,
  highlightedTexts,
  hoverText,
  pageAnnotations,
  readCard,
  settledAfterChange,
  settledAnnotations,
  useExtension,
  waitForCard,
  writeSettings,
} from './page-helpers';
import { defaultSettings } from '../../src/settings/settings';

/** A seed article, as the fixture server renders it. */
const SEED_DOCUMENT = (JSON.parse(readFileSync(join(DIST, 'dataset.json'), 'utf8')) as Dataset).documents[1]!.id;

describe('hostile and odd pages', () => {
  let session: ExtensionSession;
  let server: FixtureServer;
  let otherOrigin: Server;
  let otherOriginUrl: string;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launchExtension();
    // A second origin on loopback (127.0.0.2), for a cross-origin frame.
    otherOrigin = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><p>A cross-origin frame about Xinjiang.</p>');
    });
    await new Promise<void>((resolve) => otherOrigin.listen(0, '127.0.0.2', resolve));
    otherOriginUrl = `http://127.0.0.2:${(otherOrigin.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
    await new Promise((resolve) => otherOrigin?.close(resolve));
  });
  beforeEach(async () => {
    // These pages test how Geolens survives odd markup, not relevance: every entity found is marked.
    await writeSettings(session, { ...defaultSettings(), highlightScope: 'all' });
    page = await session.context.newPage();
    problems = collectProblems(page);
    return () => page.close();
  });

  it('matches inside a single text node of 2 million characters, in short slices', async () => {
    const filler = 'lorem ipsum dolor sit amet consectetur '.repeat(50);
    const text = Array.from({ length: 1000 }, (_, i) => `${filler}${i % 2 ? 'Kazakhstan' : 'Russia'} `).join('').slice(0, 2_000_000);
    server.setPage('/huge-node.html', `<!doctype html><p id="huge"></p><script>document.getElementById('huge').textContent = ${JSON.stringify(text)};</script>`);
    await page.goto(`${server.origin}/huge-node.html`);
    const annotations = await settledAnnotations(session, page, (a) => a.mentions.length === 2, 30_000);
    const counts = Object.fromEntries(annotations.mentions.map((m) => [m.name, m.count]));
    const expected = (word: string) => text.split(word).length - 1;
    expect(counts).toEqual({ Russia: expected('Russia'), Kazakhstan: expected('Kazakhstan') });
    // The work is cut into slices; how long each takes is the benchmark's to measure (npm run bench),
    // since a test that times slices fails whenever the machine is busy.
    expect(annotations.stats.slices).toBeGreaterThan(1);
    expect(problems).toEqual([]);
  });

  it('survives nesting 4,000 elements deep', async () => {
    const depth = 4000;
    server.setPage('/deep.html', `<!doctype html><body>${'<div>'.repeat(depth)}Deep down: Kazakhstan.${'</div>'.repeat(depth)}</body>`);
    await page.goto(`${server.origin}/deep.html`);
    const annotations = await settledAnnotations(session, page, (a) => a.mentions.length === 1);
    expect(annotations.mentions[0]!.name).toBe('Kazakhstan');
    expect(problems).toEqual([]);
  });

  it('walks 150,000 sibling text nodes in short slices', async () => {
    server.setPage(
      '/siblings.html',
      `<!doctype html><p id="p"></p><script>
        const p = document.getElementById('p');
        for (let i = 0; i < 150000; i++) p.appendChild(document.createTextNode(i % 10000 === 0 ? ' China ' : ' x '));
      </script>`,
    );
    await page.goto(`${server.origin}/siblings.html`);
    const annotations = await settledAnnotations(session, page, (a) => a.mentions.length === 1, 30_000);
    expect(annotations.mentions[0]).toMatchObject({ name: 'China', count: 15 });
    // Cut into slices (their length is the benchmark's to measure).
    expect(annotations.stats.slices).toBeGreaterThan(1);
  });

  it('handles RTL, CJK, combining marks, emoji, case-changing capitals and lone surrogates', async () => {
    await page.goto(`${server.origin}/hostile/odd-text.html`);
    const { mentions } = await settledAnnotations(session, page, (a) => a.mentions.length >= 5);
    const names = mentions.map((m) => m.name);
    for (const name of ['Kazakhstan', 'Russia', 'China', 'Moscow', 'Astana']) expect(names).toContain(name);
    // Offsets stay true: every highlight covers exactly a name, however odd its neighbours.
    const texts = await allHighlightedTexts(page);
    for (const text of texts) expect(['Kazakhstan', 'KAZAKHSTAN', 'Russia', 'China', 'Moscow', 'Astana']).toContain(text);
    expect(problems).toEqual([]);
  });

  it('annotates same-origin and cross-origin frames without errors', async () => {
    server.setPage(
      '/frames.html',
      `<!doctype html><p>Top: Russia.</p><iframe src="/frame-child.html"></iframe><iframe src="${otherOriginUrl}"></iframe>`,
    );
    await page.goto(`${server.origin}/frames.html`);
    await settledAnnotations(session, page, (a) => a.mentions.length === 1);
    const same = page.frames().find((f) => f.url().endsWith('/frame-child.html'))!;
    const cross = page.frames().find((f) => f.url().startsWith(otherOriginUrl));
    expect(cross, 'the cross-origin frame').toBeDefined();
    await eventually(() => highlightedTexts(page, same), (h) => Object.values(h).flat().includes('Horgos'));
    await eventually(() => highlightedTexts(page, cross!), (h) => Object.values(h).flat().includes('Xinjiang'));
    expect(problems).toEqual([]);
  });

  it('annotates a body that replaced the original one', async () => {
    await page.goto(`${server.origin}/hostile/replace-body.html`);
    await settledAnnotations(session, page, (a) => a.mentions.length === 1);
    await page.evaluate(() => (window as unknown as { replaceBody(): void }).replaceBody());
    const after = await settledAnnotations(session, page, (a) => a.mentions.some((m) => m.name === 'Kazakhstan'));
    expect(after.mentions.map((m) => m.name)).toEqual(['Kazakhstan']);
    expect(problems).toEqual([]);
  });

  it('annotates a document rewritten with document.open() and document.write()', async () => {
    await page.goto(`${server.origin}/hostile/document-write.html`);
    await settledAnnotations(session, page, (a) => a.mentions.length === 1);
    await page.evaluate(() => (window as unknown as { rewrite(): void }).rewrite());
    const after = await settledAnnotations(session, page, (a) => a.mentions.some((m) => m.name === 'Kazakhstan'));
    expect(after.mentions.map((m) => m.name)).toEqual(['Kazakhstan']);
    expect(problems).toEqual([]);
  });

  it('brings the card back after the page removes its host element', async () => {
    await page.goto(`${server.origin}/hostile/card-host-removal.html`);
    await settledAnnotations(session, page, (a) => a.mentions.length === 3);
    await hoverText(page, 'Kazakhstan');
    await waitForCard(page);
    await page.evaluate(() => (window as unknown as { tidy(): void }).tidy());
    expect(await readCard(page)).toBeNull();
    await page.mouse.move(5, 5);
    await page.waitForTimeout(400);
    await hoverText(page, 'China');
    const card = await waitForCard(page);
    expect(card.text).toContain('China');
    expect(problems).toEqual([]);
  });

  it('draws the card above overlays the page adds later, whatever its popover and backdrop rules', async () => {
    await page.goto(`${server.origin}/hostile/overlays.html`);
    await settledAnnotations(session, page, (a) => a.mentions.length === 2);
    await hoverText(page, 'Kazakhstan');
    const card = await waitForCard(page);
    await page.evaluate(() => (window as unknown as { addOverlay(): void }).addOverlay());
    // The card is in the top layer: above an overlay added after its host, at the highest z-index.
    const close = await card.buttonCenter('×');
    expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, close)).toBe('geolens-card');
    expect((await readCard(page))?.text).toContain('Kazakhstan');
    // Away from the card, the page's overlay is what is hit: no backdrop of the card's is in the way.
    expect(await page.evaluate(() => document.elementFromPoint(5, innerHeight - 5)?.id)).toBe('overlay');
    expect(problems).toEqual([]);
  });

  it('is unaffected by a page that overwrites DOM prototypes and globals', async () => {
    await page.goto(`${server.origin}/hostile/prototypes.html`);
    const { mentions } = await settledAnnotations(session, page, (a) => a.mentions.length === 2);
    expect(mentions.map((m) => m.name).sort()).toEqual(['China', 'Kazakhstan']);
    await hoverText(page, 'Kazakhstan');
    expect((await waitForCard(page)).text).toContain('Kazakhstan');
    expect(problems).toEqual([]);
  });

  it('works under a strict CSP (default-src none), card included', async () => {
    await page.goto(`${server.origin}/hostile/strict-csp.html`);
    await settledAnnotations(session, page, (a) => a.mentions.length === 1);
    await hoverText(page, 'Kazakhstan');
    const card = await waitForCard(page);
    expect(card.text).toContain('About Geolens’s sources');
    expect(problems.filter((p) => !p.includes('Content Security Policy'))).toEqual([]);
    expect(problems.filter((p) => p.includes('chrome-extension'))).toEqual([]);
  });

  it('keeps up with 1,000 text changes a second for 10 s without looping on its own work', { timeout: 60_000 }, async () => {
    await page.goto(`${server.origin}/hostile/mutation-storm.html`);
    await settledAnnotations(session, page, (a) => a.mentions.length === 1);
    const result = await page.evaluate(() => (window as unknown as { storm(ms: number): Promise<{ changes: number }> }).storm(10_000));
    expect(result.changes).toBeGreaterThan(5_000);
    const settled = await settledAnnotations(session, page);
    // Once the page is quiet, so is Geolens: settled means nothing is queued, and had its own work
    // changed the page, its observer would have queued more before the next message is answered.
    const again = await pageAnnotations(session, page);
    expect(again.complete).toBe(true);
    expect(again.stats.slices).toBe(settled.stats.slices);
    // The ticker's last text is what counts: "Update 123: Moscow", or a name Geolens does not know.
    const last = (await page.textContent('#ticker'))!.split(': ')[1]!;
    const known = ['China', 'Russia', 'Moscow', 'Astana'];
    expect([...known, 'nothing known']).toContain(last);
    expect(settled.mentions.map((m) => m.name).sort()).toEqual(['Kazakhstan', ...(known.includes(last) ? [last] : [])].sort());
  });

  it('never highlights inside a plain or rich-text editor, and typing still works', async () => {
    await page.goto(`${server.origin}/hostile/editors.html`);
    await page.waitForFunction(() => (window as unknown as { quill?: unknown }).quill);
    const settled = await settledAnnotations(session, page, (a) => a.mentions.length === 1);
    const where = async () =>
      page.evaluate(() =>
        [...(CSS.highlights as unknown as Map<string, Set<AbstractRange>>)]
          .filter(([name]) => name.startsWith('geolens-'))
          .flatMap(([, h]) => [...h].map((r) => (r.startContainer.parentElement as HTMLElement).closest('[id]')?.id)),
      );
    expect(await where()).toEqual(['prose']);
    await page.click('#plain');
    await page.keyboard.press('End');
    await page.keyboard.type(' Russia too.');
    await page.click('#rich .ql-editor');
    await page.keyboard.press('End');
    await page.keyboard.type(' Moscow as well.');
    expect(await page.textContent('#plain')).toContain('Russia too.');
    expect(await page.evaluate(() => (window as unknown as { quill: { getText(): string } }).quill.getText())).toContain('Moscow as well.');
    await settledAfterChange(session, page, settled);
    expect(await where()).toEqual(['prose']);
    expect(problems).toEqual([]);
  });
});

describe('an extension reloaded under an open page', () => {
  const env = useExtension();

  it('takes its highlights down once it finds itself orphaned, and leaves the page as it was', async () => {
    const { session, server } = env;
    const page = await session.context.newPage();
    const problems = collectProblems(page);
    await page.goto(`${server.origin}/seed/${SEED_DOCUMENT}`);
    await settledAnnotations(session, page, (a) => a.mentions.length > 0);
    const geolensRanges = () =>
      page.evaluate(() =>
        [...(CSS.highlights as unknown as Map<string, Set<AbstractRange>>)].filter(([name]) => name.startsWith('geolens-')).reduce((n, [, h]) => n + h.size, 0),
      );
    expect(await geolensRanges()).toBeGreaterThan(0);
    const dom = await page.evaluate(() => document.documentElement.outerHTML);
    // An update or a reload of the extension: the old content script lives on, and nothing answers it.
    await session.serviceWorker!.evaluate(() => (globalThis as unknown as { chrome: typeof chrome }).chrome.runtime.reload()).catch(() => {});
    await page.waitForTimeout(500);
    // Resting on a highlight asks for its card: that question is what finds out.
    await hoverText(page, 'Kazakhstan');
    await expect.poll(geolensRanges).toBe(0);
    // Taken down: the hover that found out cannot open a card any more.
    expect(await readCard(page)).toBeNull();
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(dom);
    expect(problems).toEqual([]);
  });
});
