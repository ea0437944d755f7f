/**
 * An Aho–Corasick automaton over UTF-16 code units, stored in flat typed arrays.
 *
 * Layout. Nodes are numbered in breadth-first order with every node's children
 * numbered consecutively and sorted by label, so the trie needs no edge list:
 * the children of node `n` are the nodes `firstChild[n] .. firstChild[n + 1] - 1`
 * and `labels[m]` is the code unit on the edge into node `m`. A step is a
 * (linear or binary) search of that label range; the root keeps an extra dense
 * table for ASCII because most steps of a scan start from it.
 * `fail` holds the failure links; `outStart`/`outPatterns` list, per node, the
 * patterns that end there (CSR); `dictLink` points to the nearest node on the
 * failure chain that has outputs, so reporting skips nodes with none.
 *
 * Building sorts the folded patterns once and then creates the trie level by
 * level: a node owns the contiguous run of sorted patterns sharing its prefix,
 * and splitting that run by the next code unit yields its children already in
 * order. No per-node Map or object is ever allocated, and the whole build is
 * O(total pattern length) after the sort.
 */

import { ASCII_WORD } from './word-boundary';

export interface AhoCorasickOptions {
  /**
   * Maps each code unit of patterns and text before matching. Must be a
   * function of the code unit alone (so offsets stay true) and must be the
   * same when a serialized automaton is loaded.
   */
  fold?: (codeUnit: number) => number;
  /**
   * Report only occurrences that can start at a word boundary: inside a run of
   * ASCII letters and digits the scan does not start new matches. Occurrences
   * starting mid-word are then not guaranteed (callers that check boundaries
   * lose nothing).
   */
  wordStartsOnly?: boolean;
}

/** Plain, JSON-ready form of an automaton (arrays of numbers). */
export interface SerializedAhoCorasick {
  format: typeof FORMAT;
  labels: ArrayLike<number>;
  firstChild: ArrayLike<number>;
  fail: ArrayLike<number>;
  outStart: ArrayLike<number>;
  outPatterns: ArrayLike<number>;
  patternLengths: ArrayLike<number>;
}

const FORMAT = 'geolens-aho-corasick/1';
const NO_WORDS = new Uint8Array(128);
const LINEAR_SEARCH_MAX = 8;

const identity = (c: number): number => c;

export class AhoCorasick {
  /** Number of trie nodes, root included. */
  readonly nodeCount: number;
  /** Number of patterns given to `build` (empty ones included: they never match). */
  readonly patternCount: number;

  private readonly labels: Uint16Array;
  private readonly firstChild: Int32Array;
  private readonly fail: Int32Array;
  private readonly outStart: Int32Array;
  private readonly outPatterns: Int32Array;
  private readonly dictLink: Int32Array;
  private readonly patternLengths: Int32Array;
  private readonly rootAscii: Int32Array;
  private readonly fold: (codeUnit: number) => number;
  /** ASCII code units already folded, so the hot loop calls no function for them. */
  private readonly asciiFold: Uint16Array;
  /** The root's child for each raw ASCII code unit (fold applied), or -1. */
  private readonly rootRaw: Int32Array;

  private constructor(
    labels: Uint16Array,
    firstChild: Int32Array,
    fail: Int32Array,
    outStart: Int32Array,
    outPatterns: Int32Array,
    patternLengths: Int32Array,
    fold: (codeUnit: number) => number,
    private readonly wordStartsOnly: boolean,
  ) {
    this.nodeCount = labels.length;
    this.patternCount = patternLengths.length;
    this.labels = labels;
    this.firstChild = firstChild;
    this.fail = fail;
    this.outStart = outStart;
    this.outPatterns = outPatterns;
    this.patternLengths = patternLengths;
    this.fold = fold;
    this.dictLink = computeDictLinks(fail, outStart);
    this.rootAscii = new Int32Array(128).fill(-1);
    for (let m = firstChild[0]!; m < firstChild[1]!; m++) {
      const label = labels[m]!;
      if (label < 128) this.rootAscii[label] = m;
    }
    this.asciiFold = new Uint16Array(128);
    this.rootRaw = new Int32Array(128).fill(-1);
    for (let c = 0; c < 128; c++) {
      const folded = fold(c);
      this.asciiFold[c] = folded;
      this.rootRaw[c] = folded < 128 ? this.rootAscii[folded]! : findChild(labels, firstChild, 0, folded);
    }
  }

