/**
 * What the options page says about the dataset: its version, how much it
 * holds, and per category how many entities it covers with one of them to
 * show the highlight colour on. The build works it out
 * (`virtual:geolens/dataset-summary`), so the page carries a few numbers
 * and names instead of the dataset.
 */
import type { Dataset } from '../model/dataset.ts';
import { CATEGORIES, type Category } from '../model/entity.ts';

export interface CategorySummary {
  category: Category;
  count: number;
  /** The name of one entity in the category, in dataset order; undefined when it has none. */
  example: string | undefined;
}

export interface DatasetSummary {
  version: string;
  entities: number;
  facts: number;
  documents: number;
  categories: CategorySummary[];
}

export function summarizeDataset(dataset: Pick<Dataset, 'version' | 'entities' | 'facts' | 'documents'>): DatasetSummary {
  return {
    version: dataset.version,
    entities: dataset.entities.length,
    facts: dataset.facts.length,
    documents: dataset.documents.length,
    categories: CATEGORIES.map((category) => {
      const members = dataset.entities.filter((entity) => entity.category === category);
      return { category, count: members.length, example: members[0]?.name };
    }),
  };
}
