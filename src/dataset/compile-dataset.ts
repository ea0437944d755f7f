import { compileDocuments, type CompiledDocument, type DocumentText } from './compile-documents.ts';
import { compileEntities } from './compile-entities.ts';
import { compileFacts } from './compile-facts.ts';
import { compileMetrics } from './compile-metrics.ts';
import { compileTopics } from './compile-topics.ts';
import { DatasetError, type DatasetIssue } from './dataset-error.ts';
import { linkDisagreements } from './link-disagreements.ts';
import { readSeedRecords } from './read-seed-records.ts';
import { DocumentSeedSchema, EntitySeedSchema, FactSeedSchema } from './seed-schemas.ts';
import type { Dataset } from '../model/dataset.ts';

/** One file of `seeds/`, read by the caller (the compiler does no I/O). */
export interface SeedFile {
  /** e.g. `seeds/facts.yaml` or `seeds/000_c38c9ff3b957afb9.txt`; used in messages. */
  path: string;
  text: string;
}

export interface CompileOptions {
  /** Stored as is: `<package version>+<short content hash>`, which the caller computes (it has the I/O). */
  version: string;
}

const YAML_SEEDS = ['documents.yaml', 'entities.yaml', 'facts.yaml'] as const;
/** Seeds a dataset can do without: tests compile datasets of entities and facts alone. */
const OPTIONAL_YAML_SEEDS = ['topics.yaml', 'metrics.yaml'] as const;
type YamlSeed = (typeof YAML_SEEDS)[number] | (typeof OPTIONAL_YAML_SEEDS)[number];

/**
 * Compiles the hand-edited seeds into the dataset the extension ships.
 * Throws one `DatasetError` listing every problem found.
 */
export function compileDataset(files: readonly SeedFile[], options: CompileOptions): Dataset {
  const issues: DatasetIssue[] = [];
  const { yaml, texts } = sortSeedFiles(files, issues);
  const path = (name: YamlSeed) => yaml.get(name)?.path ?? `seeds/${name}`;
  const read = (name: YamlSeed) => yaml.get(name)?.text ?? '';

  const documentRecords = readSeedRecords(path('documents.yaml'), read('documents.yaml'), 'document', 'file', DocumentSeedSchema, issues);
  const entityRecords = readSeedRecords(path('entities.yaml'), read('entities.yaml'), 'entity', 'id', EntitySeedSchema, issues);
  const factRecords = readSeedRecords(path('facts.yaml'), read('facts.yaml'), 'fact', 'id', FactSeedSchema, issues);

  const documents = compileDocuments(path('documents.yaml'), documentRecords.records, texts, issues);
  reportUnlistedTexts(texts, documentRecords.ids, issues);
  const entities = compileEntities(path('entities.yaml'), entityRecords.records, entityRecords.ids, issues);
  const facts = compileFacts(
    path('facts.yaml'),
    factRecords.records,
    {
      documents: new Map(documents.map((document): [string, CompiledDocument] => [document.meta.id, document])),
      documentIds: documentRecords.ids,
      entityIds: entityRecords.ids,
    },
    issues,
  );
  const topicsFile = yaml.get('topics.yaml');
  const topics = topicsFile ? compileTopics(topicsFile.path, topicsFile.text, issues) : [];
  const metricsFile = yaml.get('metrics.yaml');
  const metrics = metricsFile
    ? compileMetrics(metricsFile.path, metricsFile.text, { entityIds: entityRecords.ids, facts, factsFile: path('facts.yaml') }, issues)
    : [];
  if (issues.length > 0) throw new DatasetError(issues);

  return {
    version: options.version,
    documents: documents.map((document) => document.meta),
    entities,
    facts: linkDisagreements(facts),
    topics,
    metrics,
  };
}

/**
 * Text files are documents; the three YAML files are found by name wherever
 * they sit. Other YAML names are reported because they are most likely a
 * misspelt seed, other files (a README) are ignored.
 */
function sortSeedFiles(
  files: readonly SeedFile[],
  issues: DatasetIssue[],
): { yaml: Map<YamlSeed, SeedFile>; texts: Map<string, DocumentText> } {
  const yaml = new Map<YamlSeed, SeedFile>();
  const texts = new Map<string, DocumentText>();
  for (const file of files) {
    const name = baseName(file.path);
    if (name.endsWith('.txt')) {
      texts.set(name, { path: file.path, text: file.text });
    } else if (isYamlSeed(name)) {
      yaml.set(name, file);
    } else if (/\.ya?ml$/.test(name)) {
      issues.push({
        file: file.path,
        rule: 'unknown-file',
        reason: `unknown seed file (expected ${[...YAML_SEEDS, ...OPTIONAL_YAML_SEEDS].join(', ')} or document .txt files)`,
      });
    }
  }
  for (const name of YAML_SEEDS) {
    if (!yaml.has(name)) issues.push({ file: `seeds/${name}`, rule: 'missing-file', reason: 'seed file is missing' });
  }
  return { yaml, texts };
}

function isYamlSeed(name: string): name is YamlSeed {
  return (YAML_SEEDS as readonly string[]).includes(name) || (OPTIONAL_YAML_SEEDS as readonly string[]).includes(name);
}

function baseName(path: string): string {
  return path.split(/[\\/]/).at(-1) ?? path;
}

/** A text nobody listed is either a forgotten documents.yaml entry or a stray file. */
function reportUnlistedTexts(
  texts: ReadonlyMap<string, DocumentText>,
  listed: ReadonlySet<string>,
  issues: DatasetIssue[],
): void {
  for (const [name, text] of texts) {
    if (!listed.has(name)) {
      issues.push({ file: text.path, rule: 'unlisted-document', reason: `document ${name} has no entry in documents.yaml` });
    }
  }
}
