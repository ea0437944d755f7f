import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AhoCorasick, foldCodeUnit } from '../../../src/matcher';

type Hit = [patternId: number, end: number];

function scanAll(ac: AhoCorasick, text: string, from?: number, to?: number): Hit[] {
  const hits: Hit[] = [];
  ac.scan(text, (id, end) => hits.push([id, end]), from, to);
  return hits;
}

/** Every occurrence by brute force, in the order the automaton promises: by end, then longest first. */
function naiveHits(patterns: readonly string[], text: string, from = 0, to = text.length): Hit[] {
  const hits: Hit[] = [];
  for (let end = from + 1; end <= to; end++) {
    const here: Hit[] = [];
    patterns.forEach((p, id) => {
      if (p.length > 0 && end - p.length >= from && text.slice(end - p.length, end) === p) here.push([id, end]);
    });
    here.sort((a, b) => patterns[b[0]]!.length - patterns[a[0]]!.length || a[0] - b[0]);
    hits.push(...here);
  }
  return hits;
}

describe('AhoCorasick', () => {
  it('reports every occurrence, overlapping ones included', () => {
    const patterns = ['he', 'she', 'his', 'hers'];
    const ac = AhoCorasick.build(patterns);
    expect(scanAll(ac, 'ushers')).toEqual([
      [1, 4],
      [0, 4],
      [3, 6],
    ]);
  });

  it('reports duplicate patterns under each of their ids', () => {
    const ac = AhoCorasick.build(['ab', 'ab', 'b']);
    expect(scanAll(ac, 'ab')).toEqual([
      [0, 2],
      [1, 2],
      [2, 2],
    ]);
  });

  it('never reports empty patterns', () => {
    const ac = AhoCorasick.build(['', 'a']);
    expect(scanAll(ac, 'aa')).toEqual([
      [1, 1],
      [1, 2],
    ]);
    expect(ac.patternLength(0)).toBe(0);
  });

  it('scans only the requested range', () => {
    const ac = AhoCorasick.build(['ab']);
    expect(scanAll(ac, 'abab', 1, 4)).toEqual([[0, 4]]);
  });

  it('applies the fold to patterns and text alike', () => {
    const ac = AhoCorasick.build(['Türkiye'], { fold: foldCodeUnit });
    expect(scanAll(ac, 'TURKIYE türkiye')).toEqual([
      [0, 7],
      [0, 15],
    ]);
  });

  it('handles non-ASCII root edges and many children per node', () => {
    const patterns = Array.from({ length: 300 }, (_, i) => String.fromCharCode(0x4e00 + i) + 'x');
    const ac = AhoCorasick.build(patterns);
    const text = '一x丁x' + String.fromCharCode(0x4e00 + 299) + 'x';
    expect(scanAll(ac, text)).toEqual(naiveHits(patterns, text));
  });

  it('agrees with brute force on random patterns and texts', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', 'é', '中', '\ud83d', '\ude00');
    const word = fc.string({ unit: alphabet, minLength: 0, maxLength: 6 });
    fc.assert(
      fc.property(fc.array(word, { maxLength: 20 }), fc.string({ unit: alphabet, maxLength: 60 }), (patterns, text) => {
        const ac = AhoCorasick.build(patterns);
        expect(scanAll(ac, text)).toEqual(naiveHits(patterns, text));
      }),
      { numRuns: 300 },
    );
  });

  it('survives serialization through JSON unchanged', () => {
    const patterns = ['he', 'she', 'his', 'hers', '中国', 'x'];
    const ac = AhoCorasick.build(patterns);
    const restored = AhoCorasick.fromSerialized(JSON.parse(JSON.stringify(ac.serialize())));
    const text = 'ushers said 中国 his x';
    expect(scanAll(restored, text)).toEqual(scanAll(ac, text));
    expect(restored.nodeCount).toBe(ac.nodeCount);
    expect(restored.patternCount).toBe(ac.patternCount);
  });

  it('refuses corrupt serialized data', () => {
    const data = AhoCorasick.build(['ab', 'b']).serialize();
    expect(() => AhoCorasick.fromSerialized({ ...data, fail: [0, 0] })).toThrow(/Corrupt/);
    expect(() => AhoCorasick.fromSerialized({ ...data, fail: [0, 0, 0, 3] })).toThrow(/failure link/);
    expect(() => AhoCorasick.fromSerialized({ ...data, outPatterns: [7, 1] })).toThrow(/pattern id/);
  });
});
