/**
 * The shapes of the hand-edited YAML records. Only structure lives here;
 * rules that need other records (ids, quotes, aliases) live in the
 * compile-* modules so that every record can still be checked when a
 * neighbour is broken.
 */
import * as v from 'valibot';
import { CATEGORIES } from '../model/entity.ts';
import { UNITS } from './units.ts';

/** Topics a fact may carry; a closed list so a typo cannot create a new one. */
export const TOPICS = [
  'trade',
  'investment',
  'energy',
  'economy',
  'diplomacy',
  'security',
  'infrastructure',
  'geography',
] as const;

/** Units a figure may carry (src/dataset/units.ts); the facts.yaml header says what each means. */
export { UNITS };

export const CASE_MODES = ['exact', 'proper', 'any'] as const;

const oneOf = (what: string, options: readonly string[]) => (issue: v.BaseIssue<unknown>) =>
  `unknown ${what} ${issue.received} (expected one of ${options.join(', ')})`;

const text = v.pipe(
  v.string(),
  v.nonEmpty('is empty'),
  v.check((value) => value === value.trim(), 'has leading or trailing spaces'),
);

/** YAML reads `period: 2014` or `text: 2013` as numbers; the author meant text. */
const looseText = v.pipe(v.union([v.string(), v.number()]), v.transform(String), text);

const AliasSeedSchema = v.pipe(
  v.unknown(),
  v.transform((input) => (typeof input === 'string' || typeof input === 'number' ? { text: input } : input)),
  v.strictObject(
    {
      text: looseText,
      case: v.optional(v.picklist(CASE_MODES, oneOf('case', CASE_MODES)), 'proper'),
      context: v.optional(v.pipe(v.array(text), v.minLength(1, 'is an empty list'))),
    },
    'must be a string or a {text, case, context} mapping',
  ),
);

export const DocumentSeedSchema = v.strictObject({
  file: text,
  title: text,
  publication: text,
  date: looseText,
  date_inferred: v.optional(text),
  text_ends_before: v.optional(text),
  subject: v.optional(text),
});

export const EntitySeedSchema = v.strictObject({
  id: text,
  name: text,
  category: v.picklist(CATEGORIES, oneOf('category', CATEGORIES)),
  description: text,
  aliases: v.pipe(v.array(AliasSeedSchema), v.minLength(1, 'needs at least one alias')),
  blockers: v.optional(v.array(text), []),
});

const FigureSeedSchema = v.strictObject({
  value: v.pipe(v.number(), v.finite('is not a finite number')),
  unit: v.picklist(UNITS, oneOf('unit', UNITS)),
  text: looseText,
  period: v.optional(looseText),
});

export const FactSeedSchema = v.strictObject({
  id: text,
  text,
  entities: v.pipe(v.array(text), v.minLength(1, 'needs at least one entity')),
  topic: v.picklist(TOPICS, oneOf('topic', TOPICS)),
  period: looseText,
  metric: v.optional(text),
  figures: v.optional(v.array(FigureSeedSchema), []),
  source: v.strictObject({ document: text, quote: text }),
});

export type DocumentSeed = v.InferOutput<typeof DocumentSeedSchema>;
export type EntitySeed = v.InferOutput<typeof EntitySeedSchema>;
export type FactSeed = v.InferOutput<typeof FactSeedSchema>;
