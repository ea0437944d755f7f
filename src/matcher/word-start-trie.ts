/**
 * A trie of folded patterns, walked from every position where a word can
 * start. Names only ever start at a word boundary, so the matcher never needs
 * an occurrence that begins inside a word; the trie is therefore walked
 * *anchored* at each candidate start and needs no failure links (unlike
 * Aho–Corasick, which finds occurrences at every offset).
 *
 * Why this shape: on a page, well over nine characters in ten sit inside
 * words or at word starts no name begins with. The scan steps through the
 * inside of a word in a three-operation loop, and rejects most word starts
 * with one lookup in a dense table of the trie's first two levels, indexed by
 * the two raw ASCII code units (and, when the caller gives `startPairs`,
 * only the pairs its case rules let through: "ma" is no start for
 * "Masimov"). Survivors walk the trie from the node that table found, two
 * levels down. That keeps the per-character cost close to a bare
 * `charCodeAt` loop, and the loop is small enough that V8 optimises it early
 * in a page's first scan, which is the one that counts.
 *
 * Layout. Nodes are numbered breadth-first with every node's children
 * numbered consecutively and sorted by label, so the trie needs no edge list:
 * the children of node `n` are `firstChild(n) .. firstChild(n + 1) - 1`, and
 * `labels[m]` is the code unit on the edge into node `m`. `outStart` and
 * `outPatterns` list, per node, the patterns that end there (CSR). Building
 * sorts the folded patterns once and splits the sorted runs level by level:
 * no per-node object is ever allocated. The columns are kept as strings
 * (integers packed two code units each, see packed-ints.ts) and read in
 * place, so a trie loaded on a page is ready without a pass over its nodes.
 */

import { stringFromCodeUnits } from './fold.ts';
import { intAt, packInts, packedLength } from './packed-ints.ts';
import { ASCII_WORD } from './word-boundary.ts';

export interface WordStartTrieOptions {
  /**
   * Maps each code unit of patterns and text before matching. Must be a
   * function of the code unit alone (so offsets stay true), and the same
   * when a serialized trie is loaded.
   */
  fold?: (codeUnit: number) => number;
  /**
   * Packed (see packed-ints.ts) `c0 << 7 | c1` for each pair of raw ASCII
   * code units a reported occurrence may start with. Without it, any pair
   * the trie's first two levels allow is walked. A caller that filters
   * occurrences after the scan (the matcher's case rules) passes the pairs
   * that can survive its filter, so that most word starts are rejected by
   * one table lookup instead of a walk: "in" or "ma" start names only in
   * capitals ("International…", "Masimov").
   * Occurrences of one-letter patterns are reported regardless.
   */
  startPairs?: string;
}

/** The trie's columns, JSON-ready as they are: the labels one code unit per node, the rest packed. */
export interface SerializedWordStartTrie {
  format: typeof FORMAT;
  /** The code unit on the edge into each node, in node order (the root's is a placeholder). */
  labels: string;
  /** Packed: each node's first child, then one past the last node. */
  firstChild: string;
  /** Packed: where each node's patterns start in `outPatterns`, then their total. */
  outStart: string;
  /** Packed: the patterns ending at each node, in node order. */
  outPatterns: string;
  /** Packed: each pattern's length. */
  patternLengths: string;
}

const FORMAT = 'geolens-word-start-trie/3';
const ROOT_LABEL = 0x30;
/** A `childAt` or `outAt` entry not read from its column yet (every real value is 0 or more). */
const UNREAD = -1;
/** No node: the dense tables' "nothing starts with these code units". */
const NONE = -1;

const identity = (c: number): number => c;

export class WordStartTrie {
  /** Number of trie nodes, root included. */
  readonly nodeCount: number;
  /** Number of patterns given to `build` (empty ones included: they never match). */
  readonly patternCount: number;