  /** Builds the automaton; pattern ids are indices into `patterns`. */
  static build(patterns: readonly string[], options: AhoCorasickOptions = {}): AhoCorasick {
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

    // Empty patterns would match at every offset; they are kept as ids but never inserted.
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
    const parent = new Int32Array(capacity);
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
        parent[next] = n;
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

    const trimmedLabels = labels.slice(0, nodeCount);
    const trimmedFirstChild = firstChild.slice(0, nodeCount + 1);
    const fail = new Int32Array(nodeCount);
    // Breadth-first numbering means a node's failure target (shallower) is already done.
    for (let v = 1; v < nodeCount; v++) {
      const p = parent[v]!;
      if (p === 0) continue;
      const c = trimmedLabels[v]!;
      let f = fail[p]!;
      for (;;) {
        const child = findChild(trimmedLabels, trimmedFirstChild, f, c);
        if (child >= 0) {
          fail[v] = child;
          break;
        }
        if (f === 0) break;
        f = fail[f]!;
      }
    }

    return new AhoCorasick(
      trimmedLabels,
      trimmedFirstChild,
      fail,
      outStart.slice(0, nodeCount + 1),
      outPatterns,
      patternLengths,
      fold,
      options.wordStartsOnly ?? false,
    );
  }

  /** Rebuilds an automaton from `serialize()` output; pass the same `fold` as at build time. */
  static fromSerialized(data: SerializedAhoCorasick, options: AhoCorasickOptions = {}): AhoCorasick {
    if (data.format !== FORMAT) throw new Error(`Unknown automaton format: ${String(data.format)}`);
    const labels = Uint16Array.from(data.labels);
    const nodeCount = labels.length;
    const firstChild = Int32Array.from(data.firstChild);
    const fail = Int32Array.from(data.fail);
    const outStart = Int32Array.from(data.outStart);
    const outPatterns = Int32Array.from(data.outPatterns);
    const patternLengths = Int32Array.from(data.patternLengths);
    if (
      nodeCount < 1 ||
      firstChild.length !== nodeCount + 1 ||
      fail.length !== nodeCount ||
      outStart.length !== nodeCount + 1 ||
      firstChild[nodeCount] !== nodeCount ||
      outStart[nodeCount] !== outPatterns.length
    ) {
      throw new Error('Corrupt serialized automaton: array lengths disagree');
    }
    if (outStart[0] !== outStart[1]) throw new Error('Corrupt serialized automaton: root has outputs');
    for (let v = 0; v < nodeCount; v++) {
      // Links must point backwards (breadth-first order) for computeDictLinks and scanning to be sound.
      if (fail[v]! < 0 || (v > 0 && fail[v]! >= v)) throw new Error('Corrupt serialized automaton: bad failure link');
      const first = firstChild[v]!;
      if (first <= v || first > firstChild[v + 1]! || outStart[v]! > outStart[v + 1]!) {
        throw new Error('Corrupt serialized automaton: bad child or output ranges');
      }
    }
    for (let k = 0; k < outPatterns.length; k++) {
      const p = outPatterns[k]!;
      if (p < 0 || p >= patternLengths.length) throw new Error('Corrupt serialized automaton: bad pattern id');
    }
    return new AhoCorasick(
      labels,
      firstChild,
      fail,
      outStart,
      outPatterns,
      patternLengths,
      options.fold ?? identity,
      options.wordStartsOnly ?? false,
    );
  }

  /** JSON-ready snapshot; the dictionary links and root table are rebuilt on load. */
  serialize(): SerializedAhoCorasick {
    return {
      format: FORMAT,
      labels: Array.from(this.labels),
      firstChild: Array.from(this.firstChild),
      fail: Array.from(this.fail),
      outStart: Array.from(this.outStart),
      outPatterns: Array.from(this.outPatterns),
      patternLengths: Array.from(this.patternLengths),
    };
  }

