/**
 * What the content script carries of the dataset, inlined at build time by
 * src/build/dataset-plugin.ts: the compiled matcher (an object of a few long
 * strings, used as they are), each entity's category (a string of digits)
 * and name (one string, cut where the page summary needs a name), and the
 * character tables (JSON, parsed when matching starts). The matcher arrives
 * compiled: building its trie on every page would cost more than loading it.
 * What a card shows (descriptions, facts, citations) is not here: the worker
 * answers for it when a card opens, so no page parses the whole dataset.
 */
import { CATEGORIES, type Category } from '../model/entity';
import { Matcher, loadCharTables, sliceAt, type SerializedMatcher } from '../matcher';
import type { FactLink } from '../relevance/fact-relation';
import { FigureChecker } from '../relevance/figure-check';
import { decodeFigureCheckData } from '../relevance/figure-check-data';
import { decodeRelevanceData, factsByEntity } from '../relevance/relevance-data';
import { TopicMatcher } from '../relevance/topic-words';
import type { RelevanceSource } from './page-relevance';

declare const __GEOLENS_CATEGORIES__: string;
declare const __GEOLENS_NAMES__: string;
declare const __GEOLENS_NAME_STARTS__: string;
declare const __GEOLENS_MATCHER__: SerializedMatcher;
declare const __GEOLENS_CHAR_TABLES__: string;
declare const __GEOLENS_RELEVANCE__: string;
declare const __GEOLENS_FIGURES__: string;

// The data, read once at the top level: a literal inside a function body would be scanned again
// when V8 compiles that function on first call (over 200 ms for a 9 MB matcher).
const MATCHER: SerializedMatcher = __GEOLENS_MATCHER__;
const CATEGORY_DIGITS: string = __GEOLENS_CATEGORIES__;
const NAMES: string = __GEOLENS_NAMES__;
const NAME_STARTS: string = __GEOLENS_NAME_STARTS__;
const RELEVANCE: string = __GEOLENS_RELEVANCE__;
const FIGURES: string = __GEOLENS_FIGURES__;

/**
 * Each entity's category and name travel as columns in the order of the
 * matcher's entity ids, and a span says where its entity sits in that order
 * (`entityIndex`): a page builds no table keyed by id at start (an object
 * keyed by 50,000 ids took 36–44 ms to parse). Entities no alias names never
 * match, so they need neither.
 */
export interface EntityColumns {
  /** One digit per entity: its category's index in CATEGORIES. */
  categories: string;
  /** Every entity's name, back to back. */
  names: string;
  /** Packed (see packed-ints.ts): where each name starts in `names`. */
  nameStarts: string;
}

/** The category of the entity at `entityIndex` in the matcher's entity ids. */
export function categoryAt(entityIndex: number): Category {
  return CATEGORIES[CATEGORY_DIGITS.charCodeAt(entityIndex) - 48]!;
}

/** The name of the entity at `entityIndex` in the matcher's entity ids, for the page summary. */
export function nameAt(entityIndex: number): string {
  return sliceAt(NAMES, NAME_STARTS, entityIndex);
}

/**
 * The matcher compiled at build time, with the character tables its first
 * scan needs; only an active page asks for it. Nothing here is proportional
 * to the dictionary (its columns are read in place), so one step does it;
 * it stays a generator so that `runInTasks` times it and can cancel it.
 */
export function* loadMatcher(): Generator<void, Matcher> {
  loadCharTables(JSON.parse(__GEOLENS_CHAR_TABLES__));
  return Matcher.fromSerialized(MATCHER);
}

const NO_FACTS: readonly FactLink[] = [];

/**
 * Each fact's topic and entities, and the topic words (src/relevance/relevance-data.ts):
 * what the page needs to tell which entities relate to it. Decoded on first use.
 */
export function loadRelevance(): RelevanceSource {
  const data = decodeRelevanceData(RELEVANCE);
  const byEntity = factsByEntity(data.facts);
  return { factsOf: (id) => byEntity.get(id) ?? NO_FACTS, categoryOf: (id) => data.categories.get(id), topics: new TopicMatcher(data.topics) };
}

/**
 * The metric definitions and sourced values of the figure check
 * (src/relevance/figure-check-data.ts), decoded when the first walk of a
 * page with the check on is over: a page that never gets there pays nothing.
 */
export function loadFigureChecker(): FigureChecker {
  return new FigureChecker(decodeFigureCheckData(FIGURES));
}
