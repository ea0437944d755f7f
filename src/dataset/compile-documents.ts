import type { DatasetIssue } from './dataset-error.ts';
import { findVerbatim } from './find-verbatim.ts';
import { isIsoDate } from './iso-date.ts';
import type { SeedRecord } from './read-seed-records.ts';
import type { DocumentSeed } from './seed-schemas.ts';
import type { DocumentMeta } from '../model/document.ts';

export interface DocumentText {
  /** The path the compiler was given, for messages. */
  path: string;
  text: string;
}

export interface CompiledDocument {
  meta: DocumentMeta;
  /** The text before stripping, to tell "not in the document" from "only in its boilerplate". */
  rawText: string;
}

/**
 * Pairs each documents.yaml record with its text file, strips the trailing
 * boilerplate and checks that title and publication really come from the text.
 */
export function compileDocuments(
  file: string,
  records: readonly SeedRecord<DocumentSeed>[],
  texts: ReadonlyMap<string, DocumentText>,
  issues: DatasetIssue[],
): CompiledDocument[] {
  const compiled: CompiledDocument[] = [];
  const seen = new Set<string>();
  for (const { label, value: seed } of records) {
    const report = (rule: DatasetIssue['rule'], reason: string) =>
      issues.push({ file, record: label, rule, reason });
    if (seen.has(seed.file)) {
      report('duplicate-id', `document "${seed.file}" is listed more than once`);
      continue;
    }
    seen.add(seed.file);
    if (!isIsoDate(seed.date)) report('invalid-date', `invalid date "${seed.date}" (expected YYYY-MM-DD)`);
    const source = texts.get(seed.file);
    if (source === undefined) {
      report('unknown-document', `text file ${expectedTextPath(file, seed.file)} is missing: copy the document there, or fix the file name`);
      continue;
    }
    const text = stripBoilerplate(source.text, seed.text_ends_before, report);
    if (findVerbatim(text, seed.title) === null) {
      report('title-not-in-document', `title "${seed.title}" not found verbatim in ${seed.file}`);
    }
    if (findVerbatim(source.text, seed.publication) === null) {
      report('publication-not-in-document', `publication "${seed.publication}" is not named in ${seed.file}`);
    }
    const meta: DocumentMeta = {
      id: seed.file,
      title: seed.title,
      publication: seed.publication,
      date: seed.date,
      ...(seed.date_inferred === undefined ? {} : { dateInferred: seed.date_inferred }),
      ...(seed.subject === undefined ? {} : { subject: seed.subject }),
      text,
    };
    compiled.push({ meta, rawText: source.text });
  }
  return compiled;
}

/**
 * Cuts the text at a marker that must occur exactly once: a marker that also
 * occurs in the body would silently drop part of the article.
 */
function stripBoilerplate(
  text: string,
  marker: string | undefined,
  report: (rule: DatasetIssue['rule'], reason: string) => void,
): string {
  if (marker === undefined) return text.trimEnd();
  const first = text.indexOf(marker);
  if (first === -1) {
    report('boilerplate-marker', `text_ends_before "${marker}" not found in the text`);
    return text.trimEnd();
  }
  const count = text.split(marker).length - 1;
  if (count > 1) {
    report('boilerplate-marker', `text_ends_before "${marker}" occurs ${count} times; use words that occur once`);
  }
  return text.slice(0, first).trimEnd();
}

/** Document texts sit beside documents.yaml: `seeds/documents.yaml` expects `seeds/<file>`. */
function expectedTextPath(documentsYaml: string, file: string): string {
  const slash = Math.max(documentsYaml.lastIndexOf('/'), documentsYaml.lastIndexOf('\\'));
  return documentsYaml.slice(0, slash + 1) + file;
}
