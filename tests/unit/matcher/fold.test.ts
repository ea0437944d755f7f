import { describe, expect, it } from 'vitest';
import { fold, foldCodeUnit, foldCodeUnitKeepingCase, foldKeepingCase, upperCodeUnit } from '../../../src/matcher';
import { computeFoldForTest } from '../../../src/matcher/fold';

describe('fold', () => {
  it('folds ASCII by its written-out table exactly as the general Unicode rule would', () => {
    for (let c = 0; c < 128; c++) {
      expect(foldCodeUnit(c), `U+${c.toString(16)}`).toBe(computeFoldForTest(c, true));
      expect(foldCodeUnitKeepingCase(c), `U+${c.toString(16)}`).toBe(computeFoldForTest(c, false));
    }
  });

  it('lowercases ASCII letters and leaves other ASCII alone', () => {
    expect(fold('Silk Road, 2013: A-Z!')).toBe('silk road, 2013: a-z!');
  });

  it('straightens curly apostrophes and quotes', () => {
    expect(fold('China’s ‘new’ “Silk Road” Kazakhstanʼs ‛x‚')).toBe(`china's 'new' "silk road" kazakhstan's 'x'`);
  });

  it('turns every dash and hyphen into an ASCII hyphen', () => {
    expect(fold('a‐b‑c‒d–e—f―g−h')).toBe('a-b-c-d-e-f-g-h');
  });

  it('turns tabs, newlines and non-breaking or thin spaces into plain spaces', () => {
    expect(fold('Silk\u00a0Road\nEconomic\u2009Belt\tX\u3000Y')).toBe('silk road economic belt x y');
  });

  it('strips diacritics whose base is one code unit', () => {
    expect(fold('Türkiye Ürümqi Almatı São Paulo Ñandú Œ')).toBe('turkiye urumqi almatı sao paulo nandu œ');
  });

  it('never changes length, even where lowercasing would (İ) or cannot apply (astral, lone surrogates)', () => {
    const samples = ['İstanbul', 'İİİ', 'ß and ẞ', '𝐀𝐁 emoji 😀', 'lone \ud800 and \udc00', 'e\u0301', 'ﬁ'];
    for (const s of samples) expect(fold(s)).toHaveLength(s.length);
    expect(fold('İstanbul')).toBe('istanbul');
  });

  it('leaves CJK, Arabic and Hebrew text unchanged', () => {
    const s = '中国和哈萨克斯坦 الصين סין';
    expect(fold(s)).toBe(s);
  });

  it('keeps letter case in the case-keeping variant but folds marks, quotes and dashes', () => {
    expect(foldKeepingCase('Türkiye’s İSTANBUL – Ωmega')).toBe("Turkiye's ISTANBUL - Ωmega");
  });

  it('is idempotent and length-preserving for every BMP code unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      const f = foldCodeUnit(c);
      expect(f >= 0 && f < 0x10000).toBe(true);
      if (foldCodeUnit(f) !== f) expect.fail(`fold(U+${c.toString(16)}) is not idempotent`);
      const k = foldCodeUnitKeepingCase(c);
      if (foldCodeUnitKeepingCase(k) !== k) expect.fail(`case-keeping fold(U+${c.toString(16)}) is not idempotent`);
      // The case-insensitive fold must not separate what the case-keeping fold joins.
      if (foldCodeUnit(k) !== f) expect.fail(`folds disagree on U+${c.toString(16)}`);
    }
  });

  it('upper-cases a code unit only when that keeps it one unit', () => {
    expect(String.fromCharCode(upperCodeUnit('a'.charCodeAt(0)))).toBe('A');
    expect(String.fromCharCode(upperCodeUnit('ö'.charCodeAt(0)))).toBe('Ö');
    expect(String.fromCharCode(upperCodeUnit('ß'.charCodeAt(0)))).toBe('ß');
    expect(upperCodeUnit(0xd800)).toBe(0xd800);
  });
});
