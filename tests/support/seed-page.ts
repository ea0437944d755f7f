/**
 * The real seeds, compiled in the browser by the pure compiler, and the
 * page's side of them as the content script gets it (PageController's
 * `PageData` and matcher), for the browser tests that need real metrics and
 * facts (the figure check). Vite serves the seed files as text.
 */
import { compileDataset } from '../../src/dataset/compile-dataset';
import type { PageData } from '../../src/content/page-controller';
import { matcherFromEntities, type Matcher } from '../../src/matcher';
import { FigureChecker, figureCheckData } from '../../src/relevance/figure-check';
import { TopicMatcher } from '../../src/relevance/topic-words';

const SEED_FILES = import.meta.glob<string>('../../seeds/*.{txt,yaml}', { query: '?raw', import: 'default', eager: true });

export type SeedDataset = ReturnType<typeof compileDataset>;

export function seedDataset(): SeedDataset {
  const files = Object.entries(SEED_FILES)
    .map(([path, text]) => ({ path: path.replace(/^(\.\.\/)+/, ''), text }))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
  return compileDataset(files, { version: '0.0.0' });
}

/** What PageController is given on a page, from the compiled seeds; the worker's answers come from the same dataset. */
export function seedPage(dataset: SeedDataset): { data: PageData; loadMatcher: () => Generator<void, Matcher> } {
  const matcher = matcherFromEntities(dataset.entities);
  const byId = new Map(dataset.entities.map((e) => [e.id, e]));
  const entityAt = (index: number) => byId.get(matcher.entityIds[index]!)!;
  const documentsOf = (facts: SeedDataset['facts']) => dataset.documents.filter((d) => facts.some((f) => f.source.document === d.id));
  const data: PageData = {
    categoryAt: (index) => entityAt(index).category,
    nameAt: (index) => entityAt(index).name,
    cardData: async (entityId) => {
      const { id, name, category, description } = byId.get(entityId)!;
      const facts = dataset.facts.filter((f) => f.entities.includes(entityId));
      return { entity: { id, name, category, description }, facts, documents: documentsOf(facts), scope: { facts: 0, documents: [], subjects: [], years: null } };
    },
    factsData: async (metric, factIds) => {
      const definition = dataset.metrics?.find((m) => m.id === metric);
      if (!definition) return null;
      const facts = dataset.facts.filter((f) => factIds.includes(f.id));
      return { metric: { id: metric, label: definition.label, unit: definition.unit }, facts, documents: documentsOf(facts) };
    },
    loadRelevance: () => ({
      factsOf: (id) => dataset.facts.filter((f) => f.entities.includes(id)),
      categoryOf: (id) => byId.get(id)?.category,
      topics: new TopicMatcher(dataset.topics),
    }),
    loadFigureChecker: () => new FigureChecker(figureCheckData(dataset.metrics ?? [], dataset.facts)),
  };
  return {
    data,
    loadMatcher: function* () {
      return matcher;
    },
  };
}
