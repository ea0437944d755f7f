import { expect } from 'vitest';
import { compileDataset, type SeedFile } from '../../../src/dataset/compile-dataset';
import { DatasetError, type DatasetIssue } from '../../../src/dataset/dataset-error';
import type { Dataset } from '../../../src/model/dataset';

export const DOC = 'doc.txt';

export const DOC_TEXT = [
  'The Steppe Ledger',
  '',
  'Kazakhstan’s Exports Turn East',
  '',
  'Kazakhstan exported $84 billion of goods in 2014, one-fifth of it to China.',
  'Trade with China fell 21.5 percent that year.',
  '',
  '1 Comment',
  '',
  'Leave a Reply: Kazakhstan exported nothing to the comments section.',
].join('\n');

export const DOCUMENTS_YAML = `
- file: ${DOC}
  title: Kazakhstan’s Exports Turn East
  publication: The Steppe Ledger
  date: 2015-04-01
  date_inferred: a test document
  text_ends_before: 1 Comment
`;

export const ENTITIES_YAML = `
- id: kazakhstan
  name: Kazakhstan
  category: country
  description: A Central Asian country.
  aliases: [Kazakhstan, Kazakh]
- id: china
  name: China
  category: country
  description: An East Asian country.
  aliases:
    - China
    - {text: PRC, case: exact}
  blockers: [South China Sea]
`;

export const FACTS_YAML = `
- id: exports-2014
  text: Kazakhstan exported $84 billion of goods in 2014.
  entities: [kazakhstan]
  topic: trade
  period: 2014
  figures:
    - {value: 84e9, unit: USD, text: $84 billion}
  source:
    document: ${DOC}
    quote: Kazakhstan exported $84 billion of goods in 2014
`;

export interface SeedOverrides {
  documents?: string;
  entities?: string;
  facts?: string;
  /** Extra or replacement files, by path. */
  files?: SeedFile[];
  /** Paths to leave out. */
  omit?: string[];
}

/** A small valid seed set; each test breaks one thing in it. */
export function seedFiles(overrides: SeedOverrides = {}): SeedFile[] {
  const files: SeedFile[] = [
    { path: 'seeds/documents.yaml', text: overrides.documents ?? DOCUMENTS_YAML },
    { path: 'seeds/entities.yaml', text: overrides.entities ?? ENTITIES_YAML },
    { path: 'seeds/facts.yaml', text: overrides.facts ?? FACTS_YAML },
    { path: `seeds/${DOC}`, text: DOC_TEXT },
  ];
  const extra = overrides.files ?? [];
  const omitted = new Set([...(overrides.omit ?? []), ...extra.map((file) => file.path)]);
  return [...files.filter((file) => !omitted.has(file.path)), ...extra];
}

export function compile(overrides: SeedOverrides = {}): Dataset {
  return compileDataset(seedFiles(overrides), { version: '0.0.0+test' });
}

/** Compiles seeds that must fail and returns the error, so tests can look at message and issues. */
export function compileError(overrides: SeedOverrides): DatasetError {
  try {
    compile(overrides);
  } catch (error) {
    if (error instanceof DatasetError) return error;
    throw error;
  }
  throw new Error('expected the seeds to be rejected, but they compiled');
}

/**
 * Asserts the seeds fail with an issue for this rule and that the message
 * names file, record and reason the way the person editing will read it.
 */
export function expectRejected(
  overrides: SeedOverrides,
  expected: { file: string; record?: string; rule: DatasetIssue['rule']; reason: string | RegExp },
): DatasetError {
  const error = compileError(overrides);
  const issue = error.issues.find(
    (candidate) =>
      candidate.rule === expected.rule &&
      candidate.file === expected.file &&
      candidate.record === expected.record &&
      (typeof expected.reason === 'string' ? candidate.reason === expected.reason : expected.reason.test(candidate.reason)),
  );
  expect(issue, `no matching issue among:\n${error.message}`).toBeDefined();
  const where = expected.record === undefined ? expected.file : `${expected.file}: ${expected.record}`;
  expect(error.message).toContain(`${where}: ${issue?.reason ?? ''}`);
  return error;
}
