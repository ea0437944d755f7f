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
 * the two raw ASCII code units. Only the rare survivors walk the trie. That
 * keeps the per-character cost close to a bare `charCodeAt` loop, and the
 * loop is small enough that V8 optimises it early in a page's first scan,
 * which is the one that counts.
 *
 * Layout. Nodes are numbered breadth-first with every node's children
 * numbered consecutively and sorted by label, so the trie needs no edge list:
 * the children of node `n` are `firstChild[n] .. firstChild[n + 1] - 1`, and
 * `labels[m]` is the code unit on the edge into node `m`. `outStart` and
 * `outPatterns` list, per node, the patterns that end there (CSR). Building
 * sorts the folded patterns once and splits the sorted runs level by level:
 * no per-node object is ever allocated, and the arrays serialize as they are.
 */

import { stringFromCodeUnits } from './fold';
import { ASCII_WORD } from './word-boundary';

export interface WordStartTrieOptions {
  /**
   * Maps each code unit of patterns and text before matching. Must be a
   * function of the code unit alone (so offsets stay true), and the same
   * when a serialized trie is loaded.
   */
  fold?: (codeUnit: number) => number;
}

/**
 * Compact, JSON-ready form of a trie. The per-node arrays travel as strings,
 * one UTF-16 code unit per node: a page parses a string far faster than an
 * array of numbers, and the counts are small, so they stay short in UTF-8.
 */
export interface SerializedWordStartTrie {
  format: typeof FORMAT;
  /** The code unit on the edge into each node, in node order (the root's is a placeholder). */
  labels: string;
  /** Each node's number of children, plus COUNT_OFFSET (which keeps small counts printable). */
  children: string;
  /** Each node's number of patterns ending there, plus COUNT_OFFSET. */
  outputs: string;
  /** The patterns ending at each node, in node order. */
  outPatterns: number[];
  patternLengths: number[];
}

/** Counts are stored as code units from "0": 0 to 9 children read as digits in the JSON. */
const COUNT_OFFSET = 0x30;

const FORMAT = 'geolens-word-start-trie/2';
const LINEAR_SEARCH_MAX = 8;
/** No node: the dense tables' "nothing starts with these code units". */
const NONE = -1;

const identity = (c: number): number => c;

export class WordStartTrie {
  /** Number of trie nodes, root included. */
  readonly nodeCount: number;
  /** Number of patterns given to `build` (empty ones included: they never match). */
  readonly patternCount: number;

  private readonly labels: Uint16Array;
  private readonly firstChild: Int32Array;
  private readonly outStart: Int32Array;
  private readonly outPatterns: Int32Array;
  private readonly patternLengths: Int32Array;
  private readonly fold: (codeUnit: number) => number;
  /** ASCII code units already folded, so the walk calls no function for them. */
  private readonly asciiFold: Uint16Array;
  /** The root's child for each raw ASCII code unit (fold applied), or NONE. */
  private readonly first: Int32Array;
  /**
   * The node two raw ASCII code units lead to from the root (fold applied),
   * at `c0 << 7 | c1`, or NONE: one lookup rejects most word starts.
   */
  private readonly second: Int32Array;

