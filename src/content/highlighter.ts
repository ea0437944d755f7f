/**
 * Paints mentions with the CSS Custom Highlight API: one `Highlight` per
 * category, registered in `CSS.highlights`. The page's DOM is never touched:
 * no wrappers, no attributes, no text changes. Ranges are StaticRanges because
 * live Ranges would make every DOM mutation on the page pay for our bookkeeping.
 */
import { CATEGORIES, type Category } from '../model/entity';

export const HIGHLIGHT_PREFIX = 'geolens-';
/** The mention that keyboard navigation is on. */
export const FOCUS_HIGHLIGHT = `${HIGHLIGHT_PREFIX}focus`;

/**
 * How a mention is painted: its category's colour when the entity has facts
 * that relate to the page, or the quiet `background` mark (a thin dotted
 * underline, no fill) when it has background facts only.
 */
export type HighlightStyle = Category | 'background';
export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = [...CATEGORIES, 'background'];

export interface Paintable {
  node: Text;
  start: number;
  end: number;
}

export function highlightName(style: HighlightStyle): string {
  return HIGHLIGHT_PREFIX + style;
}

export class Highlighter {
  private readonly highlights = new Map<HighlightStyle, Highlight>();
  private readonly focus: Highlight;
  private readonly ranges = new Map<Paintable, { range: StaticRange; style: HighlightStyle }>();
  private readonly registry: HighlightRegistry;

  constructor(doc: Document) {
    // The registry belongs to the frame's own window: an iframe has its own.
    this.registry = (doc.defaultView as (Window & typeof globalThis) | null)?.CSS.highlights ?? CSS.highlights;
    for (const style of HIGHLIGHT_STYLES) {
      const highlight = new Highlight();
      this.highlights.set(style, highlight);
      this.registry.set(highlightName(style), highlight);
    }
    this.focus = new Highlight();
    // Drawn over the category colour.
    this.focus.priority = 1;
    this.registry.set(FOCUS_HIGHLIGHT, this.focus);
  }

  /** Paints a mention in a style, or moves it there from the style it had. */
  show(mention: Paintable, style: HighlightStyle): void {
    const painted = this.ranges.get(mention);
    if (painted) {
      if (painted.style === style) return;
      this.highlights.get(painted.style)!.delete(painted.range);
      painted.style = style;
      this.highlights.get(style)!.add(painted.range);
      return;
    }
    const range = new StaticRange({
      startContainer: mention.node,
      startOffset: mention.start,
      endContainer: mention.node,
      endOffset: mention.end,
    });
    this.ranges.set(mention, { range, style });
    this.highlights.get(style)!.add(range);
  }

  hide(mention: Paintable): void {
    const painted = this.ranges.get(mention);
    if (!painted) return;
    this.highlights.get(painted.style)!.delete(painted.range);
    this.focus.delete(painted.range);
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
    const painted = mention && this.ranges.get(mention);
    if (painted) this.focus.add(painted.range);
  }

  clear(): void {
    for (const highlight of this.highlights.values()) highlight.clear();
    this.focus.clear();
    this.ranges.clear();
  }

  /** Unregisters everything: the page is left exactly as it was. */
  destroy(): void {
    this.clear();
    for (const style of HIGHLIGHT_STYLES) this.registry.delete(highlightName(style));
    this.registry.delete(FOCUS_HIGHLIGHT);
  }
}
