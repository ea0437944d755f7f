import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestFirst } from '../../../src/search/best-first';

describe('bestFirst', () => {
  it('orders by score, then facts with figures, then record number', () => {
    const score = Float64Array.from([0.5, 2.7, 0.5, 0.5, 1.2]);
    const figures = Uint8Array.from([0, 0, 0, 1, 0]);
    expect(bestFirst([0, 1, 2, 3, 4], score, figures, Infinity)).toEqual([1, 4, 3, 0, 2]);
  });

  it('returns only the first `limit`', () => {
    expect(bestFirst([0, 1, 2], Float64Array.from([1, 3, 2]), new Uint8Array(3), 2)).toEqual([1, 2]);
  });

  it('agrees with a plain comparator sort', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: 0, max: 3.99, noNaN: true }), fc.boolean()), { maxLength: 200 }), (rows) => {
        const score = Float64Array.from(rows.map(([s]) => Math.round(s * 1e5) / 1e5));
        const figures = Uint8Array.from(rows.map(([, f]) => (f ? 1 : 0)));
        const records = rows.map((_, i) => i);
        const expected = [...records].sort((a, b) => score[b]! - score[a]! || figures[b]! - figures[a]! || a - b);
        expect(bestFirst(records, score, figures, Infinity)).toEqual(expected);
      }),
    );
  });
});
