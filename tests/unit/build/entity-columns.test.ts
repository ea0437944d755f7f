import { describe, expect, it } from 'vitest';
import { entityColumns, loadSeedDataset } from '../../../src/build/dataset-plugin';
import { CATEGORIES } from '../../../src/dataset/types';

describe('entityColumns', () => {
  const { entities } = loadSeedDataset(new URL('../../..', import.meta.url).pathname, '0.0.0');

  it('gives every entity one category digit, in the order of the ids, that reads back as its category', () => {
    const columns = entityColumns(entities);
    expect(columns.ids).toEqual(entities.map((e) => e.id));
    expect(columns.categories).toHaveLength(entities.length);
    const read = [...columns.categories].map((digit) => CATEGORIES[digit.charCodeAt(0) - 48]);
    expect(read).toEqual(entities.map((e) => e.category));
  });

  it('has room for every category in one digit', () => {
    expect(CATEGORIES.length).toBeLessThanOrEqual(10);
  });
});
