/**
 * What the content script carries of the dataset, inlined at build time by
 * src/build/dataset-plugin.ts as JSON strings (JSON.parse of a string is
 * faster than an object literal): the compiled matcher, each entity's
 * category and name, and the character tables. The matcher arrives compiled:
 * building its trie on every page would cost more than loading it. What a
 * card shows (descriptions, facts, citations) is not here: the worker answers
 * for it when a card opens, so no page parses the whole dataset.
 */
import type { Category } from '../dataset/types';
import { Matcher, loadCharTables, type SerializedMatcher } from '../matcher';

declare const __GEOLENS_CATEGORIES__: string;
declare const __GEOLENS_NAMES__: string;
declare const __GEOLENS_MATCHER__: string;
declare const __GEOLENS_CHAR_TABLES__: string;

// The data's JSON, read once at the top level: a string literal inside a function body would be
// scanned again when V8 compiles that function on first call (over 200 ms for a 9 MB matcher).
const MATCHER_JSON: string = __GEOLENS_MATCHER__;
const CATEGORIES_JSON: string = __GEOLENS_CATEGORIES__;
const NAMES_JSON: string = __GEOLENS_NAMES__;

let categories: ReadonlyMap<string, Category> | undefined;
/** Each entity's category, keyed by id: all that highlighting needs, and only an active page asks. */
export function loadCategories(): ReadonlyMap<string, Category> {
  return (categories ??= new Map(Object.entries(JSON.parse(CATEGORIES_JSON) as Record<string, Category>)));
}

let names: ReadonlyMap<string, string> | undefined;
/** Each entity's name, for the page summary the popup asks for. */
export function loadNames(): ReadonlyMap<string, string> {
  return (names ??= new Map(Object.entries(JSON.parse(NAMES_JSON) as Record<string, string>)));
}

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
