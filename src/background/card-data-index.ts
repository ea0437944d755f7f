/**
 * Looks up what one entity's card shows: the entity, the facts that involve
 * it (with the figures the card shows) and the documents those facts (and
 * the sources that differ from them) cite. Pure: the worker feeds it the
 * packaged card data (card-data-file.ts).
 */
import type { CardEntity } from '../model/entity';
import type { DocumentRef } from '../model/document';
import type { Fact } from '../model/fact';
import { datasetScope, type DatasetScope } from '../shared/dataset-scope';
import { shownFigures } from '../shared/format-figure';
import type { EntityCardData, FactsCardData } from '../messages/messages';
import type { CardData, CardMetric } from './card-data-file';

export interface CardDataIndex {
  entities: ReadonlyMap<string, CardEntity>;
  factsByEntity: ReadonlyMap<string, Fact[]>;
  facts: ReadonlyMap<string, Fact>;
  metrics: ReadonlyMap<string, CardMetric>;
  documents: ReadonlyMap<string, DocumentRef>;
  scope: DatasetScope;
}

export function indexCardData(dataset: CardData): CardDataIndex {
  const factsByEntity = new Map<string, Fact[]>();
  for (const fact of dataset.facts) {
    for (const id of fact.entities) {
      let facts = factsByEntity.get(id);
      if (!facts) factsByEntity.set(id, (facts = []));
      facts.push(fact);
    }
  }
  const documents = new Map(dataset.documents.map((document) => [document.id, document]));
  return {
    entities: new Map(dataset.entities.map((e) => [e.id, e])),
    factsByEntity,
    facts: new Map(dataset.facts.map((f) => [f.id, f])),
    metrics: new Map(dataset.metrics.map((metric) => [metric.id, metric])),
    documents,
    scope: datasetScope([...documents.values()], dataset.facts.length),
  };
}

export function cardDataFor(index: CardDataIndex, entityId: string): EntityCardData | null {
  const entity = index.entities.get(entityId);
  if (!entity) return null;
  const facts = index.factsByEntity.get(entityId) ?? [];
  const { id, name, category, description } = entity;
  return { entity: { id, name, category, description }, facts: facts.map(withShownFigures), documents: citedBy(index, facts), scope: index.scope };
}

/** What a figure card shows: the metric, the facts a page's figure was set against, and the documents they cite. */
export function factsDataFor(index: CardDataIndex, metricId: string, factIds: readonly string[]): FactsCardData | null {
  const metric = index.metrics.get(metricId);
  const facts = factIds.flatMap((id) => index.facts.get(id) ?? []);
  if (!metric || facts.length === 0) return null;
  return { metric, facts: facts.map(withShownFigures), documents: citedBy(index, facts) };
}

/** The documents some facts cite, and those of the sources that differ from them, each once. */
function citedBy(index: CardDataIndex, facts: readonly Fact[]): DocumentRef[] {
  const cited = new Set<string>();
  for (const fact of facts) {
    cited.add(fact.source.document);
    for (const other of fact.differs ?? []) cited.add(other.document);
  }
  const documents: DocumentRef[] = [];
  for (const id of cited) {
    const document = index.documents.get(id);
    if (document) documents.push(document);
  }
  return documents;
}

/**
 * The card lists a fact's figures, then its period (always: a reader weighs
 * a 2015 figure by its age): a year figure the period states would say it
 * twice, so the card gets the figures without it.
 */
function withShownFigures(fact: Fact): Fact {
  const figures = shownFigures(fact);
  return figures.length === fact.figures.length ? fact : { ...fact, figures };
}
