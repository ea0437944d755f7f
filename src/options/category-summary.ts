/**
 * What the options page says about each category: how many entities of the
 * dataset it covers, and one of them to show the highlight colour on.
 */
import { CATEGORIES, type Category, type Entity } from '../model/entity';

export interface CategorySummary {
  category: Category;
  count: number;
  /** The name of one entity in the category, in dataset order; undefined when it has none. */
  example: string | undefined;
}

export function summarizeCategories(entities: readonly Pick<Entity, 'name' | 'category'>[]): CategorySummary[] {
  return CATEGORIES.map((category) => {
    const members = entities.filter((entity) => entity.category === category);
    return { category, count: members.length, example: members[0]?.name };
  });
}
