/**
 * Tells whether the reader can see a text node's element, without forcing a
 * layout: an IntersectionObserver reports in the browser's own rendering
 * step, with the element's box already clipped by every scrolling or
 * overflow-hidden ancestor. Its root margin is huge, so "visible" means "on
 * the page, not clipped away", not "in the viewport". `checkVisibility()`
 * then rules out `visibility: hidden` and zero opacity, which do not change
 * a box.
 */
import type { Destroyable } from '../shared/destroyable';

/** Further than any page scrolls: the observer's root is then the whole page, not the viewport. */
const WHOLE_PAGE_MARGIN = '1000000px';
/** A box smaller than this is a screen-reader-only or clipped-away one (the `sr-only` pattern is 1×1 px). */
const MIN_VISIBLE_PX = 2;

export class VisibilityChecker implements Destroyable {
  private readonly observer: IntersectionObserver;
  private readonly waiting = new Map<Element, Text[]>();

  constructor(
    win: Window & typeof globalThis,
    private readonly report: (node: Text, visible: boolean) => void,
  ) {
    // The document as an explicit root: an implicit one ignores the margin in a cross-origin frame.
    this.observer = new win.IntersectionObserver((entries) => this.answer(entries), { root: win.document, rootMargin: WHOLE_PAGE_MARGIN });
  }

  check(node: Text): void {
    const element = node.parentElement;
    if (!element || !node.isConnected) return this.report(node, false);
    const nodes = this.waiting.get(element);
    if (nodes) return void nodes.push(node);
    this.waiting.set(element, [node]);
    this.observer.observe(element);
  }

  destroy(): void {
    this.observer.disconnect();
    this.waiting.clear();
  }

  private answer(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const element = entry.target;
      this.observer.unobserve(element);
      const nodes = this.waiting.get(element);
      this.waiting.delete(element);
      if (!nodes) continue;
      const { width, height } = entry.intersectionRect;
      const visible =
        width >= MIN_VISIBLE_PX &&
        height >= MIN_VISIBLE_PX &&
        element.checkVisibility({ opacityProperty: true, visibilityProperty: true, checkOpacity: true, checkVisibilityCSS: true });
      for (const node of nodes) this.report(node, visible);
    }
  }
}
