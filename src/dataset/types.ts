/**
 * The compiled dataset: what `dist/dataset.json` holds and what the content
 * script, card, popup and options read. Produced at build time from `seeds/`
 * by `compileDataset`; never hand-written.
 */

export const CATEGORIES = [
  'country',
  'person',
  'place',
  'organization',
  'initiative',
  'event',
] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * How an alias must match the page text.
 * - `exact`: same case only ("Xi", "AIIB", "SCO").
 * - `proper`: as written or in ALL CAPS ("China", "CHINA", never "china").
 * - `any`: case-insensitive.
 */
export type CaseMode = 'exact' | 'proper' | 'any';

export interface Alias {
  text: string;
  case: CaseMode;
  /**
   * Context rule for ambiguous aliases: this alias only fires when the same
   * page also mentions one of these entities through an unambiguous alias.
   */
  context?: string[];
}

export interface Entity {
  id: string;
  name: string;
  category: Category;
  /** One sentence, in our own words. */
  description: string;
  aliases: Alias[];
  /**
   * Longer proper names that contain one of this entity's aliases but mean
   * something else ("Air Astana", "Astana Times" for the city). They match
   * like aliases and win by leftmost-longest, but annotate nothing.
   */
  blockers: string[];
}

/** What the card shows of an entity; the aliases and blockers live in the compiled matcher. */
export type CardEntity = Pick<Entity, 'id' | 'name' | 'category' | 'description'>;

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

export interface DocumentMeta {
  /** The seed file name, e.g. `000_c38c9ff3b957afb9.txt`. */
  id: string;
  title: string;
  /** The publication as the text names it. */
  publication: string;
  /** ISO date, `YYYY-MM-DD`. */
  date: string;
  /** Present when the date is not stated in the text: one line saying how it was inferred. */
  dateInferred?: string;
  /** What the document is about, in a few words ("China–Kazakhstan relations"): the dataset's scope is told in these. */
  subject?: string;
  /** The document's text, with trailing boilerplate (comments, sharing) removed. */
  text: string;
}

/** A document as cited (publication, title, date), without its text. */
export type DocumentRef = Omit<DocumentMeta, 'text'>;

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

export interface Dataset {
  /** `<package version>+<short content hash>`. */
  version: string;
  documents: DocumentMeta[];
  entities: Entity[];
  facts: Fact[];
  /** Empty when the seeds have no topics.yaml (then no fact relates to a page by its topic). */
  topics: TopicWords[];
  /** Empty when the seeds have no metrics.yaml (then no figure on a page is checked). */
  metrics?: MetricDefinition[];
}
