/**
 * Paints mentions with the CSS Custom Highlight API: one `Highlight` per
 * category, registered in `CSS.highlights`. The page's DOM is never touched:
 * no wrappers, no attributes, no text changes. Ranges are StaticRanges because
 * live Ranges would make every DOM mutation on the page pay for our bookkeeping.
 *
 * `show` and `hide` only record what is wanted; `commit` hands it to the
 * highlights in one go. Any change to a registered highlight makes Chromium
 * invalidate the paint of the whole page, so the next frame walks every layout
 * object: the annotator commits a walk's changes in a few frames, not in one
 * frame per slice (see `HIGHLIGHT_COMMIT_INTERVAL_MS` in annotator.ts).
 */
import { CATEGORIES, type Category } from '../model/entity';
import type { Destroyable } from '../shared/destroyable';
import { NearViewport } from './near-viewport';

export const HIGHLIGHT_PREFIX = 'geolens-';
/**
 * Up to this many ranges, all are registered. Past it (every mention of a page of megabytes), only
 * those near the viewport are (`NearViewport`): Chromium's frames after a highlight change cost
 * time in proportion to the registered ranges (docs/perf-log.md). Far above what the first-mention
 * default ever shows, and above every mention of the bench's 1 MB article, which mark.js checks.
 */
export const REGISTER_ALL_UP_TO = 2000;
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

export class Highlighter implements Destroyable {
  private readonly highlights = new Map<HighlightStyle, Highlight>();
  private readonly focus: Highlight;
  private readonly ranges = new Map<Paintable, { range: StaticRange; style: HighlightStyle }>();
  /** What each range changed to since the last commit (null: taken away). */
  private readonly pending = new Map<StaticRange, HighlightStyle | null>();
  /** The style each range is in the highlights now. */
  private readonly applied = new Map<StaticRange, HighlightStyle>();
  /** The style each range should have once committed: `applied` holds them all, or with `near`, those near the viewport. */
  private readonly wanted = new Map<StaticRange, HighlightStyle>();
  private near: NearViewport | null = null;
  private readonly registry: HighlightRegistry;
  private readonly win: (Window & typeof globalThis) | null;

  constructor(
    doc: Document,
    private readonly registerAllUpTo = REGISTER_ALL_UP_TO,
  ) {
    this.win = doc.defaultView as (Window & typeof globalThis) | null;
    // The registry belongs to the frame's own window: an iframe has its own.
    this.registry = this.win?.CSS.highlights ?? CSS.highlights;
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
      painted.style = style;
      this.pending.set(painted.range, style);
      return;
    }
    const range = new StaticRange({
      startContainer: mention.node,
      startOffset: mention.start,
      endContainer: mention.node,
      endOffset: mention.end,
    });
    this.ranges.set(mention, { range, style });
    this.pending.set(range, style);
  }

  hide(mention: Paintable): void {
    const painted = this.ranges.get(mention);
    if (!painted) return;
    this.pending.set(painted.range, null);
    if (this.focus.has(painted.range)) this.focus.delete(painted.range);
    this.ranges.delete(mention);
  }

  /** Whether `show` or `hide` asked for anything since the last commit. */
  get uncommitted(): boolean {
    return this.pending.size > 0;
  }

  /** Hands every change since the last commit to the highlights. */
  commit(): void {
    for (const [range, style] of this.pending) {
      if (style) {
        if (!this.wanted.has(range)) this.near?.track(range);
        this.wanted.set(range, style);
      } else if (this.wanted.delete(range)) this.near?.untrack(range);
    }
    if (!this.near && this.wanted.size > this.registerAllUpTo && this.win) {
      // From now on only what is near. Until the observer's first answer (the next frame) that is
      // nothing: the frame after a change pays for every range registered, these most of all.
      this.near = new NearViewport(this.win, (ranges, near) => {
        for (const range of ranges) this.apply(range, near ? (this.wanted.get(range) ?? null) : null);
      });
      for (const range of this.wanted.keys()) this.near.track(range);
      for (const range of [...this.applied.keys()]) this.apply(range, null);
    }
    for (const [range, style] of this.pending) this.apply(range, style && (!this.near || this.near.isNear(range)) ? style : null);
    this.pending.clear();
  }

  /** Whether only the ranges near the viewport are registered (`REGISTER_ALL_UP_TO`). */
  get windowed(): boolean {
    return this.near !== null;
  }

  /** Puts a range in the highlight of a style, or in none. */
  private apply(range: StaticRange, style: HighlightStyle | null): void {
    const current = this.applied.get(range);
    if (current === style) return;
    if (current) this.highlights.get(current)!.delete(range);
    if (style) {
      this.highlights.get(style)!.add(range);
      this.applied.set(range, style);
    } else this.applied.delete(range);
  }

  /** A live Range for measuring where a mention is on screen. */
  liveRange(mention: Paintable): Range {
    const range = mention.node.ownerDocument.createRange();
    range.setStart(mention.node, Math.min(mention.start, mention.node.length));
    range.setEnd(mention.node, Math.min(mention.end, mention.node.length));
    return range;
  }

  setFocus(mention: Paintable | null): void {
    const painted = mention && this.ranges.get(mention);
    if (painted && this.focus.size === 1 && this.focus.has(painted.range)) return;
    // Even clearing an empty highlight makes Chromium repaint the whole page (docs/perf-log.md):
    // every card that closes sets the focus to none.
    if (this.focus.size > 0) this.focus.clear();
    if (painted) this.focus.add(painted.range);
  }

  clear(): void {
    for (const highlight of [...this.highlights.values(), this.focus]) if (highlight.size > 0) highlight.clear();
    this.ranges.clear();
    this.pending.clear();
    this.applied.clear();
    this.wanted.clear();
    this.near?.destroy();
    this.near = null;
  }

  /** Unregisters everything: the page is left exactly as it was. */
  destroy(): void {
    this.clear();
    for (const style of HIGHLIGHT_STYLES) this.registry.delete(highlightName(style));
    this.registry.delete(FOCUS_HIGHLIGHT);
  }
}
