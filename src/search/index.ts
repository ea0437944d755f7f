/**
 * Fact search for the popup: pure, no DOM or browser APIs. See
 * `search-index.ts` for how a query is answered.
 */
export { SearchIndex, type SearchFilter, type SearchHit, type SearchResults } from './search-index';
export { highlightSegments, hasMatch, snippet, type Highlights, type Segment } from './highlight-segments';
export { suggestedSearches } from './suggested-searches';
export type { DocumentRef, SearchableData } from './searchable-fields';
