import { describe, expect, it } from 'vitest';
import { closestPassage } from '../../../src/dataset/find-verbatim';

const TEXT = 'Kazakhstan exported $84 billion of goods in 2014. One-fifth of it went to China, twice the share that went to Russia.';

describe('closestPassage', () => {
  it('points to the passage a mistyped quote comes from', () => {
    expect(closestPassage(TEXT, 'one fifth of it went to china, twice the share that goes to Russia')).toBe(
      'of it went to China, twice the share that went to Russia.',
    );
  });

  it('points nowhere for a quote from elsewhere', () => {
    expect(closestPassage(TEXT, 'The moon is made of cheese')).toBeNull();
    expect(closestPassage(TEXT, '')).toBeNull();
  });
});