  private constructor(
    labels: Uint16Array,
    firstChild: Int32Array,
    outStart: Int32Array,
    outPatterns: Int32Array,
    patternLengths: Int32Array,
    fold: (codeUnit: number) => number,
  ) {
    this.nodeCount = labels.length;
    this.patternCount = patternLengths.length;
    this.labels = labels;
    this.firstChild = firstChild;
    this.outStart = outStart;
    this.outPatterns = outPatterns;
    this.patternLengths = patternLengths;
    this.fold = fold;
    this.asciiFold = new Uint16Array(128);
    this.first = new Int32Array(128).fill(NONE);
    this.second = new Int32Array(128 * 128).fill(NONE);
    // Which raw ASCII code units fold to each ASCII label: "k" to "k" and "K".
    const unfold: number[][] = [];
    for (let c = 0; c < 128; c++) {
      const folded = fold(c);
      this.asciiFold[c] = folded;
      if (folded < 128) (unfold[folded] ??= []).push(c);
    }
    // Filled from the trie's edges rather than by trying all 128 × 128 pairs: this runs on every page load.
    for (let n1 = firstChild[0]!; n1 < firstChild[1]!; n1++) {
      for (const c0 of unfold[labels[n1]!] ?? []) {
        this.first[c0] = n1;
        for (let n2 = firstChild[n1]!; n2 < firstChild[n1 + 1]!; n2++) {
          for (const c1 of unfold[labels[n2]!] ?? []) this.second[(c0 << 7) | c1] = n2;
        }
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
    outStart[nodeCount] = outCount;
    return new WordStartTrie(
      labels.slice(0, nodeCount),
      firstChild.slice(0, nodeCount + 1),
      outStart.slice(0, nodeCount + 1),
      outPatterns,
      patternLengths,
      fold,
    );
  }

  /** Rebuilds a trie from `serialize()` output; pass the same `fold` as at build time. */
  static fromSerialized(data: SerializedWordStartTrie, options: WordStartTrieOptions = {}): WordStartTrie {
    if (data.format !== FORMAT) throw new Error(`Unknown trie format: ${String(data.format)}`);
    const nodeCount = data.labels.length;
    if (nodeCount < 1 || data.children.length !== nodeCount || data.outputs.length !== nodeCount) {
      throw new Error('Corrupt serialized trie: array lengths disagree');
    }
    const labels = new Uint16Array(nodeCount);
    const firstChild = new Int32Array(nodeCount + 1);
    const outStart = new Int32Array(nodeCount + 1);
    // Breadth-first numbering: the children of node v follow those of node v - 1, starting at 1.
    firstChild[0] = 1;
    // One pass (this runs on every page load, for every node of a large dictionary).
    for (let v = 0; v < nodeCount; v++) {
      // The root has no incoming edge; its placeholder label is not read.
      labels[v] = v === 0 ? 0 : data.labels.charCodeAt(v);
      const children = data.children.charCodeAt(v) - COUNT_OFFSET;
      const outputs = data.outputs.charCodeAt(v) - COUNT_OFFSET;
      // Children come after their parent (breadth-first), so every walk terminates.
      if (children < 0 || outputs < 0 || (v > 0 && firstChild[v]! <= v)) throw new Error('Corrupt serialized trie: bad child or output counts');
      firstChild[v + 1] = firstChild[v]! + children;
      outStart[v + 1] = outStart[v]! + outputs;
    }
    // Every node but the root is somebody's child: the counts must add up to the nodes.
    if (firstChild[nodeCount] !== nodeCount) throw new Error('Corrupt serialized trie: bad child or output counts');
    const outPatterns = new Int32Array(data.outPatterns);
    const patternLengths = new Int32Array(data.patternLengths);
    if (outStart[nodeCount] !== outPatterns.length) throw new Error('Corrupt serialized trie: array lengths disagree');
    if (outStart[0] !== outStart[1]) throw new Error('Corrupt serialized trie: root has outputs');
    for (let k = 0; k < outPatterns.length; k++) {
      const p = outPatterns[k]!;
      if (p < 0 || p >= patternLengths.length) throw new Error('Corrupt serialized trie: bad pattern id');
    }
    return new WordStartTrie(labels, firstChild, outStart, outPatterns, patternLengths, options.fold ?? identity);
  }

  /** JSON-ready snapshot; the dense lookup tables are rebuilt on load. */
  serialize(): SerializedWordStartTrie {
    const { labels, firstChild, outStart } = this;
    const count = (n: number) => {
      if (n + COUNT_OFFSET > 0xffff) throw new Error('A trie node has too many children or outputs to serialize');
      return n + COUNT_OFFSET;
    };
    const children = new Uint16Array(this.nodeCount);
    const outputs = new Uint16Array(this.nodeCount);
    for (let v = 0; v < this.nodeCount; v++) {
      children[v] = count(firstChild[v + 1]! - firstChild[v]!);
      outputs[v] = count(outStart[v + 1]! - outStart[v]!);
    }
    const printable = labels.slice();
    printable[0] = COUNT_OFFSET;
    return {
      format: FORMAT,
      labels: stringFromCodeUnits(printable),
      children: stringFromCodeUnits(children),
      outputs: stringFromCodeUnits(outputs),
      outPatterns: Array.from(this.outPatterns),
      patternLengths: Array.from(this.patternLengths),
    };
  }

  /** Length (in code units) of pattern `id`. */
  patternLength(id: number): number {
    return this.patternLengths[id] ?? 0;
  }

  /**
   * Reports every occurrence of every pattern inside `text[from, to)` that
   * starts where a word can: anywhere except between two ASCII letters or
   * digits (the character before `from` counts). Occurrences come in order
   * of start, and for one start shortest first; `end` is exclusive.
   */
  scan(text: string, onMatch: (patternId: number, end: number) => void, from = 0, to: number = text.length): void {
    // One loop, no calls on the common path: a page's first scan runs largely before V8 has
    // optimised anything, and a call per word or per candidate costs more there than the work.
    const { labels, firstChild, outStart, outPatterns, fold, asciiFold, first, second } = this;
    // 1 while the code unit before is an ASCII letter or digit: no name starts after one.
    let previousIsWord = 0;
    if (from > 0) {
      const before = text.charCodeAt(from - 1);
      previousIsWord = before < 128 ? ASCII_WORD[before]! : 0;
    }
    for (let i = from; i < to; i++) {
      const c0 = text.charCodeAt(i);
      if (c0 < 128) {
        const isWord = ASCII_WORD[c0]!;
        if ((isWord & previousIsWord) === 1) continue;
        previousIsWord = isWord;
        const node = first[c0]!;
        if (node === NONE) continue;
        // Most word starts end here: no name begins with these two code units, and none is one long.
        if (i + 1 < to) {
          const c1 = text.charCodeAt(i + 1);
          if (c1 < 128 && second[(c0 << 7) | c1] === NONE && outStart[node] === outStart[node + 1]) continue;
        }
      } else {
        previousIsWord = 0;
      }
      // A candidate: follow the trie from here for as long as the text allows, reporting each pattern passed.
      let node = 0;
      for (let j = i; j < to; j++) {
        const raw = text.charCodeAt(j);
        node = findChild(labels, firstChild, node, raw < 128 ? asciiFold[raw]! : fold(raw));
        if (node === NONE) break;
        const stop = outStart[node + 1]!;
        for (let k = outStart[node]!; k < stop; k++) onMatch(outPatterns[k]!, j + 1);
        if (firstChild[node] === firstChild[node + 1]) break;
      }
    }
  }
}

function findChild(labels: Uint16Array, firstChild: Int32Array, node: number, c: number): number {
  let lo = firstChild[node]!;
  let hi = firstChild[node + 1]!;
  if (hi - lo <= LINEAR_SEARCH_MAX) {
    for (; lo < hi; lo++) {
      const label = labels[lo]!;
      if (label === c) return lo;
      if (label > c) return NONE;
    }
    return NONE;
  }
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const label = labels[mid]!;
    if (label === c) return mid;
    if (label < c) lo = mid + 1;
    else hi = mid;
  }
  return NONE;
}

function foldString(text: string, fold: (c: number) => number): string {
  if (fold === identity) return text;
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = fold(text.charCodeAt(i));
  return stringFromCodeUnits(units);
}
