import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { pointAt, setPage, settled, startAnnotator } from '../../tests/support/content-page';
import { CLOSE_GRACE_MS, HoverController, type HoverControllerOptions, type HoverItem, type HoverTarget } from './hover-controller';
import type { Mention } from './mention-store';

const DWELL_MS = 250;

afterEach(() => {
  vi.useRealTimers();
});

/**
 * An annotated page and a hover controller over its mentions, as PageController wires them; the
 * clock is then faked, so that dwell and grace are steps of the test rather than waits.
 */
async function hoverPage(html: string, options: Partial<HoverControllerOptions> = {}) {
  setPage(html);
  const { annotator } = startAnnotator();
  await settled(annotator);
  // Stands in for the card's host element: the controller only asks whether a target is it.
  const card = document.createElement('div');
  document.body.append(card);
  let cardOpen = false;
  const opened: HoverTarget[] = [];
  const prefetched: HoverItem[] = [];
  let closed = 0;
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
  const controller = new HoverController({
    doc: document,
    targetAt: (node, offset) => annotator.mentionAt(node, offset),
    liveRange: (item) => annotator.liveRange(item as Mention<Text>),
    isCard: (target) => target === card,
    isCardOpen: () => cardOpen,
    dwellMs: () => DWELL_MS,
    needsModifier: () => false,
    prefetch: (item) => prefetched.push(item),
    open: (target) => {
      cardOpen = true;
      opened.push(target);
    },
    close: () => {
      cardOpen = false;
      closed++;
    },
    ...options,
  });
  onTestFinished(() => controller.destroy());
  return {
    controller,
    card,
    opened,
    prefetched,
    closedCount: () => closed,
    /** Entity ids of the items prefetched and opened so far. */
    ids: () => ({ prefetched: prefetched.map(idOf), opened: opened.map((t) => idOf(t.item)) }),
  };
}

const idOf = (item: HoverItem) => (item as Mention<Text>).entityId;

/** A pointer move to (x, y), and the animation frame in which the controller looks at it. */
function moveTo(x: number, y: number, init: PointerEventInit = {}, target: EventTarget = document.elementFromPoint(x, y) ?? window): void {
  target.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true, ...init }));
  vi.advanceTimersToNextFrame();
}

const PROSE = `<p style="font: 20px/1.5 serif; width: 600px; margin: 40px">Kazakhstan and China signed new deals.</p>`;

