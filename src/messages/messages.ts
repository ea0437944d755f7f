/**
 * Every runtime message Geolens sends, one map per direction: for each
 * request type, the schema of the request and the schema of its answer.
 * A receiver checks a request against its schema before it acts, and a
 * sender checks the answer before it uses it (runtime-messaging.ts does
 * both): messages come from other extension contexts, which may be of
 * another version (a content script left behind by an update). Handlers
 * and callers get typed values, with no cast. Settings are not messages:
 * they travel through `storage.onChanged` only.
 */
import * as v from 'valibot';
import type { DocumentRef } from '../model/document';
import { CATEGORIES, type CardEntity, type Category } from '../model/entity';
import type { Fact } from '../model/fact';
import { cardEntitySchema, documentRefSchema, factSchema } from '../model/model-schemas';
import { TOOLBAR_STATES } from '../settings/toolbar-state';
import type { DatasetScope } from '../shared/dataset-scope';

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

/** What one entity's card shows: the worker's answer to `entity-card`. */
export interface EntityCardData {
  entity: CardEntity;
  /** Every fact that involves the entity, in dataset order (the page ranks them). */
  facts: Fact[];
  /** The documents those facts cite, and those of the sources that differ from them. */
  documents: DocumentRef[];
  /** What the whole dataset covers: the card states it when no fact relates to the page. */
  scope: DatasetScope;
}

/** What a figure card shows: the worker's answer to `figure-card`. */
export interface FactsCardData {
  metric: { id: string; label: string; unit: string };
  /** The facts asked for, in the order asked. */
  facts: Fact[];
  documents: DocumentRef[];
}

const count = v.pipe(v.number(), v.integer(), v.minValue(0));

const datasetScopeSchema: v.GenericSchema<DatasetScope> = v.object({
  facts: count,
  documents: v.array(documentRefSchema),
  subjects: v.array(v.string()),
  years: v.nullable(v.tuple([v.string(), v.string()])),
});

const entityCardSchema: v.GenericSchema<EntityCardData> = v.object({
  entity: cardEntitySchema,
  facts: v.array(factSchema),
  documents: v.array(documentRefSchema),
  scope: datasetScopeSchema,
});

const figureCardSchema: v.GenericSchema<FactsCardData> = v.object({
  metric: v.object({ id: v.string(), label: v.string(), unit: v.string() }),
  facts: v.array(factSchema),
  documents: v.array(documentRefSchema),
});

const pageAnnotationsSchema: v.GenericSchema<PageAnnotations> = v.object({
  url: v.string(),
  mentions: v.array(
    v.object({
      entityId: v.string(),
      name: v.string(),
      category: v.picklist(CATEGORIES),
      text: v.string(),
      count,
      highlighted: count,
      relevant: v.boolean(),
      inMain: v.boolean(),
    }),
  ),
  complete: v.boolean(),
  stats: v.object({ slices: count, totalMs: v.number(), longestMs: v.number(), longSlices: count }),
  figures: v.array(
    v.object({ text: v.string(), metric: v.string(), verdict: v.picklist(['agrees', 'differs']), factIds: v.array(v.string()) }),
  ),
});

/** An answer that only says the request was handled. */
const done = v.void();

/** Requests to the worker (`runtime.sendMessage`), from content scripts and cards. */
export const WORKER_REQUESTS = {
  /** Top frame: how many entities are annotated, and whether Geolens runs here (the toolbar badge and icon). */
  'annotations-changed': {
    request: v.object({ type: v.literal('annotations-changed'), count, state: v.picklist(TOOLBAR_STATES) }),
    reply: done,
  },
  /** Card: open the source viewer on a fact. */
  'open-source': { request: v.object({ type: v.literal('open-source'), factId: v.string() }), reply: done },
  /** Card: what it shows for an entity; null for an id the dataset does not have. */
  'entity-card': { request: v.object({ type: v.literal('entity-card'), entityId: v.string() }), reply: v.nullable(entityCardSchema) },
  /** Figure card: a metric and the facts a page's figure was set against; null for unknown ones. */
  'figure-card': {
    request: v.object({ type: v.literal('figure-card'), metric: v.string(), factIds: v.array(v.string()) }),
    reply: v.nullable(figureCardSchema),
  },
} as const;

/** Requests to a tab's top frame (`tabs.sendMessage`), from the worker and the popup. */
export const TAB_REQUESTS = {
  /** What is annotated right now (the popup's "On this page", the badge after a navigation). */
  'page-annotations': { request: v.object({ type: v.literal('page-annotations') }), reply: pageAnnotationsSchema },
  /** A keyboard command: move to the next or previous annotation and open its card. */
  'cycle-annotations': {
    request: v.object({ type: v.literal('cycle-annotations'), direction: v.picklist([1, -1]) }),
    reply: done,
  },
} as const;

/** One route: the schema of a request and of its answer. */
export interface Route {
  request: v.GenericSchema<{ type: string }>;
  reply: v.GenericSchema;
}

/** One direction's map: each request type's route. */
export type Routes<R> = { readonly [K in keyof R]: Route };

export type RequestOf<R extends Routes<R>, K extends keyof R> = v.InferOutput<R[K]['request']>;
export type ReplyOf<R extends Routes<R>, K extends keyof R> = v.InferOutput<R[K]['reply']>;
/** What a sender writes: the request without its type, which names the route. */
export type FieldsOf<R extends Routes<R>, K extends keyof R> = Omit<RequestOf<R, K>, 'type'>;

export type WorkerRequests = typeof WORKER_REQUESTS;
export type TabRequests = typeof TAB_REQUESTS;

/** The route a message names, if any: the first check a receiver makes. */
export function routeOf<R extends Routes<R>>(routes: R, message: unknown): keyof R | undefined {
  if (typeof message !== 'object' || message === null || !('type' in message)) return undefined;
  const { type } = message;
  return typeof type === 'string' && isRoute(routes, type) ? type : undefined;
}

function isRoute<R extends Routes<R>>(routes: R, type: string): type is Extract<keyof R, string> {
  return Object.hasOwn(routes, type);
}
