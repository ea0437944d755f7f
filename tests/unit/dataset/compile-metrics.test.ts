import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileDataset } from '../../../src/dataset/compile-dataset';
import { compile, expectRejected, FACTS_YAML } from './seed-fixtures';

const FACTS_WITH_METRIC = FACTS_YAML.replace('  period: 2014\n', '  period: 2014\n  metric: kazakhstan-exports-2014\n');

const METRIC = `
- id: kazakhstan-exports-2014
  label: Kazakhstan's exports in 2014
  unit: USD
  entities: [kazakhstan]
  cues: [export, sells abroad]
  period: 2014
`;

const withMetrics = (metrics: string, facts = FACTS_WITH_METRIC) => ({
  facts,
  files: [{ path: 'seeds/metrics.yaml', text: metrics }],
});

describe('seeds/metrics.yaml', () => {
  it('compiles a definition into the dataset', () => {
    expect(compile(withMetrics(METRIC)).metrics).toEqual([
      {
        id: 'kazakhstan-exports-2014',
        label: "Kazakhstan's exports in 2014",
        unit: 'USD',
        kind: 'level',
        entities: ['kazakhstan'],
        cues: ['export', 'sells abroad'],
        period: '2014',
      },
    ]);
  });

  it('needs a definition for every metric facts.yaml uses', () => {
    expectRejected(withMetrics('[]'), {
      file: 'seeds/metrics.yaml',
      rule: 'metric-undefined',
      reason: 'metric "kazakhstan-exports-2014" is used in seeds/facts.yaml but has no definition here',
    });
  });

  it('rejects a definition no fact uses', () => {
    expectRejected(withMetrics(METRIC, FACTS_YAML), {
      file: 'seeds/metrics.yaml',
      record: 'metric "kazakhstan-exports-2014"',
      rule: 'metric-unused',
      reason: 'no fact in seeds/facts.yaml has metric "kazakhstan-exports-2014"',
    });
  });

  it.each([
    ['unit: USD', 'unit: percent', 'metric-unit', 'unit "percent": fact "exports-2014" has no figure in that unit'],
    ['period: 2014', 'period: 2015', 'metric-period', 'period 2015 differs from fact "exports-2014" (2014)'],
    ['entities: [kazakhstan]', 'entities: [kazakhstan, china]', 'metric-entities', 'entities china are not among fact "exports-2014"\'s entities'],
    ['entities: [kazakhstan]', 'entities: [kazakstan]', 'unknown-entity', 'entity "kazakstan" is not in entities.yaml'],
    ['cues: [export, sells abroad]', 'cues: [Export]', 'cue-word', 'cue "Export" must be lower-case letters (spaces, hyphens or apostrophes between words)'],
    ['cues: [export, sells abroad]', 'cues: [export, export]', 'cue-word', 'cue "export" is listed twice'],
  ] as const)('names the record and the rule when %s becomes %s', (from, to, rule, reason) => {
    expectRejected(withMetrics(METRIC.replace(from, to)), {
      file: 'seeds/metrics.yaml',
      record: 'metric "kazakhstan-exports-2014"',
      rule,
      reason,
    });
  });

  it('rejects a record of the wrong shape', () => {
    expectRejected(withMetrics(METRIC.replace('  cues: [export, sells abroad]\n', '')), {
      file: 'seeds/metrics.yaml',
      record: 'metric "kazakhstan-exports-2014"',
      rule: 'shape',
      reason: /cues/,
    });
  });

  it('defines every metric of the real seeds', () => {
    const dir = join(import.meta.dirname, '../../../seeds');
    const files = readdirSync(dir).map((name) => ({ path: `seeds/${name}`, text: readFileSync(join(dir, name), 'utf8') }));
    const dataset = compileDataset(files, { version: 'test' });
    const used = new Set(dataset.facts.flatMap((fact) => (fact.metric ? [fact.metric] : [])));
    expect(new Set(dataset.metrics?.map((metric) => metric.id))).toEqual(used);
  });
});
