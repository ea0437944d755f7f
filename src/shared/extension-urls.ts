/**
 * The addresses of Geolens's own pages, relative to the extension's root
 * (`browser.runtime.getURL` makes them absolute), with the query parameters
 * each page reads.
 */

/** The source viewer, open on one fact's quote. */
export function viewerUrl(factId: string): string {
  return `src/viewer/index.html?fact=${encodeURIComponent(factId)}`;
}

/** The worker opens the options page with this query parameter after install; the page then greets the user. */
export const WELCOME_PARAM = 'welcome';

/** Long enough for any entity name or a short phrase; a whole selected paragraph is not a search. */
export const SEARCH_QUERY_MAX_LENGTH = 100;

/** The popup's search, opened in a tab with a query (the context menu's "Look up"). */
export function searchUrl(query: string): string {
  const words = query.replace(/\s+/g, ' ').trim();
  const capped = Array.from(words).slice(0, SEARCH_QUERY_MAX_LENGTH).join('').trim();
  return `src/popup/index.html?q=${encodeURIComponent(capped)}`;
}
