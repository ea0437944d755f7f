import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PACK_MAX, PACK_OFFSET, intAt, packInts, packedLength, unpackInts } from '../../../src/matcher/packed-ints';

describe('packed integer columns', () => {
  it('reads back every value it packed, at its index', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: PACK_MAX })), (values) => {
        const packed = packInts(values);
        expect(packedLength(packed)).toBe(values.length);
        expect(unpackInts(packed)).toEqual(values);
        values.forEach((value, i) => expect(intAt(packed, i)).toBe(value));
      }),
    );
  });

  it('uses no control character or surrogate, so JSON carries it unescaped', () => {
    const packed = packInts([0, 1, 31, 32, 0x7fff, 0x8000, 123_456_789, PACK_MAX]);
    for (let i = 0; i < packed.length; i++) {
      const unit = packed.charCodeAt(i);
      expect(unit).toBeGreaterThanOrEqual(PACK_OFFSET);
      expect(unit < 0xd800 || unit > 0xdfff).toBe(true);
    }
    expect(JSON.stringify(packed)).not.toMatch(/\\u/);
  });

  it('refuses values it cannot hold', () => {
    expect(() => packInts([-1])).toThrow(/Cannot pack -1/);
    expect(() => packInts([PACK_MAX + 1])).toThrow(/Cannot pack/);
    expect(() => packInts([1.5])).toThrow(/Cannot pack 1.5/);
  });

  it('tells a column of odd length from a packed one', () => {
    expect(packedLength('abc')).toBe(-1);
    expect(packedLength(7)).toBe(-1);
    expect(packedLength('')).toBe(0);
  });
});
