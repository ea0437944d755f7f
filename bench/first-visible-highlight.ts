import type { Page } from 'playwright-core';

/** The centre of the first Geolens highlight inside the viewport, with room for its card, as the page's own script would find it. */
export function firstVisibleHighlight(page: Page): Promise<{ x: number; y: number } | null> {
  return page.evaluate(() => {
    for (const [name, highlight] of CSS.highlights as unknown as Map<string, Set<AbstractRange>>) {
      if (!name.startsWith('geolens-') || name === 'geolens-focus') continue;
      for (const r of highlight) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        const rect = range.getClientRects()[0];
        if (rect && rect.top > 0 && rect.bottom < innerHeight - 200 && rect.left > 0 && rect.right < innerWidth - 300) {
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      }
    }
    return null;
  });
}
