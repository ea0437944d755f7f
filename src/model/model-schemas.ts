/**
 * Schemas of the model values that cross between extension contexts (a
 * card's entity, facts and citations travel from the worker to the page).
 * Each is typed against its interface, so the compiler keeps the two alike;
 * what a schema lets through is that type, with no cast.
 */
import * as v from 'valibot';
import type { DocumentRef } from './document';
import { CATEGORIES, type CardEntity } from './entity';
import type { Fact, Figure } from './fact';

export const cardEntitySchema: v.GenericSchema<CardEntity> = v.object({
  id: v.string(),
  name: v.string(),
  category: v.picklist(CATEGORIES),
  description: v.string(),
});

const figureSchema: v.GenericSchema<Figure> = v.object({
  value: v.number(),
  unit: v.string(),
  text: v.string(),
  period: v.string(),
});

export const factSchema: v.GenericSchema<Fact> = v.object({
  id: v.string(),
  text: v.string(),
  entities: v.array(v.string()),
  topic: v.string(),
  figures: v.array(figureSchema),
  period: v.string(),
  metric: v.optional(v.string()),
  source: v.object({ document: v.string(), quote: v.string() }),
  differs: v.optional(v.array(v.object({ factId: v.string(), document: v.string(), figures: v.array(figureSchema) }))),
});

export const documentRefSchema: v.GenericSchema<DocumentRef> = v.object({
  id: v.string(),
  title: v.string(),
  publication: v.string(),
  date: v.string(),
  dateInferred: v.optional(v.string()),
  subject: v.optional(v.string()),
});
