/**
 * The dataset as the popup reads it (citations without the documents' full
 * text, which only the source viewer needs), its search index, and what the
 * empty popup offers. This module is imported dynamically by
 * `use-popup-data.ts`, after the popup's first paint: parsing a dataset a
 * hundred times today's size takes longer than a first paint may.
 */
import data from 'virtual:geolens/dataset-without-texts';
import { SearchIndex, suggestedSearches } from '../search';

export { data };

let index: SearchIndex | undefined;

/** Built once, on first use: after the next paint, or as soon as the reader searches if that comes first. */
export function searchIndex(): SearchIndex {
  index ??= new SearchIndex(data);
  return index;
}

export const suggestions: string[] = suggestedSearches(data);

/** Every topic with its number of facts, most first, for browsing. */
export const topics: [string, number][] = (() => {
  const counts = new Map<string, number>();
  for (const fact of data.facts) counts.set(fact.topic, (counts.get(fact.topic) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
})();
