import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { CLOSE_GRACE_MS } from '../../src/content/hover-controller';
import type { PageAnnotations } from '../../src/messages/messages';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { launchExtension, type ExtensionSession, type LaunchOptions } from './harness';

/** Asks the page's top frame what it annotated, the way the popup does (through the worker). */
export async function pageAnnotations(session: ExtensionSession, page: Page): Promise<PageAnnotations> {
  await page.bringToFront();
  const worker = session.serviceWorker!;
  return (await worker.evaluate(async (url: string) => {
    const api = (globalThis as unknown as { chrome: typeof chrome }).chrome;
    const tabs = await api.tabs.query({});
    const tab = tabs.find((t) => t.url === url) ?? (await api.tabs.query({ active: true, lastFocusedWindow: true }))[0];
    return api.tabs.sendMessage(tab!.id!, { type: 'page-annotations' }, { frameId: 0 });
  }, page.url())) as PageAnnotations;
}

/** Waits until the first walk is done and `ready` holds, then returns the annotations. */
export async function settledAnnotations(
  session: ExtensionSession,
  page: Page,
  ready: (annotations: PageAnnotations) => boolean = () => true,
  timeoutMs = 10_000,
): Promise<PageAnnotations> {
  const deadline = Date.now() + timeoutMs;
  let last: PageAnnotations | undefined;
  while (Date.now() < deadline) {
    try {
      last = await pageAnnotations(session, page);
      if (last.complete && ready(last)) return last;
    } catch {
      // The content script may not be listening yet.
    }
    await page.waitForTimeout(100);
  }
  throw new Error(`Annotations did not settle: ${JSON.stringify(last)}`);
}

/** The text of every range Geolens has registered in the page's highlight registry, per highlight name. */
export async function highlightedTexts(page: Page, frame = page.mainFrame()): Promise<Record<string, string[]>> {
  void page;
  return frame.evaluate(() => {
    const result: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights as unknown as Map<string, Set<AbstractRange>>) {
      if (!name.startsWith('geolens-')) continue;
      result[name] = [...highlight].map((range) => {
        const node = range.startContainer as Text;
        return node.data.slice(range.startOffset, range.endOffset);
      });
    }
    return result;
  });
}

/** The text of every entity highlight (the figure check's marks have tests of their own: tests/e2e/figure-check.test.ts). */
export async function allHighlightedTexts(page: Page): Promise<string[]> {
  return Object.entries(await highlightedTexts(page))
    .filter(([name]) => name !== 'geolens-figure')
    .flatMap(([, texts]) => texts);
}

/** The viewport centre of the n-th occurrence of `text` in the page's text nodes. */
export async function pointAtText(page: Page, text: string, occurrence = 0): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ({ text, occurrence }) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        let index = node.data.indexOf(text);
        while (index !== -1) {
          if (seen++ === occurrence) {
            const range = document.createRange();
            range.setStart(node, index);
            range.setEnd(node, index + text.length);
            (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
            const rect = range.getClientRects()[0]!;
            return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
          }
          index = node.data.indexOf(text, index + 1);
        }
      }
      return null;
    },
    { text, occurrence },
  );
  expect(point, `"${text}" (#${occurrence}) is on the page`).not.toBeNull();
  return point!;
}

/** Moves the pointer onto a word as a reader would, in a few steps. */
export async function hoverText(page: Page, text: string, occurrence = 0): Promise<void> {
  const { x, y } = await pointAtText(page, text, occurrence);
  await page.mouse.move(x - 40, y + 30);
  await page.mouse.move(x, y, { steps: 4 });
}

interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

export interface CardSnapshot {
  /** All text in the card, whitespace folded. */
  text: string;
  /** Whether the card's shadow root is closed (it must be). */
  shadowMode: string | undefined;
  /** Viewport centre of the first button whose text includes `label`. */
  buttonCenter(label: string): Promise<{ x: number; y: number }>;
}

function textOf(node: CdpNode): string {
  if (node.nodeType === 3) return node.nodeValue;
  if (node.nodeName === 'STYLE') return '';
  return [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(textOf).join(' ');
}

function find(node: CdpNode, test: (n: CdpNode) => boolean): CdpNode | undefined {
  if (test(node)) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const hit = find(child, test);
    if (hit) return hit;
  }
  return undefined;
}

const attr = (node: CdpNode, name: string) => {
  const list = node.attributes ?? [];
  const index = list.indexOf(name);
  return index >= 0 && index % 2 === 0 ? list[index + 1] : undefined;
};

/**
 * The open card, read through the DevTools protocol: its shadow root is
 * closed, so neither page scripts nor Playwright locators can reach it.
 * Returns null while no card is open.
 */
