import { describe, expect, it } from 'vitest';
import { decodeRelevanceData, encodeRelevanceData, factsByEntity } from '../../../src/relevance/relevance-data';

describe('the relevance data format', () => {
  it('gives back what it was given', () => {
    const data = {
      facts: [
        { topic: 'trade', entities: ['china', 'kazakhstan'] },
        { topic: 'energy', entities: ['kazakhstan'] },
        { topic: 'security', entities: ['xinjiang'] },
      ],
      topics: [
        { topic: 'trade', words: ['export', 'import'] },
        { topic: 'energy', words: ['oil', 'natural gas'] },
      ],
      entities: [
        { id: 'china', category: 'country' as const },
        { id: 'kazakhstan', category: 'country' as const },
        { id: 'xinjiang', category: 'country' as const },
        { id: 'xi-jinping', category: 'person' as const },
      ],
    };
    const decoded = decodeRelevanceData(encodeRelevanceData(data));
    expect(decoded.facts).toEqual(data.facts);
    // A topic that facts use but no word list covers travels without words.
    expect(decoded.topics).toEqual(data.topics);
    // Categories travel for the entities facts name, and only those.
    expect(decoded.categories).toEqual(new Map([['china', 'country'], ['kazakhstan', 'country'], ['xinjiang', 'country']]));
  });

  it('indexes facts by each of their entities', () => {
    const trade = { topic: 'trade', entities: ['china', 'kazakhstan'] };
    const byEntity = factsByEntity([trade]);
    expect(byEntity.get('china')).toEqual([trade]);
    expect(byEntity.get('kazakhstan')).toEqual([trade]);
  });
});
