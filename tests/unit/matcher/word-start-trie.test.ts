import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WordStartTrie, foldCodeUnit } from '../../../src/matcher';
import { packInts, unpackInts } from '../../../src/matcher/packed-ints';

type Hit = [patternId: number, end: number];

function scanAll(trie: WordStartTrie, text: string, from?: number, to?: number): Hit[] {
  const hits: Hit[] = [];
  const ids: number[] = [];
  const ends: number[] = [];
  trie.scan(text, ids, ends, from, to);
  ids.forEach((id, k) => hits.push([id, ends[k]!]));
  return hits;
}

const isAsciiWord = (c: string | undefined) => c !== undefined && /^[A-Za-z0-9]$/.test(c);

/** Every occurrence starting where a word can, by brute force, in the promised order: by start, then shortest first. */
function naiveHits(patterns: readonly string[], text: string, from = 0, to = text.length): Hit[] {
  const hits: Hit[] = [];
  for (let start = from; start < to; start++) {
    if (isAsciiWord(text[start - 1]) && isAsciiWord(text[start])) continue;
    const here: Hit[] = [];
    patterns.forEach((p, id) => {
      if (p.length > 0 && start + p.length <= to && text.startsWith(p, start)) here.push([id, start + p.length]);
    });
    here.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
    hits.push(...here);
  }
  return hits;
}

