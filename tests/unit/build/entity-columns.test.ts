import { describe, expect, it } from 'vitest';
import { entityColumns } from '../../../src/build/dataset-plugin';
import { realDataset } from '../../support/real-dataset';
import { CATEGORIES } from '../../../src/dataset/types';
import { matcherFromEntities } from '../../../src/matcher';
import { sliceAt } from '../../../src/matcher/packed-ints';

describe('entityColumns', () => {
  const { entities } = realDataset();
  const order = matcherFromEntities(entities).entityIds;

  it('gives every entity the matcher names one category digit and its name, in the matcher’s order', () => {
    const columns = entityColumns(entities, order);
    expect(columns.categories).toHaveLength(order.length);
    const byId = new Map(entities.map((e) => [e.id, e]));
    const read = [...columns.categories].map((digit) => CATEGORIES[digit.charCodeAt(0) - 48]);
    expect(read).toEqual(order.map((id) => byId.get(id)!.category));
    expect(order.map((_, i) => sliceAt(columns.names, columns.nameStarts, i))).toEqual(order.map((id) => byId.get(id)!.name));
  });

  it('covers every entity that has an alias, since only those can be highlighted', () => {
    expect(new Set(order)).toEqual(new Set(entities.filter((e) => e.aliases.length > 0).map((e) => e.id)));
  });

  it('has room for every category in one digit', () => {
    expect(CATEGORIES.length).toBeLessThanOrEqual(10);
  });
});
