import { describe, expect, it } from 'vitest';
import { MEASURES } from '../../../src/dataset/units';
import { formatFigure, formatValue, shownFigures } from '../../../src/shared/format-figure';
import { formatDate } from '../../../src/shared/format-date';

describe('formatFigure', () => {
  it('writes dollar amounts with their scale word', () => {
    expect(formatValue({ value: 84e9, unit: 'USD' })).toBe('$84 billion');
    expect(formatValue({ value: 23.6e9, unit: 'USD' })).toBe('$23.6 billion');
  });

  it('keeps the words of the source and adds the number where it converts them', () => {
    expect(formatFigure({ value: 20, unit: 'percent', text: 'One-fifth', period: '2015' })).toBe('one-fifth (20%)');
    expect(formatFigure({ value: 50, unit: 'percent', text: 'half', period: '2015' })).toBe('half (50%)');
  });

  it.each([
    [{ value: 2, unit: 'ratio', text: 'twice' }, 'twice'],
    [{ value: 4, unit: 'months', text: 'four months' }, 'four months'],
    [{ value: 1, unit: 'days', text: 'one-day' }, 'one-day'],
    [{ value: 15e6, unit: 'tonnes', text: 'Fifteen million tonnes' }, 'fifteen million tonnes'],
  ])('does not repeat in digits what the words already say: %o', (figure, shown) => {
    expect(formatFigure({ ...figure, period: '2015' })).toBe(shown);
  });

  it('names a unit in the singular for one and in the plural otherwise', () => {
    expect(formatValue({ value: 1, unit: 'days' })).toBe('1 day');
    expect(formatValue({ value: 4, unit: 'months' })).toBe('4 months');
    expect(formatValue({ value: 1, unit: 'barrels/day' })).toBe('1 barrel per day');
  });

  it.each([
    [15e6, 'tonnes', '15 million tonnes'],
    [1.5e6, 'barrels/day', '1.5 million barrels per day'],
    [12e6, 'tonnes/year', '12 million tonnes per year'],
    [30e9, 'cubic metres', '30 billion cubic metres'],
    [2800, 'km', '2,800 km'],
    [400, 'km2', '400 km²'],
    [1200, 'MW', '1,200 MW'],
    [5000, 'troops', '5,000 troops'],
  ])('writes %d %s as "%s"', (value, unit, shown) => {
    expect(formatFigure({ value, unit, text: shown, period: '2015' })).toBe(shown);
  });

  it('labels every physical unit the build accepts', () => {
    for (const [unit, { many }] of Object.entries(MEASURES)) expect(formatValue({ value: 3, unit }), unit).toBe(`3 ${many}`);
  });

  it.each([
    ['USD', '$84 billion'],
    ['EUR', '€84 billion'],
    ['GBP', '£84 billion'],
    ['CNY', '84 billion yuan'],
    ['KZT', '84 billion tenge'],
    ['RUB', '84 billion roubles'],
  ])('writes an amount in %s as "%s"', (unit, shown) => {
    expect(formatValue({ value: 84e9, unit })).toBe(shown);
  });

  it('shows the number alone when the source wrote a number', () => {
    expect(formatFigure({ value: 21.5, unit: 'percent', text: '21.5 percent', period: '2014' })).toBe('21.5%');
    expect(formatFigure({ value: 86e6, unit: 'barrels', text: '86 million barrels', period: '2013' })).toBe('86 million barrels');
  });
});

describe('shownFigures', () => {
  const year = (value: number) => ({ value, unit: 'year', text: String(value), period: String(value) });
  const usd = { value: 14e9, unit: 'USD', text: '$14 billion', period: '2014-12' };

  it('leaves out a year the period states, in whatever precision', () => {
    expect(shownFigures({ period: '2014-12', figures: [usd, year(2014)] })).toEqual([usd]);
    expect(shownFigures({ period: '2013-09', figures: [year(2013)] })).toEqual([]);
    expect(shownFigures({ period: '2009/2015', figures: [year(2009)] })).toEqual([]);
  });

  it('keeps a year the period line does not show, and every other figure', () => {
    expect(shownFigures({ period: '2013/2015', figures: [year(2014)] })).toEqual([year(2014)]);
    expect(shownFigures({ period: '2015', figures: [year(2013), { value: 2015, unit: 'count', text: '2015', period: '2015' }] })).toHaveLength(2);
  });
});

describe('formatDate', () => {
  it('formats full and partial ISO dates', () => {
    expect(formatDate('2015-05-07')).toBe('7 May 2015');
    expect(formatDate('2015-03')).toBe('March 2015');
    expect(formatDate('2015')).toBe('2015');
    expect(formatDate('someday')).toBe('someday');
  });
});

describe('formatPeriod', () => {
  it('formats single periods and spans', async () => {
    const { formatPeriod } = await import('../../../src/shared/format-date');
    expect(formatPeriod('2014-12')).toBe('December 2014');
    expect(formatPeriod('2014-12/2015-03')).toBe('December 2014 – March 2015');
  });
});
