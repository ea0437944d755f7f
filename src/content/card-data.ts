/**
 * The dataset as the content script sees it, inlined at build time by
 * src/build/dataset-plugin.ts as JSON strings (JSON.parse of a string is
 * faster than an object literal). The matcher arrives compiled: building its
 * trie on every page would cost more than loading it. At start only each
 * entity's category is parsed; the entities, facts and citations when a card
 * first opens, because most pages are read without opening one.
 */
import type { CardEntity, Category, DocumentMeta, Fact } from '../dataset/types';
import { Matcher, loadCharTables, type SerializedMatcher } from '../matcher';

declare const __GEOLENS_ENTITIES__: string;
declare const __GEOLENS_CATEGORIES__: string;
declare const __GEOLENS_CITATIONS__: string;
declare const __GEOLENS_MATCHER__: string;
declare const __GEOLENS_CHAR_TABLES__: string;

export type DocumentRef = Omit<DocumentMeta, 'text'>;

export interface Citations {
  facts: Fact[];
  documents: DocumentRef[];
}

let categories: ReadonlyMap<string, Category> | undefined;
/** Each entity's category, keyed by id: all that highlighting needs, and only an active page asks. */
export function loadCategories(): ReadonlyMap<string, Category> {
  return (categories ??= new Map(Object.entries(JSON.parse(CATEGORIES_JSON) as Record<string, Category>)));
}

let entities: ReadonlyMap<string, CardEntity> | undefined;
/** The entities, parsed when a card or the page summary first needs one: a large dictionary is mostly never shown. */
export function loadEntities(): ReadonlyMap<string, CardEntity> {
  return (entities ??= new Map((JSON.parse(ENTITIES_JSON) as CardEntity[]).map((e) => [e.id, e])));
}

// The data's JSON, read once at the top level: a string literal inside a function body would be
// scanned again when V8 compiles that function on first call (over 200 ms for a 9 MB matcher).
const MATCHER_JSON: string = __GEOLENS_MATCHER__;
const CATEGORIES_JSON: string = __GEOLENS_CATEGORIES__;
const ENTITIES_JSON: string = __GEOLENS_ENTITIES__;
const CITATIONS_JSON: string = __GEOLENS_CITATIONS__;

/**
 * The matcher compiled at build time, with the character tables its first
 * scan needs; only an active page asks for it. Each `yield` ends a task: with
 * a large dictionary, parsing the JSON and rebuilding the trie each cost tens
 * of milliseconds, and together they would be one long task on the page.
 */
export function* loadMatcher(): Generator<void, Matcher> {
  loadCategories();
  loadCharTables(JSON.parse(__GEOLENS_CHAR_TABLES__));
  yield;
  const serialized = JSON.parse(MATCHER_JSON) as SerializedMatcher;
  yield;
  return Matcher.fromSerialized(serialized);
}

let citations: Citations | undefined;
export function loadCitations(): Citations {
  return (citations ??= JSON.parse(CITATIONS_JSON));
}
