import { describe, expect, it, onTestFinished } from 'vitest';
import { serialized, setPage, watchCard } from '../../../tests/support/content-page';
import { CardHost } from './card-host';
import type { EntityCardProps } from './EntityCard';

const PROPS: Omit<EntityCardProps, 'onClose'> = {
  entity: { id: 'kazakhstan', name: 'Kazakhstan', category: 'country', description: 'A Central Asian country.' },
  related: [],
  background: [],
  documents: new Map(),
  scope: { facts: 0, documents: [], subjects: [], years: null },
  onOpenSource: () => {},
};

/** A word-sized anchor at a viewport position, as a mention's range would be. */
function anchorAt(left: number, top: number, contextElement?: Element) {
  const rect = DOMRect.fromRect({ x: left, y: top, width: 80, height: 20 });
  return { getBoundingClientRect: () => rect, getClientRects: () => [rect], contextElement, rect };
}

/**
 * A card host on the test page. Its shadow root is closed to the page; the
 * test catches it as it is attached, the one way to see where the card went.
 */
function cardHost() {
  const card = watchCard();
  const hosts: HTMLElement[] = [];
  const host = new CardHost(document, (element) => hosts.push(element));
  onTestFinished(() => host.destroy());
  /** The card's box once the card host has placed it. */
  const placed = async () => {
    await expect.poll(() => card()?.style.transform ?? '').not.toBe('');
    return card()!.getBoundingClientRect();
  };
  return { host, hosts, card, placed };
}

