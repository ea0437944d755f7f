/**
 * What a page's own scripts can learn about Geolens, checked from the page's
 * main world (where page scripts run), as the README's Privacy section states
 * it. A page can read the CSS highlight registry: which highlight names are
 * registered and which words of its text they cover. It sees no other change
 * to its DOM until a card opens, then one host element whose closed shadow
 * root keeps the card's content out of its reach.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';
import { highlightedTexts, hoverText, settledAnnotations, useExtension, waitForCard } from './page-helpers';

const SEED = '/seed/003_f91fa2385afbab65.txt';

/** Installed before any script of the page (and before Geolens's content script): every DOM change, as a page could record it. */
function recordMutations() {
  const seen: string[] = [];
  (window as unknown as { __mutations: string[] }).__mutations = seen;
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'childList') {
        for (const node of record.addedNodes) seen.push(`added ${node.nodeName} to ${record.target.nodeName}`);
        for (const node of record.removedNodes) seen.push(`removed ${node.nodeName} from ${record.target.nodeName}`);
      } else {
        seen.push(`${record.type} ${record.attributeName ?? ''} on ${record.target.nodeName}`);
      }
    }
  }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
}

describe('what a page can see of Geolens', () => {
  const env = useExtension();
  // The same pages in a browser without Geolens, for what a page records of its own parsing.
  let bare: ExtensionSession;
  beforeAll(async () => {
    bare = await launchExtension({ extension: false });
    for (const s of [env.session, bare]) await s.context.addInitScript(recordMutations);
  });
  afterAll(() => bare?.close());

  it('can read the highlight names and the words they cover, and sees no other change until a card opens', async () => {
    const { session, server } = env;
    const page = await session.context.newPage();
    await page.goto(server.origin + SEED);
    await settledAnnotations(session, page, (a) => a.mentions.length > 0);

    const seen = await page.evaluate(() => {
      const registry = CSS.highlights as unknown as Map<string, Set<AbstractRange>>;
      return {
        names: [...registry.keys()].sort(),
        hasCountry: CSS.highlights.has('geolens-country'),
        // A page script turns each range back into the words it covers.
        words: [...registry.values()].flatMap((highlight) =>
          [...highlight].map((range) => (range.startContainer as Text).data.slice(range.startOffset, range.endOffset)),
        ),
        mutations: (window as unknown as { __mutations: string[] }).__mutations,
      };
    });
    expect(seen.hasCountry).toBe(true);
    expect(seen.names.length).toBeGreaterThan(0);
    for (const name of seen.names) expect(name).toMatch(/^geolens-/);
    expect(seen.words).toContain('Kazakhstan');
    expect(seen.words).toContain('China');
    // Every registered range, the figure check's marks included.
    expect(seen.words.sort()).toEqual(Object.values(await highlightedTexts(page)).flat().sort());

    // The same page in a browser without Geolens: the parser's insertions only, and the same here.
    const plain = await bare.context.newPage();
    await plain.goto(server.origin + SEED);
    const parsed = await plain.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations);
    expect(parsed.length).toBeGreaterThan(0);
    expect(seen.mutations).toEqual(parsed);
    await plain.close();
    await page.close();
  });

  it('sees one host element once a card opens, and none of the card through its closed shadow root', async () => {
    const { session, server } = env;
    const page = await session.context.newPage();
    await page.goto(server.origin + SEED);
    await settledAnnotations(session, page, (a) => a.mentions.length > 0);
    const before = await page.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations.length);
    await hoverText(page, 'Kazakhstan');
    const card = await waitForCard(page);

    const seen = await page.evaluate((start) => {
      const host = document.querySelector('geolens-card');
      return {
        changes: (window as unknown as { __mutations: string[] }).__mutations.slice(start),
        shadowRoot: host?.shadowRoot === null,
        children: host?.childNodes.length,
        hostText: host?.textContent,
        pageText: document.documentElement.innerText,
        pageMarkup: document.documentElement.outerHTML,
      };
    }, before);
    expect(seen.changes).toEqual(['added GEOLENS-CARD to HTML']);
    expect(seen.shadowRoot).toBe(true);
    expect(seen.children).toBe(0);
    expect(seen.hostText).toBe('');
    // The card (read here through DevTools) shows our description and facts; the page can read neither.
    const description = card.text.match(/Country or region Kazakhstan × (.+?\.)/)?.[1];
    expect(description, card.text).toBeTruthy();
    expect(seen.pageText).not.toContain(description);
    expect(seen.pageMarkup).not.toContain(description);
    await page.close();
  });
});
