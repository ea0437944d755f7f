import { describe, expect, it } from 'vitest';
import { compileDataset } from '../../../src/dataset/compile-dataset';
import { DatasetError } from '../../../src/dataset/dataset-error';
import {
  DOC,
  DOC_TEXT,
  DOCUMENTS_YAML,
  ENTITIES_YAML,
  FACTS_YAML,
  compile,
  compileError,
  expectRejected,
  seedFiles,
} from './seed-fixtures';

const FACTS = 'seeds/facts.yaml';
const ENTITIES = 'seeds/entities.yaml';
const DOCUMENTS = 'seeds/documents.yaml';

/** One fact record about `doc.txt`, for tests that vary a single field. */
function fact(fields: { id?: string; quote?: string; figures?: string; entities?: string; period?: string; metric?: string; document?: string }): string {
  return `
- id: ${fields.id ?? 'exports-2014'}
  text: A test fact.
  entities: ${fields.entities ?? '[kazakhstan]'}
  topic: trade
  period: ${fields.period ?? '2014'}
${fields.metric === undefined ? '' : `  metric: ${fields.metric}\n`}  figures:
${fields.figures ?? '    - {value: 84e9, unit: USD, text: $84 billion}'}
  source:
    document: ${fields.document ?? DOC}
    quote: "${fields.quote ?? 'Kazakhstan exported $84 billion of goods in 2014'}"
`;
}

describe('compileDataset on valid seeds', () => {
  it('keeps a figure in a physical unit its words name', () => {
    const dataset = compile({
      files: [{ path: `seeds/${DOC}`, text: DOC_TEXT.replace('Trade with China', 'It shipped 15 million tonnes of grain. Trade with China') }],
      facts: fact({ quote: 'It shipped 15 million tonnes of grain.', figures: '    - {value: 15e6, unit: tonnes, text: 15 million tonnes}' }),
    });
    expect(dataset.facts[0]!.figures).toEqual([{ value: 15e6, unit: 'tonnes', text: '15 million tonnes', period: '2014' }]);
  });

  it('returns the documents with trailing boilerplate removed', () => {
    const [document] = compile().documents;
    expect(document).toEqual({
      id: DOC,
      title: 'Kazakhstan’s Exports Turn East',
      publication: 'The Steppe Ledger',
      date: '2015-04-01',
      dateInferred: 'a test document',
      text: DOC_TEXT.slice(0, DOC_TEXT.indexOf('1 Comment')).trimEnd(),
    });
  });

  it('keeps the version it is given', () => {
    expect(compile().version).toBe('0.0.0+test');
  });

  it('expands a plain-string alias to case "proper" and keeps explicit modes', () => {
    const china = compile().entities.find((entity) => entity.id === 'china');
    expect(china?.aliases).toEqual([
      { text: 'China', case: 'proper' },
      { text: 'PRC', case: 'exact' },
    ]);
    expect(china?.blockers).toEqual(['South China Sea']);
    expect(compile().entities.find((entity) => entity.id === 'kazakhstan')?.blockers).toEqual([]);
  });

  it('gives a figure the period of its fact unless it names its own', () => {
    const facts = compile({
      facts: fact({
        figures: '    - {value: 84e9, unit: USD, text: $84 billion}\n    - {value: 2014, unit: year, text: 2014, period: 2014-12}',
      }),
    }).facts;
    expect(facts[0]?.figures.map((figure) => figure.period)).toEqual(['2014', '2014-12']);
  });

  it('links two sources that give the same metric different amounts, both ways', () => {
    const otherText = 'The Other Paper\n\nDeals Galore\n\nKazakhstan exported $90 billion of goods in 2014.';
    const facts = compile({
      documents: `${DOCUMENTS_YAML}
- file: other.txt
  title: Deals Galore
  publication: The Other Paper
  date: 2015-04-02
`,
      facts:
        fact({ id: 'exports-ledger', metric: 'exports-2014' }) +
        fact({
          id: 'exports-other',
          metric: 'exports-2014',
          document: 'other.txt',
          quote: 'Kazakhstan exported $90 billion of goods in 2014.',
          figures: '    - {value: 90e9, unit: USD, text: $90 billion}',
        }),
      files: [{ path: 'seeds/other.txt', text: otherText }],
    }).facts;
    expect(facts[0]?.differs).toEqual([
      { factId: 'exports-other', document: 'other.txt', figures: [{ value: 90e9, unit: 'USD', text: '$90 billion', period: '2014' }] },
    ]);
    expect(facts[1]?.differs).toEqual([
      { factId: 'exports-ledger', document: DOC, figures: [{ value: 84e9, unit: 'USD', text: '$84 billion', period: '2014' }] },
    ]);
  });

  it('does not link facts of the same metric that agree', () => {
    const facts = compile({
      facts: fact({ id: 'exports-a', metric: 'exports-2014' }) + fact({ id: 'exports-b', metric: 'exports-2014' }),
    }).facts;
    expect(facts.every((item) => item.differs === undefined)).toBe(true);
  });

  it('accepts an alias shared by two entities when all owners but one carry a context rule', () => {
    const entities = `${ENTITIES_YAML}
- id: chinese-government
  name: Chinese government
  category: organization
  description: The government of China.
  aliases:
    - {text: Chinese government, case: any}
    - {text: China, context: [kazakhstan]}
`;
    expect(() => compile({ entities })).not.toThrow();
  });

  it('stores the quote and figure words exactly as the document has them', () => {
    const text = DOC_TEXT.replace('exported $84 billion', 'exported $84\u00a0billion');
    const [compiled] = compile({ files: [{ path: `seeds/${DOC}`, text }] }).facts;
    expect(compiled?.source.quote).toBe('Kazakhstan exported $84\u00a0billion of goods in 2014');
    expect(compiled?.figures[0]?.text).toBe('$84\u00a0billion');
  });

  it('ignores seed files that are neither YAML nor text', () => {
    expect(() => compile({ files: [{ path: 'seeds/README.md', text: '# notes' }] })).not.toThrow();
  });
});

