/** Stable codes for the rules the compiler enforces, so tests and tooling need not parse prose. */
export type DatasetRule =
  | 'yaml-syntax'
  | 'shape'
  | 'missing-file'
  | 'unknown-file'
  | 'duplicate-id'
  | 'invalid-id'
  | 'invalid-date'
  | 'invalid-period'
  | 'unknown-document'
  | 'unlisted-document'
  | 'boilerplate-marker'
  | 'title-not-in-document'
  | 'publication-not-in-document'
  | 'unknown-entity'
  | 'alias-duplicate'
  | 'alias-conflict'
  | 'alias-needs-context'
  | 'context-unresolvable'
  | 'blocker-invalid'
  | 'quote-not-verbatim'
  | 'figure-not-in-quote'
  | 'figure-unparseable'
  | 'figure-value-mismatch'
  | 'figure-unit-mismatch'
  | 'metric-mismatch'
  | 'topic-word'
  | 'topic-missing'
  | 'metric-undefined'
  | 'metric-unused'
  | 'metric-unit'
  | 'metric-period'
  | 'metric-entities'
  | 'cue-word';

export interface DatasetIssue {
  /** The seed file as the compiler was given it, e.g. `seeds/facts.yaml`. */
  file: string;
  /** The record at fault, e.g. `fact "export-share-china"`; absent for file-level problems. */
  record?: string;
  rule: DatasetRule;
  reason: string;
}

export function formatIssue(issue: DatasetIssue): string {
  const where = issue.record === undefined ? issue.file : `${issue.file}: ${issue.record}`;
  return `${where}: ${issue.reason}`;
}

/**
 * Everything wrong with the seeds at once: whoever edits them fixes a batch
 * per build instead of one problem per build.
 */
export class DatasetError extends Error {
  readonly issues: readonly DatasetIssue[];

  constructor(issues: readonly DatasetIssue[]) {
    const lines = issues.map(formatIssue);
    super(
      lines.length === 1
        ? (lines[0] ?? '')
        : `${lines.length} problems in the seeds:\n${lines.map((line) => `  - ${line}`).join('\n')}`,
    );
    this.name = 'DatasetError';
    this.issues = issues;
  }
}