  private readonly labels: string;
  private readonly firstChild: string;
  private readonly outStart: string;
  /**
   * `firstChild` and `outStart` as numbers, each read from its column the
   * first time a walk needs it (UNREAD until then): walks then cost a typed
   * array load per step, and a page never decodes the nodes it does not visit.
   */
  private readonly childAt: Int32Array;
  private readonly outAt: Int32Array;
  private readonly outPatterns: string;
  private readonly patternLengths: string;
  private readonly fold: (codeUnit: number) => number;
  /** ASCII code units already folded, so the walk calls no function for them. */
  private readonly asciiFold: Uint16Array;
  /** The root's child for each raw ASCII code unit (fold applied), or NONE. */
  private readonly first: Int32Array;
  /** 1 where `first` leads to a node a pattern ends at (a one-letter pattern). */
  private readonly firstEnds: Uint8Array;
  /**
   * The node two raw ASCII code units lead to from the root (fold applied),
   * at `c0 << 7 | c1`, or NONE: one lookup rejects most word starts.
   */
  private readonly second: Int32Array;

  private constructor(columns: Omit<SerializedWordStartTrie, 'format'>, fold: (codeUnit: number) => number, startPairs: string | undefined) {
    const { labels, firstChild, outStart } = columns;
    this.nodeCount = labels.length;
    this.patternCount = packedLength(columns.patternLengths);
    this.labels = labels;
    this.firstChild = firstChild;
    this.outStart = outStart;
    this.childAt = new Int32Array(this.nodeCount + 1).fill(UNREAD);
    this.outAt = new Int32Array(this.nodeCount + 1).fill(UNREAD);
    this.outPatterns = columns.outPatterns;
    this.patternLengths = columns.patternLengths;
    this.fold = fold;
    this.asciiFold = new Uint16Array(128);
    this.first = new Int32Array(128).fill(NONE);
    this.firstEnds = new Uint8Array(128);
    this.second = new Int32Array(128 * 128).fill(NONE);
    // Which raw ASCII code units fold to each ASCII label: "k" to "k" and "K".
    const unfold: number[][] = [];
    for (let c = 0; c < 128; c++) {
      const folded = fold(c);
      this.asciiFold[c] = folded;
      if (folded < 128) (unfold[folded] ??= []).push(c);
    }
    // Filled from the trie's edges (or the given pairs) rather than by trying all 128 × 128 pairs:
    // this runs on every page load.
    const rootEnd = intAt(firstChild, 1);
    for (let n1 = intAt(firstChild, 0); n1 < rootEnd; n1++) {
      const ends = intAt(outStart, n1) !== intAt(outStart, n1 + 1) ? 1 : 0;
      const childEnd = intAt(firstChild, n1 + 1);
      for (const c0 of unfold[labels.charCodeAt(n1)] ?? []) {
        this.first[c0] = n1;
        this.firstEnds[c0] = ends;
        if (startPairs !== undefined) continue;
        for (let n2 = intAt(firstChild, n1); n2 < childEnd; n2++) {
          for (const c1 of unfold[labels.charCodeAt(n2)] ?? []) this.second[(c0 << 7) | c1] = n2;
        }
      }
    }
    if (startPairs === undefined) return;
    for (let p = 0, count = packedLength(startPairs); p < count; p++) {
      const pair = intAt(startPairs, p) & 0x3fff;
      const n1 = this.first[pair >> 7]!;
      if (n1 === NONE) continue;
      const label = this.asciiFold[pair & 0x7f]!;
      for (let n2 = intAt(firstChild, n1), end = intAt(firstChild, n1 + 1); n2 < end; n2++) {
        if (labels.charCodeAt(n2) === label) this.second[pair] = n2;
      }
    }
  }

