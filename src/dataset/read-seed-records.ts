import * as v from 'valibot';
import { parseDocument } from 'yaml';
import type { DatasetIssue } from './dataset-error.ts';

export interface SeedRecord<T> {
  /** How messages name the record: `fact "export-share-china"` or `fact #3`. */
  label: string;
  value: T;
}

export interface SeedRecords<T> {
  /** Records whose shape is valid. */
  records: SeedRecord<T>[];
  /**
   * Ids of every record that has one, valid or not, so that references to a
   * record with a shape problem do not also fail as "unknown id".
   */
  ids: Set<string>;
}

/**
 * Parses one YAML seed file (a list of records) and checks each record's
 * shape on its own, so one malformed record hides no problems in the others.
 */
export function readSeedRecords<TSchema extends v.GenericSchema>(
  file: string,
  yamlText: string,
  kind: string,
  idField: string,
  schema: TSchema,
  issues: DatasetIssue[],
): SeedRecords<v.InferOutput<TSchema>> {
  const result: SeedRecords<v.InferOutput<TSchema>> = { records: [], ids: new Set() };
  const document = parseDocument(yamlText);
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      issues.push({ file, rule: 'yaml-syntax', reason: `YAML syntax error: ${firstLine(error.message)}` });
    }
    return result;
  }
  let items: unknown;
  try {
    // toJS() resolves aliases and can still throw (an alias to a missing anchor, alias bombs).
    items = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    issues.push({ file, rule: 'yaml-syntax', reason: `YAML error: ${firstLine(error instanceof Error ? error.message : String(error))}` });
    return result;
  }
  if (items === null || items === undefined) return result;
  if (!Array.isArray(items)) {
    issues.push({ file, rule: 'shape', reason: `expected a list of ${kind} records at the top level` });
    return result;
  }
  items.forEach((item: unknown, index) => {
    const id = recordId(item, idField);
    const label = id === undefined ? `${kind} #${index + 1}` : `${kind} "${id}"`;
    if (id !== undefined) result.ids.add(id);
    const parsed = v.safeParse(schema, item);
    if (parsed.success) {
      result.records.push({ label, value: parsed.output });
      return;
    }
    for (const issue of parsed.issues) {
      issues.push({ file, record: label, rule: 'shape', reason: describeShapeIssue(issue) });
    }
  });
  return result;
}

function recordId(item: unknown, idField: string): string | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const id: unknown = (item as Record<string, unknown>)[idField];
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

/** Valibot's defaults ("Invalid key: Expected never…") read badly to someone editing YAML. */
export function describeShapeIssue(issue: v.BaseIssue<unknown>): string {
  const path = fieldPath(issue);
  const isObject = issue.type === 'strict_object' || issue.type === 'object';
  if (isObject && issue.expected === 'never') return `unknown field "${path}"`;
  if (isObject && issue.received === 'undefined' && issue.expected?.startsWith('"')) {
    return `missing required field "${path}"`;
  }
  const where = path === '' ? 'record' : `field "${path}"`;
  if (!issue.message.startsWith('Invalid ')) return `${where} ${issue.message}`;
  const expected = issue.expected === 'Object' ? 'a mapping' : (issue.expected ?? 'something else');
  return `${where} should be ${expected}, got ${issue.received}`;
}

function fieldPath(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key: unknown = item.key;
    path += typeof key === 'number' ? `[${key}]` : `${path === '' ? '' : '.'}${String(key)}`;
  }
  return path;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
