import { describe, expect, it } from 'vitest';
import { termsOf, tokenize } from '../../../src/search/tokenize';

describe('tokenize', () => {
  it('folds case, diacritics and typographic apostrophes the way the matcher does', () => {
    expect(termsOf('Kazakhstan’s São Paulo')).toEqual(['kazakhstan', 's', 'sao', 'paulo']);
  });

  it('keeps decimals and drops currency and percent signs', () => {
    expect(termsOf('$23.6 billion, 21.5% and 36%')).toEqual(['23.6', 'billion', '21.5', 'and', '36']);
  });

  it('reads "1,500" as the number 1500', () => {
    expect(termsOf('1,500 barrels')).toEqual(['1500', 'barrels']);
  });

  it('splits hyphenated words, so "one-fifth" and "one fifth" are the same query', () => {
    expect(termsOf('One-fifth')).toEqual(termsOf('one fifth'));
  });

  it('gives offsets into the original text', () => {
    const text = 'Ürümqi — Khorgos';
    expect(tokenize(text).map(({ start, end }) => text.slice(start, end))).toEqual(['Ürümqi', 'Khorgos']);
  });
});