describe('WordStartTrie', () => {
  it('reports every pattern starting at a word start, overlapping ones included', () => {
    const patterns = ['he', 'she', 'hers', 'her'];
    const trie = WordStartTrie.build(patterns);
    expect(scanAll(trie, 'she hers')).toEqual([
      [1, 3],
      [0, 6],
      [3, 7],
      [2, 8],
    ]);
  });

  it('never starts a match between two ASCII letters or digits', () => {
    const trie = WordStartTrie.build(['he', 'x1']);
    expect(scanAll(trie, 'ushers ax1 -he é he')).toEqual([
      [0, 14],
      [0, 19],
    ]);
  });

  it('starts matches after non-ASCII letters, where the boundary is judged later', () => {
    const trie = WordStartTrie.build(['na']);
    expect(scanAll(trie, 'Chïna')).toEqual([[0, 5]]);
  });

  it('reports duplicate patterns under each of their ids', () => {
    const trie = WordStartTrie.build(['ab', 'ab', 'a']);
    expect(scanAll(trie, 'ab')).toEqual([
      [2, 1],
      [0, 2],
      [1, 2],
    ]);
  });

  it('never reports empty patterns', () => {
    const trie = WordStartTrie.build(['', 'a']);
    expect(scanAll(trie, 'a a')).toEqual([
      [1, 1],
      [1, 3],
    ]);
    expect(trie.patternLength(0)).toBe(0);
  });

  it('scans only the requested range, judging word starts on the whole text', () => {
    const trie = WordStartTrie.build(['ab']);
    expect(scanAll(trie, 'ab ab', 1, 5)).toEqual([[0, 5]]);
    expect(scanAll(trie, 'xab ab', 1, 6)).toEqual([[0, 6]]);
    expect(scanAll(trie, 'ab ab', 3, 4)).toEqual([]);
  });

  it('applies the fold to patterns and text alike', () => {
    const trie = WordStartTrie.build(['Türkiye'], { fold: foldCodeUnit });
    expect(scanAll(trie, 'TURKIYE türkiye')).toEqual([
      [0, 7],
      [0, 15],
    ]);
  });

  it('handles non-ASCII first characters and many children per node', () => {
    const patterns = Array.from({ length: 300 }, (_, i) => String.fromCharCode(0x4e00 + i) + 'x');
    const trie = WordStartTrie.build(patterns);
    const text = '一x丁x' + String.fromCharCode(0x4e00 + 299) + 'x';
    expect(scanAll(trie, text)).toEqual(naiveHits(patterns, text));
  });

  it('agrees with brute force on random patterns and texts', () => {
    const alphabet = fc.constantFrom('a', 'b', 'A', '1', ' ', '-', 'é', '中', '\ud83d', '\ude00');
    const word = fc.string({ unit: alphabet, minLength: 0, maxLength: 6 });
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 20 }),
        fc.string({ unit: alphabet, maxLength: 60 }),
        fc.nat(60),
        fc.nat(60),
        (patterns, text, a, b) => {
          const trie = WordStartTrie.build(patterns);
          expect(scanAll(trie, text)).toEqual(naiveHits(patterns, text));
          const from = Math.min(a, b, text.length);
          const to = Math.min(Math.max(a, b), text.length);
          expect(scanAll(trie, text, from, to)).toEqual(naiveHits(patterns, text, from, to));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('walks only from the start pairs it is given, and still reports one-letter patterns', () => {
    const pairs = (...two: string[]) => packInts(two.map((p) => (p.charCodeAt(0) << 7) | p.charCodeAt(1)));
    const trie = WordStartTrie.build(['Xi', 'X', 'Xé'], { fold: foldCodeUnit, startPairs: pairs('Xi', 'XI') });
    // Every X or x starts the one-letter pattern; "Xi" only where its first two units are allowed; "Xé" is walked
    // because its second unit is not ASCII.
    expect(scanAll(trie, 'xi Xi XI xI Xé')).toEqual([
      [1, 1],
      [1, 4],
      [0, 5],
      [1, 7],
      [0, 8],
      [1, 10],
      [1, 13],
      [2, 14],
    ]);
    const restored = WordStartTrie.fromSerialized(JSON.parse(JSON.stringify(trie.serialize())), { fold: foldCodeUnit, startPairs: pairs('Xi', 'XI') });
    expect(scanAll(restored, 'xi Xi XI xI Xé')).toEqual(scanAll(trie, 'xi Xi XI xI Xé'));
    expect(() => WordStartTrie.fromSerialized(trie.serialize(), { startPairs: 'x' })).toThrow(/start pairs/);
  });

  it('agrees with brute force restricted to the start pairs, on random patterns and texts', () => {
    // Upper and lower case fold together; '中' is a non-ASCII unit that folds to itself, so word starts in
    // the folded text are those of the text.
    const alphabet = fc.constantFrom('a', 'b', 'A', 'B', ' ', '中');
    const word = fc.string({ unit: alphabet, minLength: 1, maxLength: 5 });
    const asciiPair = fc.tuple(fc.constantFrom('a', 'b', 'A', 'B', ' '), fc.constantFrom('a', 'b', 'A', 'B', ' '));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), fc.uniqueArray(asciiPair, { maxLength: 10 }), fc.string({ unit: alphabet, maxLength: 40 }), (patterns, allowed, text) => {
        const startPairs = packInts(allowed.map(([a, b]) => (a.charCodeAt(0) << 7) | b.charCodeAt(0)));
        const trie = WordStartTrie.build(patterns, { fold: foldCodeUnit, startPairs });
        const folded = patterns.map((p) => Array.from(p, (c) => String.fromCharCode(foldCodeUnit(c.charCodeAt(0)))).join(''));
        const foldedText = Array.from(text, (c) => String.fromCharCode(foldCodeUnit(c.charCodeAt(0)))).join('');
        const kept = naiveHits(folded, foldedText).filter(([id, end]) => {
          const start = end - folded[id]!.length;
          const [c0, c1] = [text.charCodeAt(start), text.charCodeAt(start + 1)];
          if (folded[id]!.length < 2 || c0 >= 128 || c1 >= 128) return true;
          return allowed.some(([a, b]) => a.charCodeAt(0) === c0 && b.charCodeAt(0) === c1);
        });
        expect(scanAll(trie, text)).toEqual(kept);
      }),
      { numRuns: 500 },
    );
  });

  it('serializes small tries to strings JSON carries without escapes', () => {
    const data = WordStartTrie.build(['ab', 'ac', 'b']).serialize();
    // Nodes breadth-first: root, a, b, ab, ac.
    expect(data.labels).toBe('0abbc');
    expect(unpackInts(data.firstChild)).toEqual([1, 3, 5, 5, 5, 5]);
    expect(unpackInts(data.outStart)).toEqual([0, 0, 0, 1, 2, 3]);
    expect(unpackInts(data.outPatterns)).toEqual([2, 0, 1]);
    expect(unpackInts(data.patternLengths)).toEqual([2, 2, 1]);
    expect(JSON.stringify(data)).not.toMatch(/\\u/);
  });

  it('survives serialization through JSON unchanged', () => {
    const patterns = ['he', 'she', 'his', 'hers', '中国', 'x'];
    const trie = WordStartTrie.build(patterns);
    const restored = WordStartTrie.fromSerialized(JSON.parse(JSON.stringify(trie.serialize())));
    const text = 'she hers said 中国 his x';
    expect(scanAll(restored, text)).toEqual(scanAll(trie, text));
    expect(scanAll(restored, text)).not.toEqual([]);
    expect(restored.nodeCount).toBe(trie.nodeCount);
    expect(restored.patternCount).toBe(trie.patternCount);
  });

  it('refuses corrupt serialized data', () => {
    const data = WordStartTrie.build(['ab', 'b']).serialize();
    expect(() => WordStartTrie.fromSerialized({ ...data, format: 'other' as never })).toThrow(/format/);
    expect(() => WordStartTrie.fromSerialized({ ...data, firstChild: data.firstChild.slice(1) })).toThrow(/lengths/);
    expect(() => WordStartTrie.fromSerialized({ ...data, labels: data.labels + 'x' })).toThrow(/lengths/);
    expect(() => WordStartTrie.fromSerialized({ ...data, firstChild: packInts([1, 3, 3, 3, 3]) })).toThrow(/child counts/);
    expect(() => WordStartTrie.fromSerialized({ ...data, outStart: packInts([0, 0, 0, 1, 1]) })).toThrow(/pattern counts/);
    expect(() => WordStartTrie.fromSerialized({ ...data, outPatterns: packInts([1]) })).toThrow(/pattern counts/);
  });
});
