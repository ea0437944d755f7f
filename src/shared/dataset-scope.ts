/**
 * What Geolens's facts cover, in words a reader can weigh a card by: how many
 * facts, from how many documents, on what, and when those were published.
 * The card and the popup both state it, so that "no fact relates to this
 * page" reads as what it is: a narrow dataset, not a verdict on the page.
 */
import type { DocumentRef } from '../model/document';

export interface DatasetScope {
  /** Facts in the whole dataset. */
  facts: number;
  /** The documents they are quoted from, newest first. */
  documents: DocumentRef[];
  /** What the documents are about, each subject once ("China–Kazakhstan relations"). */
  subjects: string[];
  /** The years the documents were published in: first and last. */
  years: [string, string] | null;
}

export function datasetScope(documents: readonly DocumentRef[], factCount: number): DatasetScope {
  const sorted = [...documents].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const subjects = [...new Set(sorted.map((d) => d.subject).filter((s): s is string => !!s))];
  const years = sorted.map((d) => d.date.slice(0, 4)).sort();
  return { facts: factCount, documents: sorted, subjects, years: years.length ? [years[0]!, years.at(-1)!] : null };
}

/** "2015", or "2013–2015". */
export function formatYears(years: [string, string] | null): string {
  if (!years) return '';
  return years[0] === years[1] ? years[0] : `${years[0]}–${years[1]}`;
}