  /** Builds the trie; pattern ids are indices into `patterns`. */
  static build(patterns: readonly string[], options: WordStartTrieOptions = {}): WordStartTrie {
    const fold = options.fold ?? identity;
    const count = patterns.length;
    const keys: string[] = new Array<string>(count);
    const patternLengths = new Int32Array(count);
    let totalLength = 0;
    for (let p = 0; p < count; p++) {
      const key = foldString(patterns[p]!, fold);
      keys[p] = key;
      patternLengths[p] = key.length;
      totalLength += key.length;
    }

    // Empty patterns would match at every offset; they keep their ids but are never inserted.
    const order: number[] = [];
    for (let p = 0; p < count; p++) if (patternLengths[p]! > 0) order.push(p);
    order.sort((a, b) => {
      const x = keys[a]!;
      const y = keys[b]!;
      return x < y ? -1 : x > y ? 1 : a - b;
    });
    const sorted = order.map((p) => keys[p]!);

    const capacity = totalLength + 1;
    const labels = new Uint16Array(capacity);
    const firstChild = new Int32Array(capacity + 1);
    const depth = new Int32Array(capacity);
    const lo = new Int32Array(capacity);
    const hi = new Int32Array(capacity);
    const outStart = new Int32Array(capacity + 1);
    const outPatterns = new Int32Array(order.length);
    hi[0] = order.length;

    let next = 1;
    let outCount = 0;
    for (let n = 0; n < next; n++) {
      let l = lo[n]!;
      const h = hi[n]!;
      const d = depth[n]!;
      outStart[n] = outCount;
      // A pattern equal to this node's prefix sorts before all longer ones.
      while (l < h && sorted[l]!.length === d) outPatterns[outCount++] = order[l++]!;
      firstChild[n] = next;
      while (l < h) {
        const c = sorted[l]!.charCodeAt(d);
        let g = l + 1;
        while (g < h && sorted[g]!.charCodeAt(d) === c) g++;
        labels[next] = c;
        depth[next] = d + 1;
        lo[next] = l;
        hi[next] = g;
        next++;
        l = g;
      }
    }
    const nodeCount = next;
    firstChild[nodeCount] = nodeCount;
    // The root has no edge; a printable placeholder keeps the labels free of JSON escapes.
    labels[0] = ROOT_LABEL;
    outStart[nodeCount] = outCount;
    return new WordStartTrie(
      {
        labels: stringFromCodeUnits(labels.subarray(0, nodeCount)),
        firstChild: packInts(firstChild.subarray(0, nodeCount + 1)),
        outStart: packInts(outStart.subarray(0, nodeCount + 1)),
        outPatterns: packInts(outPatterns),
        patternLengths: packInts(patternLengths),
      },
      fold,
      options.startPairs,
    );
  }

  /**
   * Takes a trie from `serialize()` output; pass the same `fold` as at build
   * time. The checks are the ones that cost nothing (lengths, and totals
   * that must add up): this runs on every page load, and the data is the
   * build's own, whose round trip the unit tests check. A walk over corrupt
   * columns still never reads past the end of the text, but it may report
   * wrong patterns.
   */
  static fromSerialized(data: SerializedWordStartTrie, options: WordStartTrieOptions = {}): WordStartTrie {
    if (data.format !== FORMAT) throw new Error(`Unknown trie format: ${String(data.format)}`);
    const nodeCount = typeof data.labels === 'string' ? data.labels.length : 0;
    const outCount = packedLength(data.outPatterns);
    if (
      nodeCount < 1 ||
      packedLength(data.firstChild) !== nodeCount + 1 ||
      packedLength(data.outStart) !== nodeCount + 1 ||
      outCount < 0 ||
      packedLength(data.patternLengths) < 0
    ) {
      throw new Error('Corrupt serialized trie: column lengths disagree');
    }
    // Breadth-first: the root's children start at 1, and every node but the root is somebody's child.
    if (intAt(data.firstChild, 0) !== 1 || intAt(data.firstChild, nodeCount) !== nodeCount) {
      throw new Error('Corrupt serialized trie: the child counts do not add up');
    }
    if (intAt(data.outStart, 0) !== 0 || intAt(data.outStart, 1) !== 0 || intAt(data.outStart, nodeCount) !== outCount) {
      throw new Error('Corrupt serialized trie: the pattern counts do not add up');
    }
    const { labels, firstChild, outStart, outPatterns, patternLengths } = data;
    if (options.startPairs !== undefined && packedLength(options.startPairs) < 0) throw new Error('Corrupt start pairs: not a packed column');
    return new WordStartTrie({ labels, firstChild, outStart, outPatterns, patternLengths }, options.fold ?? identity, options.startPairs);
  }

  /** JSON-ready snapshot; the dense lookup tables are rebuilt on load. */
  serialize(): SerializedWordStartTrie {
    const { labels, firstChild, outStart, outPatterns, patternLengths } = this;
    return { format: FORMAT, labels, firstChild, outStart, outPatterns, patternLengths };
  }

  /** Length (in code units) of pattern `id`. */
  patternLength(id: number): number {
    return id >= 0 && id < this.patternCount ? intAt(this.patternLengths, id) : 0;
  }

