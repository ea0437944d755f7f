/**
 * Where the card goes, as pure arithmetic on boxes the card host has already
 * read: below the word it explains, left edges aligned; above it when only
 * there is room; else on the roomier side, scrolling inside. Always inside
 * the viewport's padding.
 */

/** Gap between the highlighted word and the card: close enough to reach, far enough not to cover it. */
export const CARD_OFFSET_PX = 6;
/** Keeps the card off the viewport edge. */
export const VIEWPORT_PADDING_PX = 8;
/** Tall enough for the header and one fact; beyond MAX the card is a page, not a glance. */
export const MIN_CARD_HEIGHT_PX = 160;
export const MAX_CARD_HEIGHT_PX = 480;

export interface AnchorBox {
  left: number;
  top: number;
  bottom: number;
}

export interface CardPlacement {
  x: number;
  y: number;
  /** The card scrolls inside this height instead of leaving the viewport. */
  maxHeight: number;
  side: 'below' | 'above';
}

/**
 * `card` is the card's width and the height its content wants (not clipped by
 * a max-height); `viewport` the visible area's size.
 */
export function placeCard(
  anchor: AnchorBox,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
): CardPlacement {
  const below = viewport.height - VIEWPORT_PADDING_PX - (anchor.bottom + CARD_OFFSET_PX);
  const above = anchor.top - CARD_OFFSET_PX - VIEWPORT_PADDING_PX;
  const side = card.height <= below || (card.height > above && below >= above) ? 'below' : 'above';
  const room = side === 'below' ? below : above;
  const maxHeight = Math.max(MIN_CARD_HEIGHT_PX, Math.min(MAX_CARD_HEIGHT_PX, Math.floor(room)));
  const height = Math.min(card.height, maxHeight);
  const y = side === 'below' ? anchor.bottom + CARD_OFFSET_PX : anchor.top - CARD_OFFSET_PX - height;
  const rightmost = viewport.width - VIEWPORT_PADDING_PX - card.width;
  const x = Math.max(VIEWPORT_PADDING_PX, Math.min(anchor.left, rightmost));
  return { x: Math.round(x), y: Math.round(y), maxHeight, side };
}
