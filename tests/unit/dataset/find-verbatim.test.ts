import { describe, expect, it } from 'vitest';
import { findVerbatim } from '../../../src/dataset/find-verbatim';
import { isIsoDate, isPeriod } from '../../../src/dataset/iso-date';

describe('findVerbatim', () => {
  it('returns the span as the text has it, non-breaking and double spaces included', () => {
    const text = 'Away From\u00a0Russia, the Horgos FTZ  remains';
    expect(findVerbatim(text, 'Away From Russia')).toBe('Away From\u00a0Russia');
    expect(findVerbatim(text, 'Horgos FTZ remains')).toBe('Horgos FTZ  remains');
  });

  it('takes regular-expression characters literally', () => {
    expect(findVerbatim('tranche ($23.6 billion) was', '($23.6 billion)')).toBe('($23.6 billion)');
    expect(findVerbatim('tranche $2306 billion', '$23.6 billion')).toBeNull();
  });

  it('does not forgive quote style, dashes or case', () => {
    expect(findVerbatim('China’s Silk Road', "China's Silk Road")).toBeNull();
    expect(findVerbatim('$84 billion–year', '$84 billion-year')).toBeNull();
    expect(findVerbatim('CHINA HAS NOW', 'China has now')).toBeNull();
  });

  it('finds nothing for an empty needle', () => {
    expect(findVerbatim('anything', '  ')).toBeNull();
  });
});

describe('isIsoDate', () => {
  it.each(['2015-04-01', '2016-02-29'])('accepts %s', (date) => expect(isIsoDate(date)).toBe(true));
  it.each(['2015-02-29', '2015-13-01', '2015-4-1', '1 April 2015', '2015-04-01T00:00'])('rejects %s', (date) =>
    expect(isIsoDate(date)).toBe(false),
  );
});

describe('isPeriod', () => {
  it.each(['2014', '2015-03', '2015-03-27', '2013/2014', '2014-12/2015-03'])('accepts %s', (period) =>
    expect(isPeriod(period)).toBe(true),
  );
  it.each(['2015-13', '14', '2015/2014', '2013/2014/2015', 'last year', ''])('rejects %j', (period) =>
    expect(isPeriod(period)).toBe(false),
  );
});
