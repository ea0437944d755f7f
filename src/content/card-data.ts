/**
 * The dataset as the content script sees it, inlined at build time by
 * src/build/dataset-plugin.ts as JSON strings (JSON.parse of a string is
 * faster than an object literal). Entities are parsed at start, for the
 * matcher; facts and citations only when a card first opens, because most
 * pages are read without opening one.
 */
import type { DocumentMeta, Entity, Fact } from '../dataset/types';

declare const __GEOLENS_ENTITIES__: string;
declare const __GEOLENS_CITATIONS__: string;

export type DocumentRef = Omit<DocumentMeta, 'text'>;

export interface Citations {
  facts: Fact[];
  documents: DocumentRef[];
}

export const entities: Entity[] = JSON.parse(__GEOLENS_ENTITIES__);

let citations: Citations | undefined;
export function loadCitations(): Citations {
  return (citations ??= JSON.parse(__GEOLENS_CITATIONS__));
}
