/**
 * Finds the highlight under the pointer and decides when the card opens and
 * closes. Highlights get no events of their own, so the pointer position is
 * turned into a caret position and looked up in the annotator's mentions and
 * the figure check's figures, at most once per animation frame.
 */
import type { Destroyable } from '../shared/destroyable';
import { ListenerCollection } from '../shared/listener-collection';
import { benchMeasure } from './bench-marks';
import type { PageFigure } from './figure-marks';
import type { Mention } from './mention-store';

/** What a card can open for: an entity's mention, or a checked figure. */
export type HoverItem = Mention<Text> | PageFigure;

export function isFigure(item: HoverItem): item is PageFigure {
  return 'checked' in item;
}

/** Time to travel from the word to the card (or back) without it closing under the pointer. */
export const CLOSE_GRACE_MS = 300;

export interface HoverTarget {
  item: HoverItem;
  range: Range;
}

export interface HoverControllerOptions {
  doc: Document;
  /** The shown mention or checked figure at a caret position, if any. */
  targetAt(node: Node, offset: number): HoverItem | undefined;
  liveRange(item: HoverItem): Range;
  /** Is this event target the card? */
  isCard(target: EventTarget | null): boolean;
  isCardOpen(): boolean;
  dwellMs(): number;
  /** With the "modifier" trigger, cards open only while Alt is held. */
  needsModifier(): boolean;
  /** The pointer came to rest on a mention or figure: what its card shows can be fetched while the dwell runs. */
  prefetch?(item: HoverItem): void;
  open(target: HoverTarget): void;
  close(): void;
}

interface CaretPosition {
  offsetNode: Node;
  offset: number;
}

export class HoverController implements Destroyable {
  private frame = 0;
  private lastEvent: PointerEvent | null = null;
  private candidate: HoverItem | null = null;
  private openFor: HoverItem | null = null;
  private dwellTimer = 0;
  private closeTimer = 0;
  private overCard = false;
  private readonly win: Window;
  private readonly listeners = new ListenerCollection();

  constructor(private readonly options: HoverControllerOptions) {
    const win = (this.win = options.doc.defaultView!);
    // Capturing on the window: scroll events do not bubble, and a page that stops propagation
    // on its own elements cannot keep these from the card.
    this.listeners.add(win, 'pointermove', this.onPointerMove, { capture: true, passive: true });
    this.listeners.add(win, 'pointerdown', this.onPointerDown, { capture: true, passive: true });
    this.listeners.add(win, 'keydown', this.onKeyDown, { capture: true });
    this.listeners.add(win, 'scroll', this.onScroll, { capture: true, passive: true });
  }

  /** The card was opened by keyboard navigation: the pointer must not close it until it moves onto something. */
  adopt(mention: HoverItem): void {
    this.clearTimers();
    this.openFor = mention;
    this.candidate = mention;
  }

  forget(): void {
    this.clearTimers();
    this.openFor = null;
    this.candidate = null;
  }

  destroy(): void {
    this.clearTimers();
    if (this.frame) this.win.cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.listeners.removeAll();
  }

  private readonly onPointerMove = (event: PointerEvent) => {
    this.lastEvent = event;
    if (!this.frame) this.frame = this.win.requestAnimationFrame(this.check);
  };

  private readonly onPointerDown = (event: PointerEvent) => {
    if (this.options.isCardOpen() && !this.options.isCard(event.target)) this.closeNow();
  };

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.options.isCardOpen()) this.closeNow();
  };

  /** Scrolling moves text under a still pointer; re-check where it now points. */
  private readonly onScroll = () => {
    if (this.lastEvent && !this.frame) this.frame = this.win.requestAnimationFrame(this.check);
  };

  private readonly check = () => {
    this.frame = 0;
    const event = this.lastEvent;
    if (!event) return;
    const started = performance.now();
    this.overCard = this.options.isCard(event.target);
    const hit = this.overCard ? null : this.hitTest(event.clientX, event.clientY);
    benchMeasure('geolens:hover', started);

    if (this.overCard) return this.cancelClose();
    if (hit && (!this.options.needsModifier() || event.altKey)) {
      if (hit.item === this.openFor) return this.cancelClose();
      if (hit.item !== this.candidate) {
        this.candidate = hit.item;
        this.win.clearTimeout(this.dwellTimer);
        this.dwellTimer = this.win.setTimeout(() => this.openNow(hit), this.options.dwellMs());
        this.options.prefetch?.(hit.item);
      }
      return;
    }
    this.candidate = null;
    this.win.clearTimeout(this.dwellTimer);
    if (this.openFor && !this.closeTimer) {
      this.closeTimer = this.win.setTimeout(() => this.closeNow(), CLOSE_GRACE_MS);
    }
  };

  private hitTest(x: number, y: number): HoverTarget | null {
    const doc = this.options.doc as Document & {
      caretPositionFromPoint?: (x: number, y: number) => CaretPosition | null;
    };
    let node: Node | undefined;
    let offset = 0;
    if (doc.caretPositionFromPoint) {
      const position = doc.caretPositionFromPoint(x, y);
      node = position?.offsetNode;
      offset = position?.offset ?? 0;
    } else {
      const range = doc.caretRangeFromPoint?.(x, y);
      node = range?.startContainer;
      offset = range?.startOffset ?? 0;
    }
    if (!node || node.nodeType !== Node.TEXT_NODE) return null;
    // The caret lands between characters: the character under the pointer is on either side.
    const item = this.options.targetAt(node, offset) ?? (offset > 0 ? this.options.targetAt(node, offset - 1) : undefined);
    if (!item) return null;
    const range = this.options.liveRange(item);
    // The caret snaps to the nearest text even from the margin: make sure the pointer is really on the word.
    for (const rect of range.getClientRects()) {
      if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return { item, range };
    }
    return null;
  }

  private openNow(target: HoverTarget): void {
    this.clearTimers();
    this.openFor = target.item;
    this.options.open(target);
  }

  private closeNow(): void {
    this.clearTimers();
    this.openFor = null;
    this.candidate = null;
    this.options.close();
  }

  private cancelClose(): void {
    this.win.clearTimeout(this.closeTimer);
    this.closeTimer = 0;
  }

  private clearTimers(): void {
    this.win.clearTimeout(this.dwellTimer);
    this.cancelClose();
    this.dwellTimer = 0;
  }
}
