/**
 * Sourced facts, with their figures and quotes (seeds/facts.yaml), and what
 * a page is set against them by: the topics' words (seeds/topics.yaml) and the
 * metrics of the figure check (seeds/metrics.yaml).
 */

export interface Figure {
  value: number;
  /** e.g. `USD`, `percent`, `barrels`, `ratio`, `year`. */
  unit: string;
  /** The words of the quote that state this figure ("$84 billion", "one-fifth"). */
  text: string;
  /** The period the figure describes: `2014`, `2015-03`, `2013/2014`. */
  period: string;
}

export interface SourceRef {
  /** The seed document's file name. */
  document: string;
  /** A verbatim span of that document's text. */
  quote: string;
}

export interface Disagreement {
  factId: string;
  document: string;
  figures: Figure[];
}

export interface Fact {
  id: string;
  /** The claim, in our own words. */
  text: string;
  entities: string[];
  topic: string;
  figures: Figure[];
  /** Period the whole fact is about (the figures may be more specific). */
  period: string;
  /** Facts that measure the same thing share a metric id. */
  metric?: string;
  source: SourceRef;
  /** Filled in by the compiler: other facts with the same metric and a different value. */
  differs?: Disagreement[];
}

/** The words that say a paragraph is about a topic (seeds/topics.yaml). */
export interface TopicWords {
  topic: string;
  /** Lower-case words or phrases; each also covers its plain inflections. */
  words: string[];
}

/**
 * What a page's figure must come with to be set against a metric's sourced
 * figures (seeds/metrics.yaml; docs/figure-check.md).
 */
export interface MetricDefinition {
  id: string;
  /** What the metric measures, in a few words, for the card. */
  label: string;
  /** The unit a page's figure must be in: USD…, percent, ratio, or a unit of units.ts. */
  unit: string;
  /** Whether the metric is a level ("36% of imports"), a change ("fell 21.5%"), or either (a growth rate). */
  kind: 'level' | 'change' | 'any';
  /** Entity ids the figure's sentence must name, every one. */
  entities: string[];
  /** Lower-case words or phrases; the sentence must hold one of them (each covers its plain inflections). */
  cues: string[];
  /** Optional second set: the sentence must also hold one of these ("forecast" for a forecast). */
  alsoCues?: string[];
  /** The period the sourced figures are about, as facts.yaml writes it (`2015`, `2014-12`). */
  period: string;
}
