/**
 * Mounts the Preact card in a closed shadow root on one host element, the
 * only node Geolens ever adds to a page, created on first use. The page can
 * neither style the card nor reach into it; the card's styles cannot leak out.
 */
import { autoUpdate, computePosition, flip, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import { h, render, type ComponentChild } from 'preact';
import { t } from '../../shared/i18n';
import { CARD_CSS } from './card-styles';
import { EntityCard, type EntityCardProps } from './EntityCard';
import { FigureCard, type FigureCardProps } from './FigureCard';
import { pageTheme } from './page-theme';

/** Gap between the highlighted word and the card: close enough to reach, far enough not to cover it. */
const CARD_OFFSET_PX = 6;
/** Keeps the card off the viewport edge. */
const VIEWPORT_PADDING_PX = 8;
/** Tall enough for the header and one fact; beyond MAX the card is a page, not a glance. */
const MIN_CARD_HEIGHT_PX = 160;
const MAX_CARD_HEIGHT_PX = 480;

export class CardHost {
  private host: HTMLElement | null = null;
  private container: HTMLDivElement | null = null;
  private stopAutoUpdate: (() => void) | null = null;
  private returnFocus: HTMLElement | null = null;

  constructor(
    private readonly doc: Document,
    /** Told about the host when it is created, so the annotator and observer can ignore it. */
    private readonly onHostCreated: (host: HTMLElement) => void,
  ) {}

  get isOpen(): boolean {
    return this.stopAutoUpdate !== null;
  }

  /** Whether an event target (from a pointer or focus event) belongs to the card. */
  contains(target: EventTarget | null): boolean {
    return !!this.host && target === this.host;
  }

  show(anchor: VirtualElement, props: Omit<EntityCardProps, 'onClose'>, options: { focus: boolean }): void {
    this.open(anchor, t('cardDialogLabel', props.entity.name), h(EntityCard, { ...props, onClose: () => this.hide() }), options);
  }

  /** The figure check's card: a page's figure beside the sourced ones. */
  showFigure(anchor: VirtualElement, props: Omit<FigureCardProps, 'onClose'>, options: { focus: boolean }): void {
    this.open(anchor, t('figureCardLabel', props.text), h(FigureCard, { ...props, onClose: () => this.hide() }), options);
  }

  private open(anchor: VirtualElement, label: string, card: ComponentChild, options: { focus: boolean }): void {
    const container = this.ensureContainer();
    this.stopAutoUpdate?.();
    container.setAttribute('aria-label', label);
    const theme = this.themeAround(anchor);
    if (theme) container.dataset.theme = theme;
    else delete container.dataset.theme;
    render(card, container);
    container.hidden = false;
    const place = () =>
      computePosition(anchor, container, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(CARD_OFFSET_PX),
          flip({ padding: VIEWPORT_PADDING_PX, fallbackStrategy: 'bestFit' }),
          shift({ padding: VIEWPORT_PADDING_PX }),
          // Never taller than the room on the chosen side: the card scrolls instead of leaving the viewport.
          size({
            padding: VIEWPORT_PADDING_PX,
            apply({ availableHeight }) {
              container.style.maxHeight = `${Math.max(MIN_CARD_HEIGHT_PX, Math.min(MAX_CARD_HEIGHT_PX, availableHeight))}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        container.style.left = `${Math.round(x)}px`;
        container.style.top = `${Math.round(y)}px`;
      });
    this.stopAutoUpdate = autoUpdate(anchor, container, place, { animationFrame: false });
    if (options.focus) {
      const active = this.doc.activeElement;
      this.returnFocus = active instanceof HTMLElement && active !== this.host ? active : null;
      container.focus({ preventScroll: true });
    }
  }

  /** The page's own theme around the hovered word, read once per card (computed styles are cheap after layout). */
  private themeAround(anchor: VirtualElement & { contextElement?: Element }): 'light' | 'dark' | null {
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
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = null;
    this.container.hidden = true;
    render(null, this.container);
    if (this.returnFocus?.isConnected) this.returnFocus.focus({ preventScroll: true });
    this.returnFocus = null;
  }

  destroy(): void {
    this.hide();
    this.host?.remove();
    this.host = null;
    this.container = null;
  }

  private ensureContainer(): HTMLDivElement {
    // The page may have removed the host (or replaced <body>); put it back.
    if (this.host && this.container) {
      if (!this.host.isConnected) this.doc.documentElement.append(this.host);
      return this.container;
    }
    const host = this.doc.createElement('geolens-card');
    // Inline !important beats any page rule aimed at the host.
    host.style.setProperty('all', 'initial', 'important');
    host.style.setProperty('position', 'fixed', 'important');
    host.style.setProperty('top', '0', 'important');
    host.style.setProperty('left', '0', 'important');
    host.style.setProperty('z-index', '2147483647', 'important');
    host.style.setProperty('display', 'block', 'important');
    // Size and layout containment: the card's layout (each open, each placement) stays inside the host, and never
    // makes the browser lay out the page around it. Not paint: the card overflows the empty host.
    host.style.setProperty('contain', 'size layout style', 'important');
    const shadow = host.attachShadow({ mode: 'closed' });
    // A constructed stylesheet, not a <style> element: strict page CSPs do not block it.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CARD_CSS);
    adoptStyleSheet(shadow, sheet);
    const container = this.doc.createElement('div');
    container.className = 'card';
    container.tabIndex = -1;
    container.setAttribute('role', 'dialog');
    container.hidden = true;
    shadow.append(container);
    this.host = host;
    this.container = container;
    this.onHostCreated(host);
    this.doc.documentElement.append(host);
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
