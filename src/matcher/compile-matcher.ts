/**
 * The build-time half of the matcher: turns aliases and blockers into the
 * trie and entry columns `Matcher` reads. A page never runs this; it loads
 * the build's output with `Matcher.fromSerialized` (matcher.ts).
 */
import { foldCodeUnit, foldCodeUnitKeepingCase, upperCodeUnit } from './fold.ts';
import { CASE_LETTERS, Matcher, type EntryColumns } from './matcher.ts';
import { packInts, packStarts } from './packed-ints.ts';
import type { MatcherEntry } from './span.ts';
import { WordStartTrie } from './word-start-trie.ts';

/** Compiles matcher entries (aliases and blockers); entries whose text is empty are kept (ids stay aligned) but never match. */
export function compileMatcher(entries: readonly MatcherEntry[]): Matcher {
  const entityIds: string[] = [];
  const entityIndex = new Map<string, number>();
  const contexts = new Map<number, readonly string[]>();
  const entities = new Int32Array(entries.length);
  const aliasIndexes = new Int32Array(entries.length);
  entries.forEach((entry, i) => {
    aliasIndexes[i] = entry.aliasIndex ?? -1;
    if (entry.entityId === null) {
      entities[i] = -1;
      return;
    }
    if (entry.context && entry.context.length > 0) contexts.set(i, entry.context);
    let index = entityIndex.get(entry.entityId);
    if (index === undefined) {
      index = entityIds.push(entry.entityId) - 1;
      entityIndex.set(entry.entityId, index);
    }
    entities[i] = index;
  });
  const texts = entries.map((e) => e.text);
  const columns: EntryColumns = {
    texts: texts.join(''),
    textStarts: packStarts(texts),
    cases: entries.map((e) => CASE_LETTERS[e.case]).join(''),
    entityIds: entityIds.join(''),
    entityIdStarts: packStarts(entityIds),
    entities: packInts(entities.map((e) => e + 1)),
    aliasIndexes: packInts(aliasIndexes.map((a) => a + 1)),
    contexts,
  };
  const startPairs = startPairsOf(entries);
  return new Matcher(columns, WordStartTrie.build(texts, { fold: foldCodeUnit, startPairs }), startPairs, entries);
}

/**
 * The pairs of raw ASCII code units a hit that passes `caseMatches` can
 * start with, packed as `c0 << 7 | c1`: the trie rejects every other word
 * start with one lookup. Folded case-insensitively, every "ma" would start a
 * walk for "Masimov"; here only "Ma" and "MA" do. `exact` allows the first
 * two units as written; `proper` also both in capitals (its other reading is
 * capitals throughout); `any` every unit that folds alike. One-unit entries
 * need no pair (the trie reports them on its own).
 */
export function startPairsOf(entries: readonly MatcherEntry[]): string {
  // Which raw ASCII units give each value of the two folds.
  const byFold = new Map<number, number[]>();
  const byKeepingCase = new Map<number, number[]>();
  for (let c = 0; c < 128; c++) {
    const folded = foldCodeUnit(c);
    const kept = foldCodeUnitKeepingCase(c);
    byFold.set(folded, [...(byFold.get(folded) ?? []), c]);
    byKeepingCase.set(kept, [...(byKeepingCase.get(kept) ?? []), c]);
  }
  const allowed = new Uint8Array(128 * 128);
  const allow = (units: Map<number, number[]>, u0: number, u1: number): void => {
    for (const c0 of units.get(u0) ?? []) for (const c1 of units.get(u1) ?? []) allowed[(c0 << 7) | c1] = 1;
  };
  for (const { text, case: mode } of entries) {
    if (text.length < 2) continue;
    if (mode === 'any') {
      allow(byFold, foldCodeUnit(text.charCodeAt(0)), foldCodeUnit(text.charCodeAt(1)));
      continue;
    }
    const u0 = foldCodeUnitKeepingCase(text.charCodeAt(0));
    const u1 = foldCodeUnitKeepingCase(text.charCodeAt(1));
    allow(byKeepingCase, u0, u1);
    if (mode === 'proper') allow(byKeepingCase, upperCodeUnit(u0), upperCodeUnit(u1));
  }
  const pairs: number[] = [];
  allowed.forEach((ok, pair) => {
    if (ok) pairs.push(pair);
  });
  return packInts(pairs);
}
