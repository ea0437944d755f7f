/**
 * Paints mentions with the CSS Custom Highlight API: one `Highlight` per
 * category, registered in `CSS.highlights`. The page's DOM is never touched:
 * no wrappers, no attributes, no text changes. Ranges are StaticRanges because
 * live Ranges would make every DOM mutation on the page pay for our bookkeeping.
 */
import { CATEGORIES, type Category } from '../dataset/types';

export const HIGHLIGHT_PREFIX = 'geolens-';
/** The mention that keyboard navigation is on. */
export const FOCUS_HIGHLIGHT = `${HIGHLIGHT_PREFIX}focus`;

export interface Paintable {
  node: Text;
  start: number;
  end: number;
}

export function highlightName(category: Category): string {
  return HIGHLIGHT_PREFIX + category;
}

export class Highlighter {
  private readonly highlights = new Map<Category, Highlight>();
  private readonly focus: Highlight;
  private readonly ranges = new Map<Paintable, StaticRange>();
  private readonly registry: HighlightRegistry;

  constructor(doc: Document) {
    // The registry belongs to the frame's own window: an iframe has its own.
    this.registry = (doc.defaultView as (Window & typeof globalThis) | null)?.CSS.highlights ?? CSS.highlights;
    for (const category of CATEGORIES) {
      const highlight = new Highlight();
      this.highlights.set(category, highlight);
      this.registry.set(highlightName(category), highlight);
    }
    this.focus = new Highlight();
    // Drawn over the category colour.
    this.focus.priority = 1;
    this.registry.set(FOCUS_HIGHLIGHT, this.focus);
  }

  show(mention: Paintable, category: Category): void {
    let range = this.ranges.get(mention);
    if (!range) {
      range = new StaticRange({
        startContainer: mention.node,
        startOffset: mention.start,
        endContainer: mention.node,
        endOffset: mention.end,
      });
      this.ranges.set(mention, range);
    }
    this.highlights.get(category)!.add(range);
  }

  hide(mention: Paintable, category: Category): void {
    const range = this.ranges.get(mention);
    if (!range) return;
    this.highlights.get(category)!.delete(range);
    this.focus.delete(range);
    this.ranges.delete(mention);
  }

  /** A live Range for measuring where a mention is on screen. */
  liveRange(mention: Paintable): Range {
    const range = mention.node.ownerDocument.createRange();
    range.setStart(mention.node, Math.min(mention.start, mention.node.length));
    range.setEnd(mention.node, Math.min(mention.end, mention.node.length));
    return range;
  }

  setFocus(mention: Paintable | null): void {
    this.focus.clear();
    const range = mention && this.ranges.get(mention);
    if (range) this.focus.add(range);
  }

  clear(): void {
    for (const highlight of this.highlights.values()) highlight.clear();
    this.focus.clear();
    this.ranges.clear();
  }

  /** Unregisters everything: the page is left exactly as it was. */
  destroy(): void {
    this.clear();
    for (const category of CATEGORIES) this.registry.delete(highlightName(category));
    this.registry.delete(FOCUS_HIGHLIGHT);
  }
}
