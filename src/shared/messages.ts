/**
 * Every runtime message Geolens sends, as one typed union. Settings are not
 * messages: they travel through `storage.onChanged` only.
 */
import type { CardEntity, Category } from '../model/entity';
import type { DocumentRef } from '../model/document';
import type { Fact } from '../model/fact';
import type { DatasetScope } from './dataset-scope';
import type { ToolbarState } from '../settings/toolbar-state';

export interface PageMention {
  entityId: string;
  name: string;
  category: Category;
  /** The page text of the first mention. */
  text: string;
  /** Occurrences in the annotatable text. */
  count: number;
  /** Occurrences highlighted under the current settings. */
  highlighted: number;
  /** At least one of the entity's facts relates to this page (docs/relevance.md). */
  relevant: boolean;
  /** Named in the page's main content (the article), not only in its chrome. */
  inMain: boolean;
}

export interface PageAnnotations {
  url: string;
  mentions: PageMention[];
  /** False while the first walk over the page is still running. */
  complete: boolean;
  /** The annotator's own timing (slices of work between yields to the page). */
  stats: { slices: number; totalMs: number; longestMs: number; longSlices: number };
  /** The figures the figure check marked (docs/figure-check.md), in page order; empty while it is off. */
  figures: PageFigureSummary[];
}

export interface PageFigureSummary {
  /** The figure as the page writes it. */
  text: string;
  metric: string;
  verdict: 'agrees' | 'differs';
  /** The facts whose figures it was set against. */
  factIds: string[];
}

export type { DocumentRef };

/** What one entity's card shows: the worker's answer to `card-data`. */
export interface EntityCardData {
  entity: CardEntity;
  /** Every fact that involves the entity, in dataset order (the page ranks them). */
  facts: Fact[];
  /** The documents those facts cite, and those of the sources that differ from them. */
  documents: DocumentRef[];
  /** What the whole dataset covers: the card states it when no fact relates to the page. */
  scope: DatasetScope;
}

/** What a figure card shows: the worker's answer to `facts-data`. */
export interface FactsCardData {
  metric: { id: string; label: string; unit: string };
  /** The facts asked for, in the order asked. */
  facts: Fact[];
  documents: DocumentRef[];
}

export type Message =
  /** Popup/tests → top frame: what is annotated right now. */
  | { type: 'page-annotations' }
  /** Top frame → worker: how many entities are annotated, and whether Geolens runs here (the toolbar badge and icon). */
  | { type: 'annotations-changed'; count: number; state: ToolbarState }
  /** Worker → tab (keyboard command): move to the next or previous annotation and open its card. */
  | { type: 'cycle-annotations'; direction: 1 | -1 }
  /** Card → worker: open the source viewer on a fact. */
  | { type: 'open-source'; factId: string }
  /** Card → worker: what the card shows for an entity (`EntityCardData`, or null for an unknown id). */
  | { type: 'card-data'; entityId: string }
  /** Figure card → worker: a metric and the facts a page's figure was set against (`FactsCardData`, or null). */
  | { type: 'facts-data'; metric: string; factIds: string[] };

export type MessageType = Message['type'];

const TYPES: ReadonlySet<string> = new Set<MessageType>([
  'page-annotations',
  'annotations-changed',
  'cycle-annotations',
  'open-source',
  'card-data',
  'facts-data',
]);

/** Messages come from other extension contexts, but are still checked before use. */
export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return typeof type === 'string' && TYPES.has(type);
}
