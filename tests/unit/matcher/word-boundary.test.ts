import { describe, expect, it } from 'vitest';
import { isWordBoundary } from '../../../src/matcher';
import { classifyForTest } from '../../../src/matcher/word-boundary';

describe('isWordBoundary', () => {
  it('classes ASCII by its written-out table exactly as the Unicode rule would', () => {
    const table = (c: number) => (/[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 2 : 1);
    for (let c = 0; c < 128; c++) expect(classifyForTest(c), `U+${c.toString(16)}`).toBe(table(c));
  });

  it('holds at both ends of the text', () => {
    expect(isWordBoundary('China', 0)).toBe(true);
    expect(isWordBoundary('China', 5)).toBe(true);
    expect(isWordBoundary('', 0)).toBe(true);
  });

  it('holds next to spaces, punctuation and apostrophes', () => {
    const text = "China's (China) China-Kazakhstan";
    for (const i of [5, 9, 14, 21, 22]) expect(isWordBoundary(text, i)).toBe(true);
  });

  it('does not hold inside a word of any alphabetic script', () => {
    expect(isWordBoundary('Kazakhstanian', 10)).toBe(false);
    expect(isWordBoundary('Қазақстанда', 9)).toBe(false);
    expect(isWordBoundary('الصينية', 5)).toBe(false);
    expect(isWordBoundary('G20', 1)).toBe(false);
  });

  it('treats Unicode letters, not just ASCII, as word characters', () => {
    expect(isWordBoundary('éChina', 1)).toBe(false);
    expect(isWordBoundary('Ω-China', 2)).toBe(true);
  });

  it('breaks around every character of scripts written without spaces', () => {
    expect(isWordBoundary('中国China', 2)).toBe(true);
    expect(isWordBoundary('我爱中国人', 2)).toBe(true);
    expect(isWordBoundary('我爱中国人', 4)).toBe(true);
    expect(isWordBoundary('Chinaカザフ', 5)).toBe(true);
  });

  it('does not let a match end before a combining mark', () => {
    expect(isWordBoundary('China\u0300', 5)).toBe(false);
  });

  it('counts the modifier-letter apostrophe as punctuation', () => {
    expect(isWordBoundary('Kazakhstanʼs', 10)).toBe(true);
  });

  it('never splits a surrogate pair and treats astral letters as letters', () => {
    expect(isWordBoundary('a😀b', 2)).toBe(false);
    expect(isWordBoundary('𝐀China', 2)).toBe(false);
    expect(isWordBoundary('😀China', 2)).toBe(true);
  });

  it('treats lone surrogates as punctuation', () => {
    expect(isWordBoundary('\ud800China', 1)).toBe(true);
    expect(isWordBoundary('China\udc00', 5)).toBe(true);
  });

  it('is false outside the text', () => {
    expect(isWordBoundary('abc', -1)).toBe(false);
    expect(isWordBoundary('abc', 4)).toBe(false);
  });
});
