import { describe, expect, it } from 'vitest';
import { formatFigure, formatValue } from '../../../src/shared/format-figure';
import { formatDate } from '../../../src/shared/format-date';

describe('formatFigure', () => {
  it('writes dollar amounts with their scale word', () => {
    expect(formatValue({ value: 84e9, unit: 'USD' })).toBe('$84 billion');
    expect(formatValue({ value: 23.6e9, unit: 'USD' })).toBe('$23.6 billion');
  });

  it('keeps the words of the source and adds the number', () => {
    expect(formatFigure({ value: 20, unit: 'percent', text: 'One-fifth', period: '2015' })).toBe('one-fifth (20%)');
    expect(formatFigure({ value: 2, unit: 'ratio', text: 'twice', period: '2015' })).toBe('twice (2×)');
  });

  it('shows the number alone when the source wrote a number', () => {
    expect(formatFigure({ value: 21.5, unit: 'percent', text: '21.5 percent', period: '2014' })).toBe('21.5%');
    expect(formatFigure({ value: 86e6, unit: 'barrels', text: '86 million barrels', period: '2013' })).toBe('86 million barrels');
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
