import { WordStartTrie, type SerializedWordStartTrie } from './word-start-trie.ts';
import { foldCodeUnit, foldCodeUnitKeepingCase, foldKeepingCase, upperCodeUnit } from './fold.ts';
import type { CaseMode } from '../model/entity.ts';
import type { MatcherEntry, Span } from './span.ts';
import { intAt, packedLength, sliceAt } from './packed-ints.ts';
import { isWordBoundary } from './word-boundary.ts';

/**
 * JSON-ready form of a compiled matcher, with the entries in columns of
 * strings: a page parses a few long strings far faster than arrays of
 * numbers or one object per alias, and reads them in place (packed-ints.ts),
 * so loading does no pass over the entries.
 */
export interface SerializedMatcher {
  format: typeof FORMAT;
  /** Every entry's text as written, back to back. */
  texts: string;
  /** Packed: where each entry's text starts in `texts`, then the total. */
  textStarts: string;
  /** Each entry's case mode, one letter each: e(xact), p(roper) or a(ny). */
  cases: string;
  /**
   * The entities the entries name, each once, back to back: a page parses one string far faster
   * than an array of 50,000, and cuts out only the ids its spans name.
   */
  entityIds: string;
  /** Packed: where each id starts in `entityIds`, then the total. */
  entityIdStarts: string;
  /** Packed: each entry's entity as an index into `entityIds`, plus one (0 for a blocker). */
  entities: string;
  /** Packed: each entry's alias index plus one (0 where it has none). */
  aliasIndexes: string;
  /** Context entity ids of the few entries that have them, by entry index. */
  contexts: Record<string, string[]>;
  /** Packed: the raw ASCII pairs a valid hit can start with (see `startPairsOf`). */
  startPairs: string;
  trie: SerializedWordStartTrie;
}

/** A matcher's entries as columns, indexed by entry id: what matching reads. */
export type EntryColumns = Omit<SerializedMatcher, 'format' | 'contexts' | 'startPairs' | 'trie'> & {
  contexts: ReadonlyMap<number, readonly string[]>;
};

const FORMAT = 'geolens-matcher/6';
export const CASE_LETTERS: Record<CaseMode, string> = { exact: 'e', proper: 'p', any: 'a' };
const CASE_MODES: Record<string, CaseMode> = { e: 'exact', p: 'proper', a: 'any' };
const ANY = 'a'.charCodeAt(0);
const PROPER = 'p'.charCodeAt(0);
const NO_CONTEXT: readonly string[] = Object.freeze([]);

// Among readings of the same characters: an ambiguous alias is tried first
// (it is the more specific claim), then an unconditional one, and a blocker
// only when there is no alias at all.
const RANK_CONTEXTUAL = 0;
const RANK_UNCONDITIONAL = 1;
const RANK_BLOCKER = 2;

/** Valid hits of one `match` call, as parallel arrays indexed by hit number. */
/** Says whether an alias hit (its words and its entity's index) is to be dropped, e.g. as a look-alike. */
export type HitFilter = (text: string, start: number, end: number, entityIndex: number) => boolean;

interface Hits {
  starts: readonly number[];
  ends: readonly number[];
  ids: readonly number[];
}

/**
 * Finds entity mentions in text: one pass over the folded text walks the
 * trie of aliases from every word start, then every hit is checked for word
 * boundaries and case (on the original text), and the valid hits are reduced
 * leftmost-longest. Holds no DOM or
 * browser state; one instance can serve any number of text chunks.
 */
export class Matcher {
  private readonly trie: WordStartTrie;
  private readonly startPairs: string;
  private readonly columns: EntryColumns;
  private readonly count: number;
  /** Each entry's rank plus one, worked out at its first hit (0: not yet). */
  private readonly ranks: Uint8Array;
  private entryObjects: readonly MatcherEntry[] | undefined;
  // Case keys are computed on first hit: most of a large dictionary never matches.
  private readonly caseKeys: (string | undefined)[];

