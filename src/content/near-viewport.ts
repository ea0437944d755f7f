/**
 * Which highlighted ranges are near the viewport, for a page with too many to
 * register them all (`Highlighter`'s `registerAllUpTo`). After any change to a
 * registered highlight Chromium rebuilds its markers for every registered range
 * in the next frames: with every mention of a page of megabytes highlighted,
 * those frames took hundreds of ms (docs/perf-log.md). Ranges are
 * grouped by the element their text is in; one IntersectionObserver tells,
 * after the browser's own layout, which of those elements come within
 * `NEAR_MARGIN` of the viewport, so nothing here reads a box or forces a layout.
 */
import type { Destroyable } from '../shared/destroyable';

/** Two viewports above and below: a reader scrolling at speed still finds the marks painted when the words arrive. */
const NEAR_MARGIN = '200% 0%';

export class NearViewport implements Destroyable {
  private readonly observer: IntersectionObserver;
  private readonly byElement = new Map<Element, Set<StaticRange>>();
  /** The observer's last answer for each element (none yet: absent). */
  private readonly near = new Map<Element, boolean>();

  constructor(
    win: Window & typeof globalThis,
    /** Told when the ranges of one element come near the viewport or leave it. */
    private readonly onChange: (ranges: ReadonlySet<StaticRange>, near: boolean) => void,
  ) {
    this.observer = new win.IntersectionObserver((entries) => this.answer(entries), { rootMargin: NEAR_MARGIN });
  }

  /** Follows a range: `onChange` says when its element is near (the first answer comes after the next layout). */
  track(range: StaticRange): void {
    const element = elementOf(range);
    if (!element) return;
    let ranges = this.byElement.get(element);
    if (!ranges) {
      this.byElement.set(element, (ranges = new Set()));
      this.observer.observe(element);
    }
    ranges.add(range);
  }

  untrack(range: StaticRange): void {
    const element = elementOf(range);
    const ranges = element && this.byElement.get(element);
    if (!element || !ranges) return;
    ranges.delete(range);
    if (ranges.size > 0) return;
    this.byElement.delete(element);
    this.near.delete(element);
    this.observer.unobserve(element);
  }

  /** Whether a range's element was near the viewport at the observer's last answer. */
  isNear(range: StaticRange): boolean {
    const element = elementOf(range);
    return element !== null && this.near.get(element) === true;
  }

  destroy(): void {
    this.observer.disconnect();
    this.byElement.clear();
    this.near.clear();
  }

  private answer(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const ranges = this.byElement.get(entry.target);
      if (!ranges) continue;
      // The first answer always counts: ranges painted before they were followed may be far.
      if (this.near.get(entry.target) === entry.isIntersecting) continue;
      this.near.set(entry.target, entry.isIntersecting);
      this.onChange(ranges, entry.isIntersecting);
    }
  }
}

function elementOf(range: StaticRange): Element | null {
  return range.startContainer.parentElement;
}
