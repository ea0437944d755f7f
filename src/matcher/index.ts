/**
 * Entity matching for page text: pure functions and data structures, no DOM,
 * browser or Node APIs, so the same code runs in the content script, in a
 * worker, in tests and at build time.
 */
export { WordStartTrie } from './word-start-trie';
export type { SerializedWordStartTrie, WordStartTrieOptions } from './word-start-trie';
export { COMMON_RANGES, computeCharTables, loadCharTables } from './char-tables';
export type { CharTables } from './char-tables';
export { Matcher } from './matcher';
export { compileMatcher } from './compile-matcher';
export type { HitFilter, SerializedMatcher } from './matcher';
export { PageContext, applyContextRules, confirmedEntities, dependsOnContext, resolveSpan } from './context-rules';
export { fold, foldCodeUnit, foldCodeUnitKeepingCase, foldKeepingCase, upperCodeUnit } from './fold';
export { matcherEntriesFromEntities, matcherFromEntities } from './matcher-from-entities';
export type { MatcherEntry, Span } from './span';
export { isWordBoundary } from './word-boundary';
export { isTitleCase, lookAlikeFilter, runsIntoLongerName } from './look-alike';
export { packStarts, sliceAt } from './packed-ints';