  /** From parts already built: `compileMatcher` (at build time) and `fromSerialized` (on a page) make them. */
  constructor(columns: EntryColumns, trie: WordStartTrie, startPairs: string, entries?: readonly MatcherEntry[]) {
    this.columns = columns;
    this.trie = trie;
    this.startPairs = startPairs;
    this.entryObjects = entries;
    this.count = columns.cases.length;
    this.ranks = new Uint8Array(this.count);
    this.caseKeys = new Array<string | undefined>(this.count);
  }

  /** The entries, as given to `compileMatcher` (or rebuilt from the columns, once, after `fromSerialized`). */
  get entries(): readonly MatcherEntry[] {
    if (!this.entryObjects) {
      const { cases, contexts } = this.columns;
      const entries: MatcherEntry[] = [];
      for (let i = 0; i < this.count; i++) {
        const entity = this.entityOf(i);
        const entry: MatcherEntry = { text: this.textOf(i), case: CASE_MODES[cases[i]!]!, entityId: entity === -1 ? null : this.entityIdAt(entity) };
        const aliasIndex = this.aliasIndexOf(i);
        if (aliasIndex !== -1) entry.aliasIndex = aliasIndex;
        const context = contexts.get(i);
        if (context) entry.context = context;
        entries.push(entry);
      }
      this.entryObjects = entries;
    }
    return this.entryObjects;
  }

  /**
   * Takes a matcher from `serialize()` output. The checks cost nothing
   * (lengths, totals, one native test of the case letters): this runs on
   * every page load, and the data is the build's own.
   */
  static fromSerialized(data: SerializedMatcher): Matcher {
    if (data.format !== FORMAT) throw new Error(`Unknown matcher format: ${String(data.format)}`);
    const count = typeof data.cases === 'string' ? data.cases.length : -1;
    if (
      typeof data.texts !== 'string' ||
      packedLength(data.textStarts) !== count + 1 ||
      packedLength(data.entities) !== count ||
      packedLength(data.aliasIndexes) !== count
    ) {
      throw new Error('Corrupt serialized matcher: entry columns differ in length');
    }
    if (!/^[epa]*$/.test(data.cases)) throw new Error('Corrupt serialized matcher: unknown case letters');
    if (intAt(data.textStarts, 0) !== 0 || intAt(data.textStarts, count) !== data.texts.length) {
      throw new Error('Corrupt serialized matcher: the texts do not add up');
    }
    const entityCount = packedLength(data.entityIdStarts) - 1;
    if (typeof data.entityIds !== 'string' || entityCount < 0 || intAt(data.entityIdStarts, 0) !== 0 || intAt(data.entityIdStarts, entityCount) !== data.entityIds.length) {
      throw new Error('Corrupt serialized matcher: the entity ids do not add up');
    }
    if (typeof data.startPairs !== 'string' || packedLength(data.startPairs) < 0) throw new Error('Corrupt serialized matcher: start pairs');
    const trie = WordStartTrie.fromSerialized(data.trie, { fold: foldCodeUnit, startPairs: data.startPairs });
    if (trie.patternCount !== count) throw new Error('Corrupt serialized matcher: entry count does not match the trie');
    const contexts = new Map<number, readonly string[]>();
    for (const [key, context] of Object.entries(data.contexts)) contexts.set(Number(key), context);
    const { texts, textStarts, cases, entityIds, entityIdStarts, entities, aliasIndexes } = data;
    return new Matcher({ texts, textStarts, cases, entityIds, entityIdStarts, entities, aliasIndexes, contexts }, trie, data.startPairs);
  }

  serialize(): SerializedMatcher {
    const { contexts, ...columns } = this.columns;
    return {
      format: FORMAT,
      ...columns,
      contexts: Object.fromEntries([...contexts].map(([i, context]) => [String(i), [...context]])),
      startPairs: this.startPairs,
      trie: this.trie.serialize(),
    };
  }

  /** Entry `id`'s text as written. */
  private textOf(id: number): string {
    return sliceAt(this.columns.texts, this.columns.textStarts, id);
  }

