import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFigure, sameFigureValue } from '../../../src/dataset/parse-figure';

describe('parseFigure', () => {
  it.each([
    ['$84 billion', 84e9, 'USD'],
    ['$23.6 billion', 23.6e9, 'USD'],
    ['$22.4 billion', 22.4e9, 'USD'],
    ['$18bn', 18e9, 'USD'],
    ['US$1.5 million', 1.5e6, 'USD'],
    ['14 billion dollars', 14e9, 'USD'],
    ['€300 million', 300e6, 'EUR'],
    ['2 trillion yuan', 2e12, 'CNY'],
  ])('reads the money amount %s', (text, value, unit) => {
    expect(parseFigure(text)).toEqual({ value, unit });
  });

  it.each([
    ['21.5 percent', 21.5],
    ['21.5 per cent', 21.5],
    ['36%', 36],
    ['1.5%', 1.5],
    ['6%', 6],
  ])('reads the percentage %s', (text, value) => {
    expect(parseFigure(text)).toEqual({ value, unit: 'percent' });
  });

  it.each([
    ['one-fifth', 20],
    ['One-fifth', 20],
    ['a fifth', 20],
    ['half', 50],
    ['a quarter', 25],
    ['three-quarters', 75],
    ['one in five', 20],
  ])('reads the fraction %s as a percentage', (text, value) => {
    expect(parseFigure(text)).toEqual({ value, unit: 'percent' });
  });

  it('reads two-thirds as a percentage that matches a rounded value', () => {
    const parsed = parseFigure('two-thirds');
    expect(parsed?.unit).toBe('percent');
    expect(sameFigureValue(parsed?.value ?? 0, 66.67)).toBe(true);
  });

  it.each([
    ['twice', 2],
    ['double', 2],
    ['three times', 3],
    ['tenfold', 10],
    ['4-fold', 4],
  ])('reads the multiple %s as a ratio', (text, value) => {
    expect(parseFigure(text)).toEqual({ value, unit: 'ratio' });
  });

  it.each([
    ['86 million barrels', 86e6, 'barrels'],
    ['1.5 million barrels per day', 1.5e6, 'barrels/day'],
    ['300,000 bpd', 300e3, 'barrels/day'],
    ['15 million tonnes', 15e6, 'tonnes'],
    ['12 million tons a year', 12e6, 'tonnes/year'],
    ['30 billion cubic metres', 30e9, 'cubic metres'],
    ['2,800 km', 2800, 'km'],
    ['1,000km', 1000, 'km'],
    ['seven kilometres', 7, 'km'],
    ['400 square kilometres', 400, 'km2'],
    ['1,200 MW', 1200, 'MW'],
    ['four months', 4, 'months'],
    ['one-day', 1, 'days'],
    ['25 years', 25, 'years'],
    ['5,000 troops', 5000, 'troops'],
  ])('reads %s in the unit its words name', (text, value, unit) => {
    expect(parseFigure(text)).toEqual({ value, unit });
  });

  it.each([
    ['86 million', 86e6],
    ['2013', 2013],
    ['1,250', 1250],
    ['twenty-five', 25],
    ['12,000 containers', 12000],
  ])('reads the plain number %s without guessing a unit', (text, value) => {
    expect(parseFigure(text)).toEqual({ value });
  });

  it('stops at an en dash or hyphen suffix', () => {
    expect(parseFigure('$84 billion–year')).toEqual({ value: 84e9, unit: 'USD' });
    expect(parseFigure('$40 billion-worth')).toEqual({ value: 40e9, unit: 'USD' });
  });

  it('ignores hedges in front of the number', () => {
    expect(parseFigure('over $28 billion')).toEqual({ value: 28e9, unit: 'USD' });
    expect(parseFigure('more than 86 million')).toEqual({ value: 86e6 });
    expect(parseFigure('another $23.6 billion')).toEqual({ value: 23.6e9, unit: 'USD' });
  });

  it.each(['', 'billion', 'the West', 'Kazakhstan', '$', 'last month', '1.2.3'])('rejects %j, which states no number', (text) => {
    expect(parseFigure(text)).toBeNull();
  });

  it('reads back any dollar amount written the way the documents write them', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.constantFrom('million', 'billion'), (tenths, scale) => {
        const amount = tenths / 10;
        const parsed = parseFigure(`$${amount} ${scale}`);
        expect(parsed?.unit).toBe('USD');
        expect(sameFigureValue(parsed?.value ?? Number.NaN, amount * (scale === 'million' ? 1e6 : 1e9))).toBe(true);
      }),
    );
  });
});
