/**
 * Whatever a person types into the seed files, the build either succeeds or
 * stops with a DatasetError that says where and why: never a stray TypeError.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { compileDataset, DatasetError } from '../../../src/dataset';
import { compileMatcher, matcherFromEntities } from '../../../src/matcher';
import { DOC, DOC_TEXT, DOCUMENTS_YAML, ENTITIES_YAML, FACTS_YAML } from './seed-fixtures';

function compile(documents: string, entities: string, facts: string) {
  return compileDataset(
    [
      { path: `seeds/${DOC}`, text: DOC_TEXT },
      { path: 'seeds/documents.yaml', text: documents },
      { path: 'seeds/entities.yaml', text: entities },
      { path: 'seeds/facts.yaml', text: facts },
    ],
    { version: 'fuzz' },
  );
}

/** Runs the compiler and reports what kind of outcome it had. */
function outcome(run: () => unknown): 'ok' | 'dataset-error' {
  try {
    run();
    return 'ok';
  } catch (error) {
    if (error instanceof DatasetError) {
      expect(error.message).toMatch(/seeds\/[\w.]+/);
      return 'dataset-error';
    }
    throw error;
  }
}

const yamlValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('id', 'name', 'aliases', 'text', 'case', 'figures', 'source', 'quote')), tie('value'), {
      maxKeys: 5,
    }),
  ),
})).value;

describe('dataset build fuzzing', () => {
  it('turns random text in any seed file into a DatasetError or a dataset', () => {
    fc.assert(
      fc.property(fc.constantFrom('documents', 'entities', 'facts'), fc.string({ maxLength: 200 }), (file, text) => {
        const files = { documents: DOCUMENTS_YAML, entities: ENTITIES_YAML, facts: FACTS_YAML, [file]: text };
        outcome(() => compile(files.documents, files.entities, files.facts));
      }),
      { numRuns: 300 },
    );
  });

  it('turns random YAML structures into a DatasetError or a dataset', () => {
    fc.assert(
      fc.property(fc.constantFrom('documents', 'entities', 'facts'), yamlValue, (file, value) => {
        const files = { documents: DOCUMENTS_YAML, entities: ENTITIES_YAML, facts: FACTS_YAML, [file]: stringify(value) };
        outcome(() => compile(files.documents, files.entities, files.facts));
      }),
      { numRuns: 300 },
    );
  });

  it('accepts or clearly rejects random aliases, and whatever it accepts compiles into a matcher', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 0, maxLength: 12, unit: 'grapheme' }), { minLength: 1, maxLength: 5 }), (aliases) => {
        const entities = ENTITIES_YAML.replace('aliases: [Kazakhstan, Kazakh]', `aliases: ${JSON.stringify(['Kazakhstan', ...aliases])}`);
        let dataset: ReturnType<typeof compile> | undefined;
        if (outcome(() => (dataset = compile(DOCUMENTS_YAML, entities, FACTS_YAML))) === 'ok') {
          const matcher = matcherFromEntities(dataset!.entities);
          expect(Array.isArray(matcher.match('Kazakhstan and ' + aliases.join(' ')))).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('compiles a matcher from any alias strings at all', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 20, unit: 'binary' }), { maxLength: 50 }), fc.string({ maxLength: 200, unit: 'binary' }), (aliases, text) => {
        const matcher = compileMatcher(aliases.map((alias, i) => ({ text: alias, case: 'any' as const, entityId: `e${i}` })));
        for (const span of matcher.match(text)) expect(span.end).toBeGreaterThan(span.start);
      }),
      { numRuns: 300 },
    );
  });
});

describe('YAML errors found by fuzzing', () => {
  it('reports an alias to a missing anchor as a YAML error in that file', () => {
    expect(() => compile(DOCUMENTS_YAML, ENTITIES_YAML, '*missing')).toThrow(/seeds\/facts\.yaml: YAML error: Unresolved alias/);
  });
});
