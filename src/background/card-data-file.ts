/**
 * The file the worker answers cards from, `card-data.json`: the one owner of
 * its format. The build writes it (src/build/dataset-plugin.ts) and the
 * worker reads it (card-answers.ts); a unit test round-trips it.
 *
 * Format, JSON: the dataset without what no card shows (aliases, blockers,
 * the documents' text, the figure check's cues), without indentation, and
 * tagged with its format so that a worker never reads another's file.
 */
import type { Dataset } from '../model/dataset.ts';
import type { DocumentRef } from '../model/document.ts';
import type { CardEntity } from '../model/entity.ts';
import type { Fact, MetricDefinition } from '../model/fact.ts';

/** In the extension's root. */
export const CARD_DATA_FILE = 'card-data.json';

const FORMAT = 'geolens-card-data/1';

/** What the figure card names a metric by. */
export type CardMetric = Pick<MetricDefinition, 'id' | 'label' | 'unit'>;

export interface CardData {
  entities: CardEntity[];
  facts: Fact[];
  documents: DocumentRef[];
  metrics: CardMetric[];
}

export function encodeCardDataFile(dataset: Dataset): string {
  const data: CardData & { format: typeof FORMAT } = {
    format: FORMAT,
    entities: dataset.entities.map(({ id, name, category, description }) => ({ id, name, category, description })),
    facts: dataset.facts,
    documents: dataset.documents.map(({ text: _text, ...meta }) => meta),
    metrics: (dataset.metrics ?? []).map(({ id, label, unit }) => ({ id, label, unit })),
  };
  return JSON.stringify(data);
}

/**
 * Checks the format tag and the shape of the whole, not every fact: the file
 * is the build's own, in the same package, and the first card waits while
 * the worker reads it, so its records are taken as the build wrote them.
 */
export function decodeCardDataFile(text: string): CardData {
  const data: unknown = JSON.parse(text);
  if (!isCardData(data)) throw new Error(`${CARD_DATA_FILE}: not a ${FORMAT} file`);
  return data;
}

function isCardData(value: unknown): value is CardData {
  return (
    typeof value === 'object' &&
    value !== null &&
    'format' in value &&
    value.format === FORMAT &&
    'entities' in value &&
    Array.isArray(value.entities) &&
    'facts' in value &&
    Array.isArray(value.facts) &&
    'documents' in value &&
    Array.isArray(value.documents) &&
    'metrics' in value &&
    Array.isArray(value.metrics)
  );
}
