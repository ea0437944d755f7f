/**
 * Mounts the Preact card in a closed shadow root on one host element, the
 * only node Geolens ever adds to a page, created on first use. The page can
 * neither style the card nor reach into it; the card's styles cannot leak out.
 * The card itself is a popover in the top layer (see `ensureContainer`).
 */
import { h, render, type ComponentChild } from 'preact';
import type { Destroyable } from '../../shared/destroyable';
import { t } from '../../shared/i18n';
import { ListenerCollection } from '../../shared/listener-collection';
import { CARD_CSS } from './card-styles';
import { EntityCard, type EntityCardProps } from './EntityCard';
import { FigureCard, type FigureCardProps } from './FigureCard';
import { placeCard } from './card-placement';
import { pageTheme } from './page-theme';

/** What a card is placed against: the word's box, read each time the card is placed. */
export interface CardAnchor {
  getBoundingClientRect(): DOMRect;
  /** The element the word is in: the page's theme is read around it. */
  contextElement?: Element;
}

export class CardHost implements Destroyable {
  private host: HTMLElement | null = null;
  /** The popover in the top layer that holds the card. */
  private layer: HTMLDivElement | null = null;
  private container: HTMLDivElement | null = null;
  /** The card's content, inside the container that scrolls: its size is the size the card wants. */
  private content: HTMLDivElement | null = null;
  /** What keeps the open card placed (see `keepPlaced`); null while no card is open. */
  private placing: ListenerCollection | null = null;
  private returnFocus: HTMLElement | null = null;

  constructor(
    private readonly doc: Document,
    /** Told about the host when it is created, so the annotator and observer can ignore it. */
    private readonly onHostCreated: (host: HTMLElement) => void,
  ) {}

  get isOpen(): boolean {
    return this.placing !== null;
  }

  /** Whether an event target (from a pointer or focus event) belongs to the card. */
  contains(target: EventTarget | null): boolean {
    return !!this.host && target === this.host;
  }

  // Keyed by what the card is about: another entity's card starts afresh (its disclosures closed), not as the last one was left.
  show(anchor: CardAnchor, props: Omit<EntityCardProps, 'onClose'>, options: { focus: boolean }): void {
    const card = h(EntityCard, { ...props, key: `entity ${props.entity.id}`, onClose: () => this.hide() });
    this.open(anchor, t('cardDialogLabel', props.entity.name), card, options);
  }

  /** The figure check's card: a page's figure beside the sourced ones. */
  showFigure(anchor: CardAnchor, props: Omit<FigureCardProps, 'onClose'>, options: { focus: boolean }): void {
    const card = h(FigureCard, { ...props, key: `figure ${props.data.metric.id} ${props.text}`, onClose: () => this.hide() });
    this.open(anchor, t('figureCardLabel', props.text), card, options);
  }

  private open(anchor: CardAnchor, label: string, card: ComponentChild, options: { focus: boolean }): void {
    // Read before anything of the card changes: the page's styles are then up to date, and reading them forces nothing.
    const theme = this.themeAround(anchor);
    const container = this.ensureContainer();
    this.placing?.removeAll();
    container.setAttribute('aria-label', label);
    if (theme) container.dataset.theme = theme;
    else delete container.dataset.theme;
    render(card, this.content!);
    container.hidden = false;
    if (options.focus) {
      const active = this.doc.activeElement;
      this.returnFocus = active instanceof HTMLElement && active !== this.host ? active : null;
    }
    // Focused once placed, when the browser has laid the card out: focusing it now would force that layout.
    this.placing = this.keepPlaced(anchor, container, this.content!, options.focus ? () => container.focus({ preventScroll: true }) : () => {});
  }

  /**
   * Places the card, and again whenever its content's size changes or anything scrolls or the
   * window resizes. The first placement comes from a ResizeObserver, which reports after the
   * browser's own layout of the frame, so every box read here is already laid out: nothing forces
   * a layout, and the card is painted in place in its first frame. The observed content never
   * changes size because of what is written here (the container keeps a stable scrollbar gutter),
   * so the observer never loops.
   */
  private keepPlaced(anchor: CardAnchor, container: HTMLElement, content: HTMLElement, onFirstPlaced: () => void): ListenerCollection {
    const view = this.doc.defaultView!;
    const root = this.doc.documentElement;
    let written = '';
    let placed = false;
    const place = () => {
      if (!placed) {
        placed = true;
        onFirstPlaced();
      }
      // The height the content wants, with the container's padding and border around it.
      const chrome = container.offsetHeight - container.clientHeight + container.scrollHeight - content.offsetHeight;
      const { x, y, maxHeight } = placeCard(
        anchor.getBoundingClientRect(),
        { width: container.offsetWidth, height: content.offsetHeight + chrome },
        { width: root.clientWidth, height: root.clientHeight },
      );
      const next = `${x} ${y} ${maxHeight}`;
      if (next === written) return;
      written = next;
      // Moved by a transform, not by left and top: on its own compositing layer that changes no box,
      // so following a scroll (or the first placement) lays out nothing and re-walks nothing.
      container.style.transform = `translate(${x}px, ${y}px)`;
      const height = `${maxHeight}px`;
      if (container.style.maxHeight !== height) container.style.maxHeight = height;
    };
    const placing = new ListenerCollection();
    const observer = new ResizeObserver(place);
    observer.observe(content);
    placing.own(() => observer.disconnect());
    // Scroll events do not bubble; a capturing listener on the window hears every scroller's.
    const options = { capture: true, passive: true } as const;
    placing.add(view, 'scroll', place, options);
    placing.add(view, 'resize', place, options);
    return placing;
  }

