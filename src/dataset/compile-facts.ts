import type { CompiledDocument } from './compile-documents.ts';
import type { DatasetIssue } from './dataset-error.ts';
import { closestPassage, findVerbatim } from './find-verbatim.ts';
import { foldAlias } from './fold-alias.ts';
import { isPeriod } from './iso-date.ts';
import { parseFigure, sameFigureValue } from './parse-figure.ts';
import type { SeedRecord } from './read-seed-records.ts';
import { isRecordId } from './record-id.ts';
import type { FactSeed } from './seed-schemas.ts';
import type { Fact, Figure } from '../model/fact.ts';

type Report = (rule: DatasetIssue['rule'], reason: string) => void;

export interface FactReferences {
  documents: ReadonlyMap<string, CompiledDocument>;
  /** Every document or entity id that was declared, even by a record with a shape problem. */
  documentIds: ReadonlySet<string>;
  entityIds: ReadonlySet<string>;
}

/**
 * Builds facts and checks each against its source: the quote must be in the
 * document as published and every figure must be stated by the quote.
 */
export function compileFacts(
  file: string,
  records: readonly SeedRecord<FactSeed>[],
  references: FactReferences,
  issues: DatasetIssue[],
): Fact[] {
  const facts: Fact[] = [];
  const labels = new Map<string, string>();
  for (const { label, value: seed } of records) {
    const report: Report = (rule, reason) => issues.push({ file, record: label, rule, reason });
    if (!isRecordId(seed.id)) report('invalid-id', `id "${seed.id}" is not kebab-case (a-z, 0-9, single hyphens)`);
    if (labels.has(seed.id)) {
      report('duplicate-id', `duplicate id "${seed.id}"`);
      continue;
    }
    labels.set(seed.id, label);
    if (seed.metric !== undefined && !isRecordId(seed.metric)) {
      report('invalid-id', `metric "${seed.metric}" is not kebab-case`);
    }
    if (!isPeriod(seed.period)) report('invalid-period', periodProblem(seed.period));
    for (const id of seed.entities) {
      if (!references.entityIds.has(id)) report('unknown-entity', `unknown entity "${id}"`);
    }
    const quote = checkSource(seed, references, report) ?? seed.source.quote;
    const figures = seed.figures.map((figure) =>
      checkFigure({ ...figure, period: figure.period ?? seed.period }, quote, report),
    );
    facts.push({
      id: seed.id,
      text: seed.text,
      entities: seed.entities,
      topic: seed.topic,
      figures,
      period: seed.period,
      ...(seed.metric === undefined ? {} : { metric: seed.metric }),
      source: { document: seed.source.document, quote },
    });
  }
  checkMetrics(file, facts, labels, issues);
  return facts;
}

function periodProblem(period: string): string {
  return `invalid period "${period}" (expected YYYY, YYYY-MM, YYYY-MM-DD or start/end)`;
}

/** Returns the quote exactly as the document has it, or `undefined` if it is not there. */
function checkSource(seed: FactSeed, references: FactReferences, report: Report): string | undefined {
  const { document: name, quote } = seed.source;
  const document = references.documents.get(name);
  if (document === undefined) {
    if (!references.documentIds.has(name)) {
      const listed = [...references.documentIds].join(', ');
      report('unknown-document', `unknown document "${name}" (documents.yaml lists: ${listed})`);
    }
    return undefined;
  }
  const found = findVerbatim(document.meta.text, quote);
  if (found !== null) return found;
  if (findVerbatim(document.rawText, quote) !== null) {
    report('quote-not-verbatim', `quote is in the boilerplate that text_ends_before cuts from ${name}`);
  } else if (foldAlias(document.meta.text).includes(foldAlias(quote))) {
    report(
      'quote-not-verbatim',
      `quote not found verbatim in ${name} (it matches once quotes, dashes, case and spacing are ignored: copy it exactly)`,
    );
  } else {
    const closest = closestPassage(document.meta.text, quote);
    report('quote-not-verbatim', `quote not found verbatim in ${name}${closest ? `; the closest passage reads: “${closest}”` : ''}`);
  }
  return undefined;
}

/** Returns the figure with its words exactly as the quote has them. */
function checkFigure(figure: Figure, quote: string, report: Report): Figure {
  const name = `figure "${figure.text}"`;
  if (!isPeriod(figure.period)) report('invalid-period', `${name}: ${periodProblem(figure.period)}`);
  const words = findVerbatim(quote, figure.text);
  if (words === null) {
    report('figure-not-in-quote', `${name} does not appear in the quote`);
    return figure;
  }
  const parsed = parseFigure(figure.text);
  if (parsed === null) {
    report('figure-unparseable', `${name} is not a number the figure parser understands`);
    return figure;
  }
  if (!sameFigureValue(parsed.value, figure.value)) {
    report('figure-value-mismatch', `${name} states ${parsed.value}, but value is ${figure.value}`);
  }
  if (parsed.unit !== undefined && parsed.unit !== figure.unit) {
    report('figure-unit-mismatch', `${name} is in ${parsed.unit}, but unit is ${figure.unit}`);
  }
  return { ...figure, text: words };
}

/**
 * Facts that share a metric are compared value by value, which only means
 * something if they measure the same period in at least one common unit.
 */
function checkMetrics(
  file: string,
  facts: readonly Fact[],
  labels: ReadonlyMap<string, string>,
  issues: DatasetIssue[],
): void {
  const firstByMetric = new Map<string, Fact>();
  for (const fact of facts) {
    if (fact.metric === undefined) continue;
    const first = firstByMetric.get(fact.metric);
    if (first === undefined) {
      firstByMetric.set(fact.metric, fact);
      continue;
    }
    const report = (reason: string) =>
      issues.push({ file, record: labels.get(fact.id) ?? `fact "${fact.id}"`, rule: 'metric-mismatch', reason });
    if (first.period !== fact.period) {
      report(`metric "${fact.metric}": period ${fact.period} differs from fact "${first.id}" (${first.period})`);
    }
    const units = new Set(first.figures.map((figure) => figure.unit));
    if (!fact.figures.some((figure) => units.has(figure.unit))) {
      report(`metric "${fact.metric}": no figure in a unit that fact "${first.id}" also uses`);
    }
  }
}