  /** Entry `id`'s entity, as an index into `entityIds`; -1 for a blocker. */
  private entityOf(id: number): number {
    return intAt(this.columns.entities, id) - 1;
  }

  /** Entry `id`'s alias index; -1 where it has none. */
  private aliasIndexOf(id: number): number {
    return intAt(this.columns.aliasIndexes, id) - 1;
  }

  /** Entry `id`'s place among readings of the same characters (see RANK_*). */
  private rankOf(id: number): number {
    let rank = this.ranks[id]! - 1;
    if (rank < 0) {
      rank = this.entityOf(id) === -1 ? RANK_BLOCKER : this.columns.contexts.has(id) ? RANK_CONTEXTUAL : RANK_UNCONDITIONAL;
      this.ranks[id] = rank + 1;
    }
    return rank;
  }

  /** The entities the entries name, each once; a span's `entityIndex` points into this list. */
  get entityIds(): readonly string[] {
    const count = packedLength(this.columns.entityIdStarts) - 1;
    return Array.from({ length: count }, (_, i) => this.entityIdAt(i));
  }

  /** The id at `index` in `entityIds`, cut out once: a page needs the few its spans name, not 50,000 strings. */
  entityIdAt(index: number): string {
    let id = this.entityIdCache[index];
    if (id === undefined) {
      id = sliceAt(this.columns.entityIds, this.columns.entityIdStarts, index);
      this.entityIdCache[index] = id;
    }
    return id;
  }

  private readonly entityIdCache: (string | undefined)[] = [];

  /** Trie size, for diagnostics. */
  get nodeCount(): number {
    return this.trie.nodeCount;
  }

  /** The longest entry, in code units: how far a window must reach past its end to see every match that starts in it. */
  get longestEntry(): number {
    // Worked out when first asked (a page asks at its first very long text node), not at load.
    if (this.longest === undefined) {
      let longest = 0;
      for (let i = 0; i < this.trie.patternCount; i++) longest = Math.max(longest, this.trie.patternLength(i));
      this.longest = longest;
    }
    return this.longest;
  }

  private longest: number | undefined;

  /**
   * Entity spans in `text`, sorted and non-overlapping. Blocked phrases take
   * their place in the leftmost-longest reduction but produce no span.
   * Contextual spans are included; resolve them with `applyContextRules`.
   * `from`/`to` limit the scan to a window (for very long texts cut into
   * pieces); word boundaries are still judged on the whole text. `reject`
   * drops alias hits (never blockers) before they compete for their words.
   */
  match(text: string, from = 0, to: number = text.length, reject?: HitFilter): Span[] {
    // One scan per batch of text on a page: reuse the buffers instead of allocating per call.
    const { trieIds, trieEnds } = this;
    trieIds.length = 0;
    trieEnds.length = 0;
    this.trie.scan(text, trieIds, trieEnds, from, to);
    if (trieIds.length === 0) return [];
    const starts: number[] = [];
    const ends: number[] = [];
    const ids: number[] = [];
    let lastEnd = -1;
    let endOk = false;
    for (let h = 0; h < trieIds.length; h++) {
      const id = trieIds[h]!;
      const end = trieEnds[h]!;
      if (end !== lastEnd) {
        lastEnd = end;
        endOk = isWordBoundary(text, end);
      }
      if (!endOk) continue;
      const start = end - this.trie.patternLength(id);
      if (!isWordBoundary(text, start) || !this.caseMatches(text, start, id)) continue;
      // Before the leftmost-longest reduction, so that a rejected hit hides no shorter one inside it.
      if (reject) {
        const entityIndex = this.entityOf(id);
        if (entityIndex !== -1 && reject(text, start, end, entityIndex)) continue;
      }
      starts.push(start);
      ends.push(end);
      ids.push(id);
    }
    return starts.length === 0 ? [] : this.reduce(starts, ends, ids);
  }

  /** What the trie reported for the current `match` call: pattern ids and end offsets. */
  private readonly trieIds: number[] = [];
  private readonly trieEnds: number[] = [];