  /** The page's own theme around the hovered word, read once per card (computed styles are cheap after layout). */
  private themeAround(anchor: CardAnchor): 'light' | 'dark' | null {
    const view = this.doc.defaultView;
    if (!view) return null;
    const backgrounds: string[] = [];
    const root = this.doc.documentElement;
    for (let e: Element | null = anchor.contextElement ?? this.doc.body ?? root; e; e = e.parentElement) backgrounds.push(view.getComputedStyle(e).backgroundColor);
    const scheme = view.getComputedStyle(root).colorScheme;
    const canvasDark = scheme.includes('dark') && (!scheme.includes('light') || view.matchMedia('(prefers-color-scheme: dark)').matches);
    return pageTheme(backgrounds, canvasDark);
  }

  hide(): void {
    if (!this.container || !this.isOpen) return;
    this.placing?.removeAll();
    this.placing = null;
    this.container.hidden = true;
    render(null, this.content!);
    if (this.returnFocus?.isConnected) this.returnFocus.focus({ preventScroll: true });
    this.returnFocus = null;
  }

  destroy(): void {
    this.hide();
    this.host?.remove();
    this.host = null;
    this.layer = null;
    this.container = null;
    this.content = null;
  }

  private ensureContainer(): HTMLDivElement {
    // The page may have removed the host (or replaced <body>); put it back.
    if (this.host && this.container) {
      if (!this.host.isConnected) {
        this.doc.documentElement.append(this.host);
        // Leaving the document closed the popover.
        this.layer!.showPopover();
      }
      return this.container;
    }
    const host = this.doc.createElement('geolens-card');
    // Inline !important beats any page rule aimed at the host. The host makes no box of its own
    // (`display: contents`): the card is drawn in the top layer (below), so adding the host never
    // makes the browser lay out or re-walk the page's boxes.
    host.style.setProperty('all', 'initial', 'important');
    host.style.setProperty('display', 'contents', 'important');
    const shadow = host.attachShadow({ mode: 'closed' });
    // A constructed stylesheet, not a <style> element: strict page CSPs do not block it.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CARD_CSS);
    adoptStyleSheet(shadow, sheet);
    // The top layer, as a manual popover that stays open while the card comes and goes (`hidden`):
    // above anything the page stacks, and adding it makes the browser lay out and re-walk only its
    // own boxes, where a fixed box added under <html> made Chromium re-walk every box of the page
    // (docs/perf-log.md). Manual: no light dismiss, no Esc of the browser's; the card handles both.
    const layer = this.doc.createElement('div');
    layer.className = 'layer';
    layer.popover = 'manual';
    // In the layer, an empty in-flow box with size and layout containment: the card's containing
    // block, and where the browser's layout of any change to the card starts and stops. The layer
    // itself cannot be that boundary (the top layer is positioned out of flow): without this box,
    // every card frame laid out the whole document again (docs/perf-log.md).
    const frame = this.doc.createElement('div');
    frame.className = 'frame';
    const container = this.doc.createElement('div');
    container.className = 'card';
    container.tabIndex = -1;
    container.setAttribute('role', 'dialog');
    container.hidden = true;
    const content = this.doc.createElement('div');
    container.append(content);
    frame.append(container);
    layer.append(frame);
    shadow.append(layer);
    this.host = host;
    this.layer = layer;
    this.container = container;
    this.content = content;
    this.onHostCreated(host);
    this.doc.documentElement.append(host);
    layer.showPopover();
    return container;
  }
}

/**
 * Firefox's content scripts see page objects through Xray wrappers, and
 * assigning an array to `adoptedStyleSheets` through one throws ("Accessing
 * from Xray wrapper is not supported"). There, the shadow root's own list
 * takes the sheet; the root is closed, so the page still cannot reach it.
 */
function adoptStyleSheet(shadow: ShadowRoot, sheet: CSSStyleSheet): void {
  const unwrapped = (shadow as ShadowRoot & { wrappedJSObject?: ShadowRoot }).wrappedJSObject;
  if (unwrapped) unwrapped.adoptedStyleSheets.push(sheet);
  else shadow.adoptedStyleSheets = [sheet];
}
