/**
 * The figure check's rules, pure: which figure of a sentence states which
 * metric of seeds/metrics.yaml, and whether it says what the sources said.
 * docs/figure-check.md explains them; the content script gives it a block of
 * text and the mentions the matcher found in it (after the context and
 * look-alike rules), so it never reads a sentence that names nothing.
 *
 * A figure is checked when its sentence
 * 1. names every entity the metric needs (a sentence that names no entity
 *    at all reads on from the one before it: "On that occasion, $18 billion
 *    in joint ventures was inked" takes the names of the sentence before);
 * 2. holds one of the metric's cues, and one of its second cues if it has
 *    them, in the figure's own sentence;
 * 3. states the figure in the metric's unit, as a level or a change as the
 *    metric is.
 */
import { figureSays, findFigures, type FoundFigure } from '../dataset/parse-figure.ts';
import type { MetricDefinition } from '../model/fact.ts';
import { TopicMatcher } from './topic-words.ts';

export interface SourcedValue {
  factId: string;
  value: number;
}

export interface FigureCheckData {
  metrics: MetricDefinition[];
  /** Per metric id, every value its facts state in the metric's unit. */
  sourced: Map<string, SourcedValue[]>;
}

export interface EntitySpan {
  start: number;
  end: number;
  entityId: string;
}

export interface CheckedFigure extends FoundFigure {
  metric: string;
  verdict: 'agrees' | 'differs';
  /** The facts whose figures it was set against. */
  factIds: string[];
  /** Of those, the facts whose figure it says. */
  agreesWith: string[];
  /** A year the page writes beside the figure ("in 2013"), when it has one. */
  year?: number;
}

interface Sentence {
  start: number;
  end: number;
}

/** The key under which a metric's second cues are looked up, beside its first ones under its id. */
const ALSO = '\u0000also';

/** A sentence ends at ".", "!" or "?" before a space and a capital, digit or quote, or at a line break. */
const SENTENCE_END = /[.!?]["'’”)\]]*\s+(?=["'‘“(]?[\p{Lu}\d$€£])|[\n\0]+/gu;

export function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = (match.index ?? 0) + match[0].length;
    if (end > start) sentences.push({ start, end });
    start = end;
  }
  if (start < text.length) sentences.push({ start, end: text.length });
  return sentences;
}