describe('compileDataset rejects', () => {
  it('a quote that is not verbatim in its document', () => {
    expectRejected(
      { facts: fact({ quote: 'Kazakhstan exported $84 billion in 2014' }) },
      {
        file: FACTS,
        record: 'fact "exports-2014"',
        rule: 'quote-not-verbatim',
        reason: `quote not found verbatim in ${DOC}; the closest passage reads: “Kazakhstan exported $84 billion”`,
      },
    );
  });

  it('a quote from nowhere in its document, without pointing anywhere', () => {
    expectRejected(
      { facts: fact({ quote: 'The moon is made of cheese', figures: '    []' }) },
      { file: FACTS, record: 'fact "exports-2014"', rule: 'quote-not-verbatim', reason: `quote not found verbatim in ${DOC}` },
    );
  });

  it('a quote that differs only in typography, and says so', () => {
    expectRejected(
      { facts: fact({ id: 'title', quote: "Kazakhstan's Exports Turn East", figures: '    []' }) },
      { file: FACTS, record: 'fact "title"', rule: 'quote-not-verbatim', reason: /quotes, dashes, case and spacing/ },
    );
  });

  it('a quote taken from the boilerplate that text_ends_before cuts off', () => {
    expectRejected(
      { facts: fact({ id: 'comment', quote: 'Kazakhstan exported nothing to the comments section.', figures: '    []' }) },
      { file: FACTS, record: 'fact "comment"', rule: 'quote-not-verbatim', reason: `quote is in the boilerplate that text_ends_before cuts from ${DOC}` },
    );
  });

  it('a figure whose words are not in the quote', () => {
    expectRejected(
      { facts: fact({ figures: '    - {value: 84e9, unit: USD, text: $84 bn}' }) },
      { file: FACTS, record: 'fact "exports-2014"', rule: 'figure-not-in-quote', reason: 'figure "$84 bn" does not appear in the quote' },
    );
  });

  it('a figure whose value is not what its words say', () => {
    expectRejected(
      { facts: fact({ figures: '    - {value: 8.4e9, unit: USD, text: $84 billion}' }) },
      { file: FACTS, record: 'fact "exports-2014"', rule: 'figure-value-mismatch', reason: 'figure "$84 billion" states 84000000000, but value is 8400000000' },
    );
  });

  it('a figure whose unit contradicts its words', () => {
    expectRejected(
      { facts: fact({ figures: '    - {value: 84e9, unit: percent, text: $84 billion}' }) },
      { file: FACTS, record: 'fact "exports-2014"', rule: 'figure-unit-mismatch', reason: 'figure "$84 billion" is in USD, but unit is percent' },
    );
  });

  // The document of these fixtures, with a line that states a physical quantity.
  const withTonnes = (figure: string) => ({
    files: [{ path: `seeds/${DOC}`, text: DOC_TEXT.replace('Trade with China', 'It shipped 15 million tonnes of grain. Trade with China') }],
    facts: fact({ quote: 'It shipped 15 million tonnes of grain.', figures: `    - ${figure}` }),
  });

  it('a figure whose words name a physical unit, recorded as a plain count', () => {
    expectRejected(withTonnes('{value: 15e6, unit: count, text: 15 million tonnes}'), {
      file: FACTS,
      record: 'fact "exports-2014"',
      rule: 'figure-unit-mismatch',
      reason: 'figure "15 million tonnes" is in tonnes, but unit is count',
    });
  });

  it('a unit it does not know, listing the ones it does', () => {
    expectRejected(withTonnes('{value: 15e6, unit: tons, text: 15 million tonnes}'), {
      file: FACTS,
      record: 'fact "exports-2014"',
      rule: 'shape',
      reason: /unknown unit "tons" \(expected one of .*tonnes, tonnes\/year.*km/,
    });
  });

  it('a figure whose words are not a number', () => {
    expectRejected(
      { facts: fact({ figures: '    - {value: 1, unit: count, text: goods}' }) },
      { file: FACTS, record: 'fact "exports-2014"', rule: 'figure-unparseable', reason: 'figure "goods" is not a number the figure parser understands' },
    );
  });

  it('a fact about an unknown entity', () => {
    expectRejected(
      { facts: fact({ entities: '[kazakhstan, kazakstan]' }) },
      { file: FACTS, record: 'fact "exports-2014"', rule: 'unknown-entity', reason: 'unknown entity "kazakstan"' },
    );
  });

  it('a context rule naming an unknown entity', () => {
    const entities = ENTITIES_YAML.replace('[Kazakhstan, Kazakh]', '[Kazakhstan, {text: Kazakh, context: [chna]}]');
    expectRejected(
      { entities },
      { file: ENTITIES, record: 'entity "kazakhstan"', rule: 'unknown-entity', reason: 'alias "Kazakh": context names unknown entity "chna"' },
    );
  });

  it('a context entity that cannot itself be mentioned unambiguously', () => {
    const entities = `${ENTITIES_YAML}
- id: silk-road
  name: Silk Road
  category: initiative
  description: A trade route.
  aliases:
    - {text: Silk Road, context: [bright-road]}
- id: bright-road
  name: Bright Road
  category: initiative
  description: A programme.
  aliases:
    - {text: Bright Road, context: [kazakhstan]}
`;
    expectRejected(
      { entities },
      {
        file: ENTITIES,
        record: 'entity "silk-road"',
        rule: 'context-unresolvable',
        reason: 'alias "Silk Road": context entity "bright-road" has no alias without a context rule, so it can never be mentioned unambiguously',
      },
    );
  });

  it('a fact quoting an unknown document', () => {
    expectRejected(
      { facts: fact({ document: 'missing.txt' }) },
      { file: FACTS, record: 'fact "exports-2014"', rule: 'unknown-document', reason: `unknown document "missing.txt" (documents.yaml lists: ${DOC})` },
    );
  });

  it('a documents.yaml entry whose text file was not given', () => {
    expectRejected(
      { omit: [`seeds/${DOC}`] },
      { file: DOCUMENTS, record: `document "${DOC}"`, rule: 'unknown-document', reason: `text file seeds/${DOC} is missing: copy the document there, or fix the file name` },
    );
  });

  it('a document text with no documents.yaml entry', () => {
    expectRejected(
      { files: [{ path: 'seeds/stray.txt', text: 'Stray' }] },
      { file: 'seeds/stray.txt', rule: 'unlisted-document', reason: 'document stray.txt has no entry in documents.yaml' },
    );
  });

  it('the same alias on two entities when nothing settles it', () => {
    const entities = `${ENTITIES_YAML}
- id: chinese-government
  name: Chinese government
  category: organization
  description: The government of China.
  aliases: [CHINA]
`;
    expectRejected(
      { entities },
      {
        file: ENTITIES,
        record: 'entity "chinese-government"',
        rule: 'alias-conflict',
        reason: 'alias "CHINA" also belongs to entity "china"; give all but one of them a context rule',
      },
    );
  });

  it('an alias repeated within one entity, typography aside', () => {
    const entities = ENTITIES_YAML.replace('[Kazakhstan, Kazakh]', '[Kazakhstan, Kazakh, "Kazakh"]');
    expectRejected(
      { entities },
      { file: ENTITIES, record: 'entity "kazakhstan"', rule: 'alias-duplicate', reason: 'alias "Kazakh" is listed twice' },
    );
  });

  it('a two-letter alias without a context rule', () => {
    const entities = ENTITIES_YAML.replace('[Kazakhstan, Kazakh]', '[Kazakhstan, {text: KZ, case: exact}]');
    expectRejected(
      { entities },
      { file: ENTITIES, record: 'entity "kazakhstan"', rule: 'alias-needs-context', reason: 'alias "KZ" is too short to match without a context rule' },
    );
  });

  it('a blocker that is another entity’s alias', () => {
    const entities = ENTITIES_YAML.replace('[South China Sea]', '[Kazakhstan]');
    expectRejected(
      { entities },
      {
        file: ENTITIES,
        record: 'entity "china"',
        rule: 'blocker-invalid',
        reason: 'blocker "Kazakhstan" is an alias of entity "kazakhstan"; as an alias it already wins, so drop the blocker',
      },
    );
  });

  it('a blocker that contains none of the entity’s aliases', () => {
    const entities = ENTITIES_YAML.replace('[South China Sea]', '[Yellow Sea]');
    expectRejected(
      { entities },
      { file: ENTITIES, record: 'entity "china"', rule: 'blocker-invalid', reason: /"Yellow Sea" does not contain any of the entity's aliases/ },
    );
  });

  it('a record missing a required field', () => {
    const entities = ENTITIES_YAML.replace('  description: A Central Asian country.\n', '');
    expectRejected(
      { entities },
      { file: ENTITIES, record: 'entity "kazakhstan"', rule: 'shape', reason: 'missing required field "description"' },
    );
  });

  it('a misspelt field name', () => {
    const entities = ENTITIES_YAML.replace('  aliases: [Kazakhstan, Kazakh]', '  aliases: [Kazakhstan]\n  blokers: [Air Kazakhstan]');
    expectRejected(
      { entities },
      { file: ENTITIES, record: 'entity "kazakhstan"', rule: 'shape', reason: 'unknown field "blokers"' },
    );
  });

  it('an alias with an unknown case mode, naming the field', () => {
    const entities = ENTITIES_YAML.replace('{text: PRC, case: exact}', '{text: PRC, case: upper}');
    expectRejected(
      { entities },
      { file: ENTITIES, record: 'entity "china"', rule: 'shape', reason: 'field "aliases[1].case" unknown case "upper" (expected one of exact, proper, any)' },
    );
  });

  it('an entity without aliases', () => {
    const entities = ENTITIES_YAML.replace('[Kazakhstan, Kazakh]', '[]');
    expectRejected(
      { entities },
      { file: ENTITIES, record: 'entity "kazakhstan"', rule: 'shape', reason: 'field "aliases" needs at least one alias' },
    );
  });

  it('a bad category', () => {
    const entities = ENTITIES_YAML.replace('category: country', 'category: nation');
    expectRejected(
      { entities },
      {
        file: ENTITIES,
        record: 'entity "kazakhstan"',
        rule: 'shape',
        reason: 'field "category" unknown category "nation" (expected one of country, person, place, organization, initiative, event)',
      },
    );
  });

  it('a record without an id, naming it by position', () => {
    const facts = FACTS_YAML.replace('- id: exports-2014\n  text', '- text');
    expectRejected({ facts }, { file: FACTS, record: 'fact #1', rule: 'shape', reason: 'missing required field "id"' });
  });

  it('duplicate entity ids', () => {
    const entities = `${ENTITIES_YAML}
- id: china
  name: China again
  category: country
  description: A duplicate.
  aliases: [Cathay]
`;
    expectRejected({ entities }, { file: ENTITIES, record: 'entity "china"', rule: 'duplicate-id', reason: 'duplicate id "china"' });
  });

  it('duplicate fact ids', () => {
    expectRejected(
      { facts: fact({}) + fact({}) },
      { file: FACTS, record: 'fact "exports-2014"', rule: 'duplicate-id', reason: 'duplicate id "exports-2014"' },
    );
  });

  it('a document listed twice', () => {
    expectRejected(
      { documents: DOCUMENTS_YAML + DOCUMENTS_YAML },
      { file: DOCUMENTS, record: `document "${DOC}"`, rule: 'duplicate-id', reason: `document "${DOC}" is listed more than once` },
    );
  });

  it('an id that is not kebab-case', () => {
    expectRejected(
      { facts: fact({ id: 'Exports_2014' }) },
      { file: FACTS, record: 'fact "Exports_2014"', rule: 'invalid-id', reason: 'id "Exports_2014" is not kebab-case (a-z, 0-9, single hyphens)' },
    );
  });

  it('a date that does not exist', () => {
    expectRejected(
      { documents: DOCUMENTS_YAML.replace('2015-04-01', '2015-02-30') },
      { file: DOCUMENTS, record: `document "${DOC}"`, rule: 'invalid-date', reason: 'invalid date "2015-02-30" (expected YYYY-MM-DD)' },
    );
  });

  it('a date in another format', () => {
    expectRejected(
      { documents: DOCUMENTS_YAML.replace('2015-04-01', '1 April 2015') },
      { file: DOCUMENTS, record: `document "${DOC}"`, rule: 'invalid-date', reason: 'invalid date "1 April 2015" (expected YYYY-MM-DD)' },
    );
  });

  it('an invalid period', () => {
    expectRejected(
      { facts: fact({ period: '2015-13' }) },
      { file: FACTS, record: 'fact "exports-2014"', rule: 'invalid-period', reason: 'invalid period "2015-13" (expected YYYY, YYYY-MM, YYYY-MM-DD or start/end)' },
    );
  });

  it('facts sharing a metric but not a period', () => {
    expectRejected(
      { facts: fact({ id: 'exports-a', metric: 'exports' }) + fact({ id: 'exports-b', metric: 'exports', period: '2015' }) },
      { file: FACTS, record: 'fact "exports-b"', rule: 'metric-mismatch', reason: 'metric "exports": period 2015 differs from fact "exports-a" (2014)' },
    );
  });

  it('facts sharing a metric but no unit to compare', () => {
    expectRejected(
      {
        facts:
          fact({ id: 'exports-a', metric: 'exports' }) +
          fact({
            id: 'exports-b',
            metric: 'exports',
            quote: 'Kazakhstan exported $84 billion of goods in 2014, one-fifth of it to China.',
            figures: '    - {value: 20, unit: percent, text: one-fifth}',
          }),
      },
      { file: FACTS, record: 'fact "exports-b"', rule: 'metric-mismatch', reason: 'metric "exports": no figure in a unit that fact "exports-a" also uses' },
    );
  });

  it('a title that is not in the document', () => {
    expectRejected(
      { documents: DOCUMENTS_YAML.replace('Kazakhstan’s Exports Turn East', "Kazakhstan's Exports Turn East") },
      { file: DOCUMENTS, record: `document "${DOC}"`, rule: 'title-not-in-document', reason: `title "Kazakhstan's Exports Turn East" not found verbatim in ${DOC}` },
    );
  });

  it('a publication the document does not name', () => {
    expectRejected(
      { documents: DOCUMENTS_YAML.replace('The Steppe Ledger', 'The Diplomat') },
      { file: DOCUMENTS, record: `document "${DOC}"`, rule: 'publication-not-in-document', reason: `publication "The Diplomat" is not named in ${DOC}` },
    );
  });

  it('a boilerplate marker that is not in the text', () => {
    expectRejected(
      { documents: DOCUMENTS_YAML.replace('1 Comment', '2 Comments') },
      { file: DOCUMENTS, record: `document "${DOC}"`, rule: 'boilerplate-marker', reason: 'text_ends_before "2 Comments" not found in the text' },
    );
  });

  it('a boilerplate marker that also occurs in the article', () => {
    expectRejected(
      { documents: DOCUMENTS_YAML.replace('1 Comment', 'Kazakhstan exported') },
      { file: DOCUMENTS, record: `document "${DOC}"`, rule: 'boilerplate-marker', reason: 'text_ends_before "Kazakhstan exported" occurs 2 times; use words that occur once' },
    );
  });

  it('YAML that does not parse, naming the line', () => {
    expectRejected(
      { facts: '- id: a\n  id: b\n' },
      { file: FACTS, rule: 'yaml-syntax', reason: /^YAML syntax error: .*line 2/ },
    );
  });

  it('a seed file that is not a list', () => {
    expectRejected({ facts: 'id: a\n' }, { file: FACTS, rule: 'shape', reason: 'expected a list of fact records at the top level' });
  });

  it('a missing seed file', () => {
    expectRejected({ omit: [FACTS] }, { file: FACTS, rule: 'missing-file', reason: 'seed file is missing' });
  });

  it('a misspelt seed file name', () => {
    expectRejected(
      { files: [{ path: 'seeds/fact.yaml', text: FACTS_YAML }] },
      { file: 'seeds/fact.yaml', rule: 'unknown-file', reason: 'unknown seed file (expected documents.yaml, entities.yaml, facts.yaml, topics.yaml, metrics.yaml or document .txt files)' },
    );
  });
});

describe('compileDataset error reporting', () => {
  it('reports every problem in one DatasetError, one line each', () => {
    const error = compileError({
      entities: ENTITIES_YAML.replace('category: country', 'category: nation'),
      facts: fact({ entities: '[kazakhstan, nowhere]', quote: 'not in the text' }),
    });
    expect(error).toBeInstanceOf(DatasetError);
    expect(error.issues.map((issue) => issue.rule)).toEqual(['shape', 'unknown-entity', 'quote-not-verbatim', 'figure-not-in-quote']);
    expect(error.message.split('\n')).toEqual([
      '4 problems in the seeds:',
      ...error.issues.map((issue) => `  - ${issue.file}: ${issue.record ?? ''}: ${issue.reason}`),
    ]);
  });

  it('does not report references to a record whose own shape is broken', () => {
    const error = compileError({ entities: ENTITIES_YAML.replace('category: country', 'category: nation') });
    expect(error.issues).toHaveLength(1);
  });

  it('uses the paths it was given in messages', () => {
    const files = seedFiles().map((file) => ({ ...file, path: file.path.replace('seeds/', 'data/seeds/') }));
    const broken = files.map((file) =>
      file.path.endsWith('facts.yaml') ? { ...file, text: FACTS_YAML.replaceAll('of goods in 2014', 'of gold in 2014') } : file,
    );
    expect(() => compileDataset(broken, { version: 'x' })).toThrow(
      `data/seeds/facts.yaml: fact "exports-2014": quote not found verbatim in ${DOC}`,
    );
  });
});