  /**
   * Appends to `ids` and `ends` every occurrence of every pattern inside
   * `text[from, to)` that starts where a word can: anywhere except between
   * two ASCII letters or digits (the character before `from` counts).
   * Occurrences come in order of start, and for one start shortest first;
   * `end` is exclusive.
   */
  scan(text: string, ids: number[], ends: number[], from = 0, to: number = text.length): void {
    // One loop, no calls on the common path: a page's first scan runs largely before V8 has
    // optimised anything, and a call per word or per candidate costs more there than the work.
    // Occurrences go to arrays rather than a callback, which keeps this function small enough
    // for V8 to optimise soon after a page starts (a callback would be compiled into it).
    const { labels, firstChild, childAt, outStart, outAt, outPatterns, fold, asciiFold, first, firstEnds, second } = this;
    // 1 while the code unit before is an ASCII letter or digit: no name starts after one.
    let previousIsWord = 0;
    if (from > 0) {
      const before = text.charCodeAt(from - 1);
      previousIsWord = before < 128 ? ASCII_WORD[before]! : 0;
    }
    for (let i = from; i < to; i++) {
      const c0 = text.charCodeAt(i);
      // Where the walk starts: at the root for a non-ASCII first unit, else one or two levels down,
      // where the dense tables have taken it.
      let node = 0;
      let j = i;
      if (c0 < 128) {
        const isWord = ASCII_WORD[c0]!;
        if ((isWord & previousIsWord) === 1) continue;
        previousIsWord = isWord;
        const n1 = first[c0]!;
        if (n1 === NONE) continue;
        // The dense table has done the root's step; a walk never searches the root's many children.
        node = n1;
        j = i + 1;
        if (i + 1 < to) {
          const c1 = text.charCodeAt(i + 1);
          if (c1 < 128) {
            // A one-letter pattern is rare; it is the only thing reported when the pair is rejected.
            if (firstEnds[c0] === 1) {
              for (let k = intAt(outStart, n1), stop = intAt(outStart, n1 + 1); k < stop; k++) {
                ids.push(intAt(outPatterns, k));
                ends.push(i + 1);
              }
            }
            // Most word starts end here: no name begins with these two code units.
            const n2 = second[(c0 << 7) | c1]!;
            if (n2 === NONE) continue;
            node = n2;
            j = i + 2;
          }
        }
      } else {
        previousIsWord = 0;
      }
      // Follow the trie for as long as the text allows, reporting the patterns that end at each node
      // entered (the root has none: no pattern is empty).
      for (;;) {
        let out = outAt[node]!;
        if (out === UNREAD) out = read(outAt, outStart, node);
        let stop = outAt[node + 1]!;
        if (stop === UNREAD) stop = read(outAt, outStart, node + 1);
        for (let k = out; k < stop; k++) {
          ids.push(intAt(outPatterns, k));
          ends.push(j);
        }
        if (j >= to) break;
        const raw = text.charCodeAt(j);
        node = findChild(labels, childAt, firstChild, node, raw < 128 ? asciiFold[raw]! : fold(raw));
        if (node === NONE) break;
        j++;
      }
    }
  }
}

/** Entry `index` of a lazily read column: read from the packed string, and kept. */
function read(cache: Int32Array, packed: string, index: number): number {
  const value = intAt(packed, index);
  cache[index] = value;
  return value;
}

/**
 * The child of `node` on code unit `c`, or NONE. A linear search over the
 * sorted labels: the walks that search the root's many children are the rare
 * ones (a non-ASCII first letter), and a binary search there would be code
 * that V8 has no feedback for when it optimises the scan, costing a
 * deoptimisation the first time it ran.
 */
function findChild(labels: string, childAt: Int32Array, firstChild: string, node: number, c: number): number {
  let lo = childAt[node]!;
  if (lo === UNREAD) lo = read(childAt, firstChild, node);
  let hi = childAt[node + 1]!;
  if (hi === UNREAD) hi = read(childAt, firstChild, node + 1);
  for (; lo < hi; lo++) {
    const label = labels.charCodeAt(lo);
    if (label >= c) return label === c ? lo : NONE;
  }
  return NONE;
}

function foldString(text: string, fold: (c: number) => number): string {
  if (fold === identity) return text;
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = fold(text.charCodeAt(i));
  return stringFromCodeUnits(units);
}
