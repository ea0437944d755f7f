/**
 * What the content script carries of the dataset, inlined at build time
 * (page-data-format.ts owns the format): the compiled matcher, each entity's
 * category and name, and what relevance and the figure check need. What a
 * card shows is not here: the worker answers for it when a card opens, so no
 * page parses the whole dataset.
 */
import type { Category } from '../model/entity';
import type { Matcher } from '../matcher';
import type { FactLink } from '../relevance/fact-relation';
import { FigureChecker } from '../relevance/figure-check';
import { factsByEntity } from '../relevance/relevance-data';
import { TopicMatcher } from '../relevance/topic-words';
import * as format from './page-data-format';
import type { RelevanceSource } from './page-relevance';

declare const __GEOLENS_PAGE_DATA__: format.EncodedPageData;

// Read once at the top level: a literal inside a function body would be scanned again when V8
// compiles that function on first call, and the matcher grows with the dictionary.
const DATA: format.EncodedPageData = __GEOLENS_PAGE_DATA__;

/** The category of the entity at `entityIndex` in the matcher's entity ids. */
export function categoryAt(entityIndex: number): Category {
  return format.categoryAt(DATA, entityIndex);
}

/** The name of the entity at `entityIndex` in the matcher's entity ids, for the page summary. */
export function nameAt(entityIndex: number): string {
  return format.nameAt(DATA, entityIndex);
}

/**
 * The matcher compiled at build time; only an active page asks for it.
 * Nothing here is proportional to the dictionary (its columns are read in
 * place), so one step does it; it stays a generator so that `runInTasks`
 * times it and can cancel it.
 */
export function* loadMatcher(): Generator<void, Matcher> {
  return format.decodeMatcher(DATA);
}

const NO_FACTS: readonly FactLink[] = [];

/** Each fact's topic and entities, and the topic words: what the page needs to tell which entities relate to it. */
export function loadRelevance(): RelevanceSource {
  const data = format.decodeRelevance(DATA);
  const byEntity = factsByEntity(data.facts);
  return { factsOf: (id) => byEntity.get(id) ?? NO_FACTS, categoryOf: (id) => data.categories.get(id), topics: new TopicMatcher(data.topics) };
}

/**
 * The figure check's metrics and sourced values, decoded when the first walk
 * of a page with the check on is over: a page that never gets there pays nothing.
 */
export function loadFigureChecker(): FigureChecker {
  return new FigureChecker(format.decodeFigureCheck(DATA));
}
