/**
 * Whether a highlight is painted, not only registered: the page's pixels
 * where a highlight's range sits, with the highlights and without them. Runs
 * through Playwright (Chromium) and Puppeteer (Firefox) alike.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** In the page: the viewport box of the first range of `name` whose text is in a shadow root (or not), scrolled into view. */
export function highlightBox([name, inShadow]: [string, boolean]): Box | null {
  // Inside the function: it is sent to the page as source. How far below the text box an underline may be drawn.
  const UNDERLINE_ROOM_PX = 10;
  const highlight = (CSS.highlights as unknown as Map<string, Set<AbstractRange>>).get(name);
  for (const range of highlight ?? []) {
    if ((range.startContainer.getRootNode() instanceof ShadowRoot) !== inShadow) continue;
    const live = document.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const box = live.getBoundingClientRect();
    // Underlines sit below the text box (`text-underline-offset`): the box reaches a few pixels further down.
    return { x: Math.floor(box.x), y: Math.floor(box.y), width: Math.ceil(box.width), height: Math.ceil(box.height) + UNDERLINE_ROOM_PX };
  }
  return null;
}

/** In the page: takes every highlight away (the registry is the document's, shared with the content script) and waits for a frame. */
export function clearHighlights(): Promise<void> {
  CSS.highlights.clear();
  return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
}
