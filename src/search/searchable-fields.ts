/**
 * What the search reads in each record, and how much a word found there says
 * about the record. A reader who types a name means the entity; words of a
 * fact's statement or figures say more about the fact than words of its
 * quote, and those more than its topic, metric or source.
 */
import type { DocumentRef } from '../model/document';
import type { Entity } from '../model/entity';
import type { Fact } from '../model/fact';
import { formatFigure, formatValue } from '../shared/format-figure';
import { nativeNames } from './native-names';

/** Documents as the popup holds them: citations without the full text. */
export type { DocumentRef };

export interface SearchableData {
  entities: readonly Entity[];
  facts: readonly Fact[];
  documents: readonly DocumentRef[];
}

export const FIELDS = ['name', 'alias', 'statement', 'figure', 'quote', 'topic', 'metric', 'source'] as const;
export type Field = (typeof FIELDS)[number];

export const FIELD_WEIGHT: Record<Field, number> = {
  name: 1,
  alias: 0.9,
  statement: 0.8,
  figure: 0.8,
  quote: 0.6,
  topic: 0.5,
  metric: 0.5,
  source: 0.4,
};

/** The aliases of the seeds, then the names in other scripts that only the search knows (native-names.ts). */
export function searchAliases(entity: Entity): string[] {
  return [...entity.aliases.map((alias) => alias.text), ...nativeNames(entity.id)];
}

export function entityFields(entity: Entity): [Field, string][] {
  return [['name', entity.name], ...searchAliases(entity).map((alias): [Field, string] => ['alias', alias])];
}

export function factFields(fact: Fact, documents: ReadonlyMap<string, DocumentRef>): [Field, string][] {
  const document = documents.get(fact.source.document);
  return [
    ['statement', fact.text],
    // The source's words ("one-fifth"), how the popup shows them ("one-fifth (20%)") and the plain number ("$84 billion").
    ...fact.figures.flatMap((figure): [Field, string][] => [
      ['figure', figure.text],
      ['figure', formatFigure(figure)],
      ['figure', formatValue(figure)],
    ]),
    ['quote', fact.source.quote],
    ['topic', fact.topic],
    // A metric id names what the fact measures: "kazakhstan-export-share-china".
    ['metric', fact.metric ?? ''],
    ['source', document ? `${document.title} ${document.publication}` : ''],
  ];
}
