/**
 * What the build inlines into the content script, and how the page reads it:
 * the one owner of that format. The build (src/build/dataset-plugin.ts)
 * writes it with `pageDataDefine`; the content script (page-data.ts) reads
 * the global it names with the functions below; a unit test round-trips it.
 *
 * Format: one global, `__GEOLENS_PAGE_DATA__`, an object literal of strings
 * (`EncodedPageData`). The matcher arrives compiled, as a few long strings
 * read in place (format in src/matcher/matcher.ts): V8 takes a literal as it
 * compiles the script, where a JSON string would be scanned and then copied
 * again by JSON.parse, and building the trie on every page would cost more
 * than loading it. Each entity's category and name travel as columns in the
 * order of the matcher's entity ids, and a span says where its entity sits
 * in that order (`entityIndex`), so a page builds no table keyed by id.
 * Entities no alias names never match, so they need neither. Only the small
 * character tables, the relevance data and the figure check's data are JSON,
 * each parsed when first needed. What a card shows (descriptions, facts,
 * citations) is not here: the worker answers for it.
 */
import { computeCharTables, loadCharTables } from '../matcher/char-tables.ts';
import { Matcher, type SerializedMatcher } from '../matcher/matcher.ts';
import { matcherFromEntities } from '../matcher/matcher-from-entities.ts';
import { packStarts, sliceAt } from '../matcher/packed-ints.ts';
import type { Dataset } from '../model/dataset.ts';
import { CATEGORIES, type Category } from '../model/entity.ts';
import { decodeFigureCheckData, encodeFigureCheckData } from '../relevance/figure-check-data.ts';
import { decodeRelevanceData, encodeRelevanceData, type RelevanceData } from '../relevance/relevance-data.ts';

/** The global the build defines and page-data.ts declares (a unit test holds the two to the same name). */
export const PAGE_DATA_GLOBAL = '__GEOLENS_PAGE_DATA__';

export interface EncodedPageData {
  matcher: SerializedMatcher;
  /** JSON: the character tables the matcher's first scan needs (src/matcher/char-tables.ts). */
  charTables: string;
  /** One digit per entity, in the matcher's order: its category's index in CATEGORIES. */
  categories: string;
  /** Every entity's name, back to back, in the matcher's order. */
  names: string;
  /** Packed (src/matcher/packed-ints.ts): where each name starts in `names`. */
  nameStarts: string;
  /** src/relevance/relevance-data.ts. */
  relevance: string;
  /** src/relevance/figure-check-data.ts. */
  figures: string;
}

export function encodePageData(dataset: Pick<Dataset, 'entities' | 'facts' | 'topics' | 'metrics'>): EncodedPageData {
  const { entities, facts } = dataset;
  const matcher = matcherFromEntities(entities);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const ordered = matcher.entityIds.map((id) => byId.get(id)!);
  const names = ordered.map((e) => e.name);
  return {
    matcher: matcher.serialize(),
    charTables: JSON.stringify(computeCharTables()),
    categories: ordered.map((e) => String(CATEGORIES.indexOf(e.category))).join(''),
    names: names.join(''),
    nameStarts: packStarts(names),
    relevance: encodeRelevanceData({ facts, topics: dataset.topics ?? [], entities }),
    figures: encodeFigureCheckData(dataset.metrics ?? [], facts),
  };
}

/** The build's `define` for the content script: the global, as a JavaScript literal (JSON is one). */
export function pageDataDefine(dataset: Pick<Dataset, 'entities' | 'facts' | 'topics' | 'metrics'>): Record<string, string> {
  return { [PAGE_DATA_GLOBAL]: JSON.stringify(encodePageData(dataset)) };
}

/** The category of the entity at `entityIndex` in the matcher's entity ids. */
export function categoryAt(data: EncodedPageData, entityIndex: number): Category {
  return CATEGORIES[data.categories.charCodeAt(entityIndex) - 48]!;
}

/** The name of the entity at `entityIndex` in the matcher's entity ids. */
export function nameAt(data: EncodedPageData, entityIndex: number): string {
  return sliceAt(data.names, data.nameStarts, entityIndex);
}

/** The matcher, ready to match: nothing here is proportional to the dictionary. */
export function decodeMatcher(data: EncodedPageData): Matcher {
  loadCharTables(JSON.parse(data.charTables));
  return Matcher.fromSerialized(data.matcher);
}

export function decodeRelevance(data: EncodedPageData): RelevanceData {
  return decodeRelevanceData(data.relevance);
}

export function decodeFigureCheck(data: EncodedPageData): ReturnType<typeof decodeFigureCheckData> {
  return decodeFigureCheckData(data.figures);
}