  private reduce(starts: number[], ends: number[], ids: number[]): Span[] {
    const ranks = ids.map((id) => this.rankOf(id));
    const order = starts.map((_, i) => i);
    order.sort((a, b) => starts[a]! - starts[b]! || ends[b]! - ends[a]! || ranks[a]! - ranks[b]! || ids[a]! - ids[b]!);
    return this.reduceSorted(order, { starts, ends, ids });
  }

  /** Leftmost-longest over hits already sorted by (start, longest first, rank, entry). */
  private reduceSorted(order: readonly number[], hits: Hits): Span[] {
    const { starts, ends } = hits;
    const spans: Span[] = [];
    let covered = 0;
    let i = 0;
    while (i < order.length) {
      const first = order[i]!;
      const start = starts[first]!;
      const end = ends[first]!;
      let j = i + 1;
      while (j < order.length && starts[order[j]!] === start && ends[order[j]!] === end) j++;
      if (start >= covered) {
        covered = end;
        const span = this.spanFor(order, i, j, hits);
        if (span) spans.push(span);
      }
      i = j;
    }
    return spans;
  }

  /**
   * The span for the readings `order[from, to)` of one range, with its
   * fallback chain. When every reading is contextual, the chain can come to
   * nothing, so the span also carries the leftmost-longest spans inside it
   * ("China" inside an ambiguous "visited China in March") to show instead.
   */
  private spanFor(order: readonly number[], from: number, to: number, hits: Hits): Span | undefined {
    const { starts, ends, ids } = hits;
    const start = starts[order[from]!]!;
    const end = ends[order[from]!]!;
    let head: Span | undefined;
    let tail: Span | undefined;
    let settled = false;
    for (let k = from; k < to && !settled; k++) {
      const id = ids[order[k]!]!;
      const rank = this.rankOf(id);
      // A blocker ends the chain: if no alias reading stands, the words mean something else.
      if (rank === RANK_BLOCKER) {
        settled = true;
        break;
      }
      const context = this.columns.contexts.get(id) ?? NO_CONTEXT;
      const entityIndex = this.entityOf(id);
      const span: Span = {
        start,
        end,
        entityId: this.entityIdAt(entityIndex),
        entityIndex,
        aliasIndex: this.aliasIndexOf(id),
        contextual: context.length > 0,
        context,
      };
      if (tail) tail.fallback = span;
      else head = span;
      tail = span;
      settled = rank === RANK_UNCONDITIONAL;
    }
    if (head && !settled) {
      const nested: number[] = [];
      for (let k = to; k < order.length && starts[order[k]!]! < end; k++) {
        if (ends[order[k]!]! <= end) nested.push(order[k]!);
      }
      if (nested.length > 0) {
        const inner = this.reduceSorted(nested, hits);
        if (inner.length > 0) head.inner = inner;
      }
    }
    return head;
  }

  /**
   * `exact`: the text equals the alias up to the case-keeping fold (quotes,
   * dashes, spaces, diacritics), so "Xi" is not "xi" but "Turkiye" still
   * matches "Türkiye". `proper`: exact, or the alias in capitals throughout.
   * `any`: the trie's case-insensitive match is enough.
   */
  private caseMatches(text: string, start: number, id: number): boolean {
    const mode = this.columns.cases.charCodeAt(id);
    if (mode === ANY) return true;
    let key = this.caseKeys[id];
    if (key === undefined) {
      key = foldKeepingCase(this.textOf(id));
      this.caseKeys[id] = key;
    }
    const n = key.length;
    let asWritten = true;
    for (let i = 0; i < n; i++) {
      if (foldCodeUnitKeepingCase(text.charCodeAt(start + i)) !== key.charCodeAt(i)) {
        asWritten = false;
        break;
      }
    }
    if (asWritten) return true;
    if (mode !== PROPER) return false;
    for (let i = 0; i < n; i++) {
      if (foldCodeUnitKeepingCase(text.charCodeAt(start + i)) !== upperCodeUnit(key.charCodeAt(i))) return false;
    }
    return true;
  }
}
