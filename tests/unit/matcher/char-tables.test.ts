import { describe, expect, it, vi } from 'vitest';

// Each test gets fresh caches: the tables are module state.
async function freshMatcher() {
  vi.resetModules();
  return import('../../../src/matcher');
}

describe('character tables', () => {
  it('holds the same folds and classes the Unicode functions compute', async () => {
    const m = await freshMatcher();
    const tables = JSON.parse(JSON.stringify(m.computeCharTables()));
    const fresh = await freshMatcher();
    fresh.loadCharTables(tables);
    for (const c of [0xe9, 0xc9, 0x2019, 0x2014, 0xa0, 0x301, 0x131, 0x3a9, 0x416]) {
      const ch = String.fromCharCode(c);
      expect(fresh.fold(ch), ch).toBe(m.fold(ch));
      expect(fresh.foldKeepingCase(ch), ch).toBe(m.foldKeepingCase(ch));
    }
    expect(fresh.isWordBoundary('a\u0301', 1)).toBe(false);
    expect(fresh.isWordBoundary('a\u2019s', 1)).toBe(true);
    expect(fresh.isWordBoundary('\u00e9t\u00e9', 1)).toBe(false);
  });

  it('decides the fold of a loaded code unit without recomputing it', async () => {
    const m = await freshMatcher();
    m.loadCharTables({ ranges: [[0xe9, 0xe9]], fold: 'x', foldKeepingCase: 'X', classes: '1' });
    expect(m.fold('\u00e9')).toBe('x');
    expect(m.foldKeepingCase('\u00e9')).toBe('X');
    expect(m.isWordBoundary('a\u00e9', 1)).toBe(true);
  });

  it('refuses tables whose lengths disagree with their ranges', async () => {
    const m = await freshMatcher();
    expect(() => m.loadCharTables({ ranges: [[0xe9, 0xea]], fold: 'x', foldKeepingCase: 'XX', classes: '11' })).toThrow(/Corrupt/);
  });

  it('covers the punctuation and accented letters of the seed articles', async () => {
    const m = await freshMatcher();
    const covered = (c: number) => m.COMMON_RANGES.some(([from, to]) => c >= from && c <= to);
    for (const c of [0x2019, 0x201c, 0x201d, 0x2014, 0x2013, 0xa0, 0xe9, 0xfc]) expect(covered(c), c.toString(16)).toBe(true);
  });
});