describe('CardHost', () => {
  it('adds one host element with a closed shadow root the first time a card opens, and reuses it', () => {
    setPage('<p>Kazakhstan</p>');
    const before = serialized();
    const { host, hosts, card } = cardHost();
    expect(document.querySelector('geolens-card')).toBeNull();
    host.show(anchorAt(100, 100), PROPS, { focus: false });
    expect(hosts).toHaveLength(1);
    expect(document.querySelectorAll('geolens-card')).toHaveLength(1);
    expect(hosts[0]!.parentElement).toBe(document.documentElement);
    expect(hosts[0]!.shadowRoot).toBeNull();
    expect(host.isOpen).toBe(true);
    expect(host.contains(hosts[0]!)).toBe(true);
    expect(host.contains(document.body)).toBe(false);
    expect(card()!.textContent).toContain('A Central Asian country.');
    expect(card()!.getAttribute('aria-label')).toContain('Kazakhstan');
    host.hide();
    expect(host.isOpen).toBe(false);
    expect(card()!.hidden).toBe(true);
    expect(card()!.textContent).toBe('');
    host.show(anchorAt(100, 100), { ...PROPS, entity: { ...PROPS.entity, name: 'China', description: 'An East Asian country.' } }, { focus: false });
    expect(hosts).toHaveLength(1);
    expect(card()!.textContent).toContain('An East Asian country.');
    host.destroy();
    expect(document.querySelector('geolens-card')).toBeNull();
    expect(serialized()).toBe(before);
  });

  it('places the card just below the word, aligned with its start', async () => {
    setPage('');
    const { host, placed } = cardHost();
    const anchor = anchorAt(100, 100);
    host.show(anchor, PROPS, { focus: false });
    const box = await placed();
    expect(Math.round(box.left)).toBe(100);
    expect(Math.round(box.top)).toBe(Math.round(anchor.rect.bottom) + 6);
  });

  it('opens above a word near the bottom of the window, and keeps clear of the right edge', async () => {
    setPage('');
    const { host, placed } = cardHost();
    const anchor = anchorAt(innerWidth - 90, innerHeight - 40);
    host.show(anchor, PROPS, { focus: false });
    const box = await placed();
    expect(box.bottom).toBeLessThanOrEqual(anchor.rect.top - 6 + 1);
    expect(box.right).toBeLessThanOrEqual(innerWidth - 8 + 1);
    expect(box.top).toBeGreaterThanOrEqual(8 - 1);
  });

  it('is never taller than the room on its side, within its bounds', async () => {
    setPage('');
    const { host, card, placed } = cardHost();
    host.show(anchorAt(100, 100), PROPS, { focus: false });
    await placed();
    const maxHeight = parseFloat(card()!.style.maxHeight);
    expect(maxHeight).toBeGreaterThanOrEqual(160);
    expect(maxHeight).toBeLessThanOrEqual(Math.min(480, innerHeight - 120 - 6 - 8));
  });

  it('takes the page’s theme from the background around the word', () => {
    const body = setPage('<div id="dark" style="background: #111; color: #eee"><p>Kazakhstan</p></div><p id="light">China</p>');
    const { host, card } = cardHost();
    host.show(anchorAt(100, 100, body.querySelector('#dark p')!), PROPS, { focus: false });
    expect(card()!.dataset.theme).toBe('dark');
    host.show(anchorAt(100, 100, body.querySelector('#light')!), PROPS, { focus: false });
    expect(card()!.dataset.theme).not.toBe('dark');
  });

  it('takes focus when opened from the keyboard, once laid out, and gives it back when it closes', async () => {
    const body = setPage('<button id="reader">Where the reader was</button>');
    const reader = body.querySelector<HTMLButtonElement>('#reader')!;
    reader.focus();
    const { host, hosts } = cardHost();
    host.show(anchorAt(100, 100), PROPS, { focus: true });
    await expect.poll(() => document.activeElement).toBe(hosts[0]);
    host.hide();
    expect(document.activeElement).toBe(reader);
  });

  it('holds no <details> and nothing content-hidden, and its disclosures open and close', async () => {
    // A closed <details> hides its content with content-visibility, which on a large page made every
    // frame that touched the card walk the whole document (docs/perf-log.md).
    setPage('');
    const { host, card } = cardHost();
    const fact = {
      id: 'f1',
      text: 'Kazakhstan exports oil.',
      entities: ['kazakhstan'],
      topic: 'trade',
      figures: [],
      period: '2015',
      source: { document: 'a.md', quote: 'oil' },
    };
    host.show(anchorAt(100, 100), { ...PROPS, background: [fact] }, { focus: false });
    const root = card()!;
    expect(root.querySelector('details, summary')).toBeNull();
    // Laid out inside an empty in-flow box with size and layout containment, where the browser's layout of a card change stops.
    const frame = root.parentElement!;
    expect(frame.className).toBe('frame');
    expect(getComputedStyle(frame).contain).toMatch(/size.*layout|layout.*size|strict|content/);
    for (const element of [root, ...root.querySelectorAll('*')]) expect(getComputedStyle(element).contentVisibility).toBe('visible');
    const toggles = [...root.querySelectorAll<HTMLButtonElement>('button[aria-expanded]')];
    expect(toggles.map((b) => b.textContent)).toEqual([expect.stringMatching(/Background/), expect.stringMatching(/sources/)]);
    const [background] = toggles;
    const content = root.querySelector<HTMLElement>(`[id="${background!.getAttribute('aria-controls')}"]`)!;
    expect(background!.getAttribute('aria-expanded')).toBe('false');
    expect(content.checkVisibility()).toBe(false);
    // Drawn once opened: most cards close with their background unread.
    expect(content.childElementCount).toBe(0);
    background!.click();
    await expect.poll(() => background!.getAttribute('aria-expanded')).toBe('true');
    expect(content.checkVisibility()).toBe(true);
    expect(content.textContent).toContain('Kazakhstan exports oil.');
    background!.click();
    await expect.poll(() => content.checkVisibility()).toBe(false);
    expect(content.childElementCount).toBe(0);

    // Another entity's card starts with its disclosures closed, whatever the last card was left with.
    background!.click();
    await expect.poll(() => background!.getAttribute('aria-expanded')).toBe('true');
    host.show(anchorAt(100, 100), { ...PROPS, entity: { ...PROPS.entity, id: 'china', name: 'China' }, background: [fact] }, { focus: false });
    await expect.poll(() => card()!.querySelector('button[aria-expanded]')!.getAttribute('aria-expanded')).toBe('false');
  });

  it('puts its host back when the page has removed it', () => {
    setPage('');
    const { host, hosts, card } = cardHost();
    host.show(anchorAt(100, 100), PROPS, { focus: false });
    hosts[0]!.remove();
    host.hide();
    host.show(anchorAt(100, 100), PROPS, { focus: false });
    expect(hosts).toHaveLength(1);
    expect(hosts[0]!.isConnected).toBe(true);
    expect(card()!.hidden).toBe(false);
  });
});