describe('HoverController', () => {
  it('opens the card for the name under a resting pointer after the dwell, asking for its data as the dwell starts', async () => {
    const hover = await hoverPage(PROSE);
    const { x, y } = pointAt('Kazakhstan');
    moveTo(x, y);
    expect(hover.ids()).toEqual({ prefetched: ['kazakhstan'], opened: [] });
    vi.advanceTimersByTime(DWELL_MS - 1);
    expect(hover.opened).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(hover.ids().opened).toEqual(['kazakhstan']);
    expect(hover.opened[0]!.range.toString()).toBe('Kazakhstan');
  });

  it('finds a name when the pointer is on its last letter, where the caret falls after it', async () => {
    const hover = await hoverPage(PROSE);
    const { node } = pointAt('China');
    const range = document.createRange();
    const start = node.data.indexOf('China');
    range.setStart(node, start + 4);
    range.setEnd(node, start + 5);
    const last = range.getBoundingClientRect();
    moveTo(last.right - 1, last.top + last.height / 2);
    expect(hover.ids().prefetched).toEqual(['china']);
  });

  it('opens nothing for plain words, nor for the margin beside a name that the caret snaps to', async () => {
    const hover = await hoverPage(`<p style="font: 20px/1.5 serif; width: 300px; margin: 40px">and China</p>`);
    const words = pointAt('and');
    moveTo(words.x, words.y);
    const china = pointAt('China');
    // Level with the name, far to its right: the caret snaps to the name's end.
    moveTo(china.x + 400, china.y);
    vi.advanceTimersByTime(DWELL_MS * 2);
    expect(hover.ids()).toEqual({ prefetched: [], opened: [] });
  });

  it('opens nothing while the pointer sweeps across names without resting', async () => {
    const hover = await hoverPage(PROSE);
    const kazakhstan = pointAt('Kazakhstan');
    const china = pointAt('China');
    moveTo(kazakhstan.x, kazakhstan.y);
    vi.advanceTimersByTime(DWELL_MS / 2);
    moveTo(china.x, china.y);
    vi.advanceTimersByTime(DWELL_MS / 2);
    expect(hover.opened).toEqual([]);
    vi.advanceTimersByTime(DWELL_MS / 2);
    expect(hover.ids()).toEqual({ prefetched: ['kazakhstan', 'china'], opened: ['china'] });
  });

  it('closes the card a grace period after the pointer leaves, not while it is on the card or back on the word', async () => {
    const hover = await hoverPage(PROSE);
    const { x, y } = pointAt('Kazakhstan');
    moveTo(x, y);
    vi.advanceTimersByTime(DWELL_MS);
    expect(hover.opened).toHaveLength(1);
    // On the way to the card: off the word, then on the card, where it stays.
    moveTo(x, y + 200);
    vi.advanceTimersByTime(CLOSE_GRACE_MS / 2);
    moveTo(x, y + 220, {}, hover.card);
    vi.advanceTimersByTime(CLOSE_GRACE_MS * 3);
    expect(hover.closedCount()).toBe(0);
    // Back on the word: still open, for the same word.
    moveTo(x, y);
    vi.advanceTimersByTime(CLOSE_GRACE_MS * 3);
    expect(hover.closedCount()).toBe(0);
    expect(hover.opened).toHaveLength(1);
    // Away for good.
    moveTo(x, y + 200);
    vi.advanceTimersByTime(CLOSE_GRACE_MS - 1);
    expect(hover.closedCount()).toBe(0);
    vi.advanceTimersByTime(1);
    expect(hover.closedCount()).toBe(1);
  });

  it('closes at once on Escape, and on a click outside the card but not on one in it', async () => {
    const hover = await hoverPage(PROSE);
    const { x, y } = pointAt('Kazakhstan');
    moveTo(x, y);
    vi.advanceTimersByTime(DWELL_MS);
    hover.card.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(hover.closedCount()).toBe(0);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(hover.closedCount()).toBe(1);
    moveTo(x, y + 200);
    moveTo(x, y);
    vi.advanceTimersByTime(DWELL_MS);
    expect(hover.opened).toHaveLength(2);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(hover.closedCount()).toBe(2);
  });

  it('with the modifier trigger, opens only while Alt is held', async () => {
    const hover = await hoverPage(PROSE, { needsModifier: () => true });
    const { x, y } = pointAt('Kazakhstan');
    moveTo(x, y);
    vi.advanceTimersByTime(DWELL_MS);
    expect(hover.ids()).toEqual({ prefetched: [], opened: [] });
    moveTo(x, y, { altKey: true });
    vi.advanceTimersByTime(DWELL_MS);
    expect(hover.ids()).toEqual({ prefetched: ['kazakhstan'], opened: ['kazakhstan'] });
  });

  it('looks again when the page scrolls a name under a still pointer', async () => {
    const hover = await hoverPage(`<div style="height: 300px"></div>${PROSE}<div style="height: 2000px"></div>`);
    onTestFinished(() => window.scrollTo(0, 0));
    const { x, y } = pointAt('Kazakhstan');
    moveTo(x, y - 100);
    expect(hover.prefetched).toEqual([]);
    window.scrollTo(0, 100);
    window.dispatchEvent(new Event('scroll'));
    vi.advanceTimersToNextFrame();
    expect(hover.ids().prefetched).toEqual(['kazakhstan']);
  });

  it('hears nothing once destroyed', async () => {
    const hover = await hoverPage(PROSE);
    hover.controller.destroy();
    const { x, y } = pointAt('Kazakhstan');
    moveTo(x, y);
    vi.advanceTimersByTime(DWELL_MS);
    expect(hover.ids()).toEqual({ prefetched: [], opened: [] });
  });
});
