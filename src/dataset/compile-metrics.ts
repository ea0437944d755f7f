import * as v from 'valibot';
import type { DatasetIssue, DatasetRule } from './dataset-error.ts';
import { readSeedRecords } from './read-seed-records.ts';
import { isRecordId } from './record-id.ts';
import type { Fact, MetricDefinition } from '../model/fact.ts';

/** A cue: lower-case letters, with single spaces, hyphens or apostrophes between words. */
const CUE = /^\p{Ll}[\p{Ll}\p{M}]*(?:[ '’-]\p{Ll}[\p{Ll}\p{M}]*)*$/u;
const KINDS = ['level', 'change', 'any'] as const;
const cueList = (field: string) =>
  v.pipe(v.array(v.string(`each of ${field} must be a string`)), v.minLength(1, `${field} must list at least one word or phrase`));

export const MetricSeedSchema = v.strictObject({
  id: v.string('id must be a string'),
  label: v.pipe(v.string('label must be a string'), v.minLength(3, 'label must say what the metric measures')),
  unit: v.string('unit must be a string'),
  kind: v.optional(v.picklist(KINDS, `kind must be one of ${KINDS.join(', ')}`), 'level'),
  entities: v.pipe(v.array(v.string('each entity must be an id')), v.minLength(1, 'entities must list at least one entity')),
  cues: cueList('cues'),
  also_cues: v.optional(cueList('also_cues')),
  period: v.union([v.string(), v.number()], 'period must be YYYY, YYYY-MM, YYYY-MM-DD or a span start/end'),
});

/**
 * `seeds/metrics.yaml`: how a figure on a page is recognised as stating one
 * of the dataset's metrics. Every metric facts.yaml uses needs a definition;
 * a definition must fit the facts that carry its metric (their unit, their
 * period, their entities), so a page's figure is only ever set against
 * figures that measure what the definition says.
 */
export function compileMetrics(
  file: string,
  yamlText: string,
  context: { entityIds: ReadonlySet<string>; facts: readonly Fact[]; factsFile: string },
  issues: DatasetIssue[],
): MetricDefinition[] {
  const { records } = readSeedRecords(file, yamlText, 'metric', 'id', MetricSeedSchema, issues);
  const factsByMetric = new Map<string, Fact[]>();
  for (const fact of context.facts) {
    if (fact.metric !== undefined) factsByMetric.set(fact.metric, [...(factsByMetric.get(fact.metric) ?? []), fact]);
  }
  const metrics: MetricDefinition[] = [];
  const seen = new Set<string>();
  for (const { label, value } of records) {
    const problems: [rule: DatasetRule, reason: string][] = [];
    const period = String(value.period);
    if (!isRecordId(value.id)) problems.push(['invalid-id', `id "${value.id}" is not kebab-case`]);
    if (seen.has(value.id)) problems.push(['duplicate-id', `metric "${value.id}" is defined twice`]);
    seen.add(value.id);
    const facts = factsByMetric.get(value.id) ?? [];
    if (facts.length === 0) problems.push(['metric-unused', `no fact in ${context.factsFile} has metric "${value.id}"`]);
    for (const entity of value.entities) {
      if (!context.entityIds.has(entity)) problems.push(['unknown-entity', `entity "${entity}" is not in entities.yaml`]);
    }
    const cues = [...value.cues, ...(value.also_cues ?? [])];
    const repeated = cues.filter((cue, index) => cues.indexOf(cue) !== index);
    for (const cue of cues) {
      if (!CUE.test(cue) || cue.length < 2) problems.push(['cue-word', `cue "${cue}" must be lower-case letters (spaces, hyphens or apostrophes between words)`]);
    }
    for (const cue of new Set(repeated)) problems.push(['cue-word', `cue "${cue}" is listed twice`]);
    for (const fact of facts) {
      if (!fact.figures.some((figure) => figure.unit === value.unit)) {
        problems.push(['metric-unit', `unit "${value.unit}": fact "${fact.id}" has no figure in that unit`]);
      }
      if (fact.period !== period) problems.push(['metric-period', `period ${period} differs from fact "${fact.id}" (${fact.period})`]);
      const missing = value.entities.filter((entity) => !fact.entities.includes(entity));
      if (missing.length > 0) problems.push(['metric-entities', `entities ${missing.join(', ')} are not among fact "${fact.id}"'s entities`]);
    }
    for (const [rule, reason] of problems) issues.push({ file, record: label, rule, reason });
    if (problems.length > 0) continue;
    metrics.push({
      id: value.id,
      label: value.label,
      unit: value.unit,
      kind: value.kind,
      entities: value.entities,
      cues: value.cues,
      ...(value.also_cues ? { alsoCues: value.also_cues } : {}),
      period,
    });
  }
  for (const metric of factsByMetric.keys()) {
    if (!seen.has(metric)) {
      issues.push({ file, rule: 'metric-undefined', reason: `metric "${metric}" is used in ${context.factsFile} but has no definition here` });
    }
  }
  return metrics;
}