const YEAR_AFTER = /^[^.;,()\d$€£%]{0,16}?\b(?:in|for|during|of|from)\s+(?:(?:the\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?((?:19|20)\d\d)(?!\d)/i;
const YEAR_BEFORE = /(?:^|[^\d])((?:19|20)\d\d)[’']s\b[^.;()\d$€£%]*$|\bin\s+((?:19|20)\d\d),[^.;()\d$€£%]*$/i;

/** The year the page writes beside a figure: "$28 billion in 2013", "2014's growth was 4.3%". */
function attachedYear(sentence: string, figure: FoundFigure): number | undefined {
  const after = YEAR_AFTER.exec(sentence.slice(figure.end, figure.end + 48));
  if (after?.[1] !== undefined) return Number(after[1]);
  const before = YEAR_BEFORE.exec(sentence.slice(Math.max(0, figure.start - 60), figure.start));
  const year = before?.[1] ?? before?.[2];
  return year === undefined ? undefined : Number(year);
}

/**
 * Words that name, without naming them, the two countries just spoken of.
 * Only a paragraph's first sentence is read this way, and only with the two
 * countries the paragraph before it names (`carried`, from `theTwoCountries`):
 * "Despite this, the two countries will have a hard time meeting their goal
 * of increasing their bilateral trade volume to $40 billion this year."
 */
const REFERS_BACK = /\b(?:the two|both) (?:countries|nations|states|governments|neighbou?rs)\b/i;

/** Whether the first sentence of `text` speaks of two countries named before it: only then is the text before read for `carried`. */
export function opensWithReference(text: string): boolean {
  const first = sentencesOf(text)[0];
  return first !== undefined && REFERS_BACK.test(text.slice(first.start, first.end));
}

/**
 * The countries a paragraph names, when there are exactly two: what "the two
 * countries" at the start of the next one refers to. Any other number and
 * the words could mean any pair, so nothing is carried.
 */
export function theTwoCountries(mentions: readonly EntitySpan[], isCountry: (entityId: string) => boolean): EntitySpan[] {
  const countries = [...new Set(mentions.map((m) => m.entityId).filter(isCountry))];
  return countries.length === 2 ? countries.map((entityId) => ({ start: -1, end: -1, entityId })) : [];
}

export class FigureChecker {
  private readonly metrics: { definition: MetricDefinition; alsoCues?: true }[];
  /** Every metric's cues as word forms, looked up once per sentence whatever the number of metrics (no regular expressions). */
  private readonly cues: TopicMatcher;
  /** Every entity some metric needs: a block that names none of them is not read at all. */
  readonly neededEntities: ReadonlySet<string>;

  constructor(private readonly data: FigureCheckData) {
    this.neededEntities = new Set(data.metrics.flatMap((m) => m.entities));
    this.metrics = data.metrics.map((definition) => ({ definition, ...(definition.alsoCues ? { alsoCues: true as const } : {}) }));
    this.cues = new TopicMatcher(
      data.metrics.flatMap((m) => [
        { topic: m.id, words: m.cues },
        ...(m.alsoCues ? [{ topic: m.id + ALSO, words: m.alsoCues }] : []),
      ]),
    );
  }

  /** Whether text naming these entities could state a metric: it names every entity of one. */
  mayCheck(named: ReadonlySet<string>): boolean {
    return this.metrics.some((metric) => metric.definition.entities.every((id) => named.has(id)));
  }

  /**
   * The figures in `text` that state a metric, each with its verdict.
   * `mentions` are the shown mentions in `text`, in order; offsets are in `text`.
   */
  figuresIn(text: string, mentions: readonly EntitySpan[], carried: readonly EntitySpan[] = []): CheckedFigure[] {
    if (mentions.length === 0 && carried.length === 0) return [];
    const checked: CheckedFigure[] = [];
    let previous: readonly EntitySpan[] = [];
    for (const [index, sentence] of sentencesOf(text).entries()) {
      const own = mentions.filter((m) => m.start >= sentence.start && m.start < sentence.end);
      // A paragraph that opens with "the two countries" speaks of those the paragraph before ended on.
      if (index === 0 && own.length === 0 && carried.length > 0 && opensWithReference(text)) previous = carried;
      const window = own.length > 0 ? own : previous;
      previous = own;
      if (window.length === 0) continue;
      checked.push(...this.checkSentence(text.slice(sentence.start, sentence.end), sentence.start, window));
    }
    return checked;
  }

  private checkSentence(sentence: string, offset: number, window: readonly EntitySpan[]): CheckedFigure[] {
    const named = new Set(window.map((m) => m.entityId));
    const withEntities = this.metrics.filter((m) => m.definition.entities.every((id) => named.has(id)));
    if (withEntities.length === 0) return [];
    const cues = this.cues.topicsIn(sentence);
    const fitting = withEntities.filter((m) => cues.has(m.definition.id) && (!m.alsoCues || cues.has(m.definition.id + ALSO)));
    if (fitting.length === 0) return [];
    const figures = findFigures(sentence);
    const years = figures.map((figure) => attachedYear(sentence, figure));
    const checked: CheckedFigure[] = [];
    figures.forEach((figure, index) => {
      const year = years[index];
      let candidates = fitting.filter(
        (m) => m.definition.unit === figure.unit && (m.definition.kind === 'any' || m.definition.kind === figure.kind),
      );
      if (candidates.length === 0) return;
      // A year beside the figure picks its period; a year beside another figure takes that period away from this one.
      const ofYear = (m: (typeof candidates)[number], y: number | undefined) => y !== undefined && m.definition.period.startsWith(String(y));
      if (year !== undefined && candidates.some((m) => ofYear(m, year))) candidates = candidates.filter((m) => ofYear(m, year));
      else if (year === undefined) {
        const others = years.filter((y, i) => i !== index && y !== undefined);
        const free = candidates.filter((m) => !others.some((y) => ofYear(m, y)));
        if (free.length > 0) candidates = free;
      }
      const at = offset + figure.start;
      const distance = (m: (typeof candidates)[number]) =>
        m.definition.entities.reduce(
          (sum, id) => sum + Math.min(...window.filter((s) => s.entityId === id).map((s) => Math.abs(s.start - at))),
          0,
        );
      const [best] = [...candidates].sort(
        (a, b) => Number(b.alsoCues !== undefined) - Number(a.alsoCues !== undefined) || distance(a) - distance(b),
      );
      if (best === undefined) return;
      const sourced = this.data.sourced.get(best.definition.id) ?? [];
      const agreesWith = [...new Set(sourced.filter((s) => figureSays(figure, s.value)).map((s) => s.factId))];
      checked.push({
        ...figure,
        start: at,
        end: offset + figure.end,
        metric: best.definition.id,
        verdict: agreesWith.length > 0 ? 'agrees' : 'differs',
        factIds: [...new Set(sourced.map((s) => s.factId))],
        agreesWith,
        ...(year !== undefined ? { year } : {}),
      });
    });
    return checked;
  }
}

/** What the checker needs of the dataset: the definitions, and each metric's values in its unit. */
export function figureCheckData(
  metrics: readonly MetricDefinition[],
  facts: readonly { id: string; metric?: string; figures: readonly { value: number; unit: string }[] }[],
): FigureCheckData {
  const sourced = new Map<string, SourcedValue[]>();
  for (const metric of metrics) {
    sourced.set(
      metric.id,
      facts
        .filter((fact) => fact.metric === metric.id)
        .flatMap((fact) => fact.figures.filter((f) => f.unit === metric.unit).map((f) => ({ factId: fact.id, value: f.value }))),
    );
  }
  return { metrics: [...metrics], sourced };
}
