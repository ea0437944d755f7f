import { describe, expect, it } from 'vitest';
import { realDataset } from '../../support/real-dataset';
import { SearchIndex, suggestedSearches } from '../../../src/search';

const data = realDataset();

describe('suggestedSearches', () => {
  const suggestions = suggestedSearches(data);

  it('offers entities of different categories and the largest dollar figure', () => {
    expect(suggestions).toHaveLength(4);
    const categories = suggestions.slice(0, 3).map((name) => data.entities.find((e) => e.name === name)!.category);
    expect(new Set(categories).size).toBe(3);
    expect(suggestions[3]).toBe('$84 billion');
  });

  it('offers only searches that find something', () => {
    const index = new SearchIndex(data);
    for (const query of suggestions) expect(index.search(query).total, query).toBeGreaterThan(0);
  });
});