  /** Length (in code units) of pattern `id`. */
  patternLength(id: number): number {
    return this.patternLengths[id] ?? 0;
  }

  /**
   * Reports every occurrence of every pattern in `text[from, to)`, in order of
   * end offset (and, for one end offset, longest pattern first). `end` is
   * exclusive; the occurrence starts at `end - patternLength(patternId)`.
   */
  scan(
    text: string,
    onMatch: (patternId: number, end: number) => void,
    from = 0,
    to: number = text.length,
  ): void {
    const { labels, firstChild, fail, outStart, outPatterns, dictLink, rootAscii, fold, asciiFold, rootRaw } = this;
    // Between two ASCII letters or digits no match can start (see ASCII_WORD): inside a word the
    // automaton stays at its root instead of walking the trie for nothing. Without the option the
    // table is all zeros, so nothing is skipped.
    const word = this.wordStartsOnly ? ASCII_WORD : NO_WORDS;
    let state = 0;
    const before = from > 0 ? text.charCodeAt(from - 1) : 32;
    let previousIsWord = before < 128 ? word[before]! : 0;
    for (let i = from; i < to; i++) {
      const raw = text.charCodeAt(i);
      const isWord = raw < 128 ? word[raw]! : 0;
      const insideWord = (isWord & previousIsWord) === 1;
      previousIsWord = isWord;
      if (state === 0 && insideWord) continue;
      if (state === 0 && raw < 128) {
        // Most of any text is ASCII read from the root; step without folding or searching.
        const child = rootRaw[raw]!;
        if (child < 0) continue;
        state = child;
        if (outStart[state]! < outStart[state + 1]! || dictLink[state]! > 0) this.report(state, i + 1, onMatch);
        continue;
      }
      const c = raw < 128 ? asciiFold[raw]! : fold(raw);
      for (;;) {
        let child: number;
        if (state === 0 && insideWord) break;
        if (state === 0 && c < 128) {
          child = rootAscii[c]!;
        } else {
          child = findChild(labels, firstChild, state, c);
        }
        if (child >= 0) {
          state = child;
          break;
        }
        if (state === 0) break;
        state = fail[state]!;
      }
      let node = outStart[state]! < outStart[state + 1]! ? state : dictLink[state]!;
      while (node > 0) {
        const end = outStart[node + 1]!;
        for (let k = outStart[node]!; k < end; k++) onMatch(outPatterns[k]!, i + 1);
        node = dictLink[node]!;
      }
    }
  }

  /** Reports the patterns ending at `state` (rare: only one-character patterns reach here from the root). */
  private report(state: number, end: number, onMatch: (patternId: number, end: number) => void): void {
    const { outStart, outPatterns, dictLink } = this;
    let node = outStart[state]! < outStart[state + 1]! ? state : dictLink[state]!;
    while (node > 0) {
      const stop = outStart[node + 1]!;
      for (let k = outStart[node]!; k < stop; k++) onMatch(outPatterns[k]!, end);
      node = dictLink[node]!;
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
      if (label > c) return -1;
    }
    return -1;
  }
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const label = labels[mid]!;
    if (label === c) return mid;
    if (label < c) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

function computeDictLinks(fail: Int32Array, outStart: Int32Array): Int32Array {
  const n = fail.length;
  // 0 doubles as "none": the root never has outputs because empty patterns are not inserted.
  const dictLink = new Int32Array(n);
  for (let v = 1; v < n; v++) {
    const f = fail[v]!;
    dictLink[v] = outStart[f]! < outStart[f + 1]! ? f : dictLink[f]!;
  }
  return dictLink;
}

function foldString(text: string, fold: (c: number) => number): string {
  if (fold === identity) return text;
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = fold(text.charCodeAt(i));
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < units.length; i += CHUNK) {
    out += String.fromCharCode(...units.subarray(i, Math.min(units.length, i + CHUNK)));
  }
  return out;
}
