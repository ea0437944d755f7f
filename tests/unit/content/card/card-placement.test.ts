import { describe, expect, it } from 'vitest';
import { CARD_OFFSET_PX, MAX_CARD_HEIGHT_PX, MIN_CARD_HEIGHT_PX, VIEWPORT_PADDING_PX, placeCard } from '../../../../src/content/card/card-placement';

const viewport = { width: 1000, height: 800 };
const word = (left: number, top: number) => ({ left, top, bottom: top + 20 });

describe('placeCard', () => {
  it('puts the card below the word, left edges aligned, when it fits there', () => {
    expect(placeCard(word(100, 100), { width: 300, height: 200 }, viewport)).toEqual({
      x: 100,
      y: 120 + CARD_OFFSET_PX,
      maxHeight: MAX_CARD_HEIGHT_PX,
      side: 'below',
    });
  });

  it('goes above a word near the bottom when only there is room, its bottom edge by the word', () => {
    const placed = placeCard(word(100, 700), { width: 300, height: 200 }, viewport);
    expect(placed.side).toBe('above');
    expect(placed.y + 200).toBe(700 - CARD_OFFSET_PX);
  });

  it('takes the roomier side when it fits on neither, and scrolls inside a max height that keeps it on screen', () => {
    const placed = placeCard(word(100, 500), { width: 300, height: 900 }, viewport);
    const room = 500 - CARD_OFFSET_PX - VIEWPORT_PADDING_PX;
    expect(placed).toMatchObject({ side: 'above', maxHeight: Math.min(MAX_CARD_HEIGHT_PX, room) });
    expect(placed.y).toBeGreaterThanOrEqual(VIEWPORT_PADDING_PX);
    const low = placeCard(word(100, 100), { width: 300, height: 900 }, viewport);
    expect(low).toMatchObject({ side: 'below', maxHeight: MAX_CARD_HEIGHT_PX });
  });

  it('never makes the card shorter than its minimum, even in a tiny viewport', () => {
    expect(placeCard(word(10, 40), { width: 200, height: 400 }, { width: 400, height: 120 }).maxHeight).toBe(MIN_CARD_HEIGHT_PX);
  });

  it('keeps the card inside the viewport sideways: shifted left near the right edge, padded at the left', () => {
    expect(placeCard(word(900, 100), { width: 300, height: 100 }, viewport).x).toBe(1000 - VIEWPORT_PADDING_PX - 300);
    expect(placeCard(word(-50, 100), { width: 300, height: 100 }, viewport).x).toBe(VIEWPORT_PADDING_PX);
    // Wider than the viewport: the left edge stays visible.
    expect(placeCard(word(100, 100), { width: 1200, height: 100 }, viewport).x).toBe(VIEWPORT_PADDING_PX);
  });
});