export async function readCard(page: Page): Promise<CardSnapshot | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = find(root, (n) => n.nodeName === 'GEOLENS-CARD');
    const shadow = host?.shadowRoots?.[0];
    const card = shadow && find(shadow, (n) => n.nodeName === 'DIV' && attr(n, 'role') === 'dialog');
    if (!host || !card || attr(card, 'hidden') !== undefined) return null;
    const shadowMode = (shadow as CdpNode & { shadowRootType?: string }).shadowRootType;
    return {
      text: textOf(card).replace(/\s+/g, ' ').trim(),
      shadowMode,
      buttonCenter: async (label) => {
        const button = find(card, (n) => n.nodeName === 'BUTTON' && textOf(n).includes(label));
        if (!button) throw new Error(`No "${label}" button in the card`);
        const session = await page.context().newCDPSession(page);
        // The card scrolls: a button below its fold is scrolled to first, as a reader would.
        await session.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: button.backendNodeId });
        const { model } = (await session.send('DOM.getBoxModel', { backendNodeId: button.backendNodeId })) as {
          model: { content: number[] };
        };
        await session.detach();
        const [x1, y1, x2, , , y3] = model.content as [number, number, number, number, number, number];
        return { x: (x1 + x2) / 2, y: (y1 + y3) / 2 };
      },
    };
  } finally {
    await cdp.detach();
  }
}

/** Waits for the card to open and returns it. */
export async function waitForCard(page: Page, timeoutMs = 5_000): Promise<CardSnapshot> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const card = await readCard(page);
    if (card) return card;
    if (Date.now() > deadline) throw new Error('The card did not open');
    await page.waitForTimeout(50);
  }
}

/**
 * Returns once a card can no longer be closing because of the pointer's last move: the content
 * script looks at a move in the next animation frame (two frames on, it has), and a close it
 * started then is a timer of CLOSE_GRACE_MS, set before the page's own timer of the same length
 * here, so it has fired first. Not a guess at how long Geolens takes: an order of events.
 */
export async function pastCloseGrace(page: Page): Promise<void> {
  await page.evaluate(
    (grace) => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, grace)))),
    CLOSE_GRACE_MS,
  );
}

/**
 * Waits until the content script has read a change made to the page since `before` was taken
 * (at least one more slice of work) and has settled again: what it highlights then is its answer
 * to the change, not a reading from before it.
 */
export async function settledAfterChange(session: ExtensionSession, page: Page, before: PageAnnotations): Promise<PageAnnotations> {
  return settledAnnotations(session, page, (a) => a.stats.slices > before.stats.slices);
}

/** Writes settings the way the options page does: straight into storage.sync. */
export async function writeSettings(session: ExtensionSession, settings: unknown): Promise<void> {
  await session.serviceWorker!.evaluate(async (value) => {
    const api = (globalThis as unknown as { chrome: typeof chrome }).chrome;
    await api.storage.sync.set({ settings: value });
  }, settings);
}

export async function clearSettings(session: ExtensionSession): Promise<void> {
  await session.serviceWorker!.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: typeof chrome }).chrome;
    await api.storage.sync.clear();
  });
}

/** Polls until `read` gives a value that passes `accept` (for effects that arrive through storage events). */
export async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 3_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value)) {
    if (Date.now() > deadline) throw new Error(`Timed out; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}

/**
 * One Chromium with Geolens and one fixture server for a describe block,
 * started before its tests and closed after them. Read `session` and `server`
 * inside tests and hooks (they are set once `beforeAll` has run).
 */
export function useExtension(options?: LaunchOptions): { readonly session: ExtensionSession; readonly server: FixtureServer } {
  const env = {} as { session: ExtensionSession; server: FixtureServer };
  beforeAll(async () => {
    env.server = await startFixtureServer();
    env.session = await launchExtension(options);
  });
  afterAll(async () => {
    await env.session?.close();
    await env.server?.close();
  });
  return env;
}

/** Page errors and console errors of a page, as they happen: a test expects none. */
export function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  return problems;
}

/**
 * Waits until the toolbar badge of `page`'s tab shows how many entities it highlights: the content
 * script's last report has reached the worker, so no late report is still on its way.
 */
export async function settledBadge(session: ExtensionSession, page: Page): Promise<string> {
  const highlighted = (await settledAnnotations(session, page)).mentions.filter((m) => m.highlighted > 0).length;
  const worker = session.serviceWorker!;
  await page.bringToFront();
  const tabId = await worker.evaluate(async () => {
    const [tab] = await (globalThis as unknown as { chrome: typeof chrome }).chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab!.id!;
  });
  return eventually(
    () => worker.evaluate((id) => (globalThis as unknown as { chrome: typeof chrome }).chrome.action.getBadgeText({ tabId: id }), tabId),
    (text) => text === (highlighted > 0 ? String(highlighted) : ''),
  );
}
