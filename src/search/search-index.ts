/**
 * The popup's search: built once from the dataset, then asked at every
 * keystroke. Pure (no DOM, no browser APIs), so it is tested in Node at the
 * dataset's size and at a hundred times it.
 *
 * How a query is answered:
 *  1. The query is split into words; "of", "the" and other stop words are
 *     dropped unless nothing else is left, and lone letters or digits always.
 *     A query with no word left ("(.*", an emoji) finds nothing and says so.
 *  2. Each word becomes the vocabulary words it stands for (`TermMatcher`:
 *     itself, words it begins, fuzzy misspellings through fuse.js).
 *  3. Postings (word → record and field) give every record that contains a
 *     match for *every* query word, scored by the best field each word hit.
 *  4. Ranking: an entity the query names outright comes first ("Kazakhstan",
 *     "Massimov", "PRC"), then the facts about it, then everything else by
 *     score. Ties go to facts with figures, then to dataset order.
 *  5. Filters (entity, category, topic) narrow the list; facet counts say how
 *     many results each category and topic chip would leave.
 */
import type { Category, Entity } from '../model/entity';
import type { Fact } from '../model/fact';
import { CATEGORIES } from '../model/entity';
import { bestFirst } from './best-first';
import type { Highlights } from './highlight-segments';
import { FIELDS, FIELD_WEIGHT, entityFields, factFields, type DocumentRef, type SearchableData } from './searchable-fields';
import { TermMatcher, type TermMatch } from './term-matcher';
import { STOP_WORDS, tokenize } from './tokenize';

export type SearchHit = { kind: 'entity'; entity: Entity; score: number } | { kind: 'fact'; fact: Fact; score: number };

export interface SearchFilter {
  /** Only this entity and the facts about it. */
  entityId?: string;
  /** Entities of this category, and facts about one. */
  category?: Category;
  /** Facts on this topic. */
  topic?: string;
}

export interface SearchResults {
  /** The best `limit` results, best first. */
  hits: SearchHit[];
  /** How many results there are in all. */
  total: number;
  /** Vocabulary words the query matched, for highlighting. */
  highlights: Highlights;
  /** Results per category and per topic (0 for none), as each chip would filter them (with the other chip group applied). */
  facets: { categories: Map<Category, number>; topics: Map<string, number> };
  /** The query has characters but no word to search for: symbols, emoji, single letters. */
  noWords: boolean;
}

/** An entity the query names outright ranks above everything else (scores stay below 4: see best-first.ts)... */
const NAMED_ENTITY = 2;
/** ...and the facts about it above all other matches, whether or not their own words match. */
const FACT_OF_NAMED_ENTITY = 1;

/** Nobody types more into a search box; past it, a pasted paragraph would only cost time. */
const MAX_QUERY_WORDS = 12;

const FIELD_BITS = 3;
const FIELD_MASK = (1 << FIELD_BITS) - 1;
const WEIGHTS = FIELDS.map((field) => FIELD_WEIGHT[field]);

export class SearchIndex {
  readonly entities: readonly Entity[];
  readonly facts: readonly Fact[];
  readonly documents: ReadonlyMap<string, DocumentRef>;
  private readonly terms: TermMatcher;
  private readonly vocabulary: string[];
  /** Per vocabulary word: record << FIELD_BITS | field, one entry per field that holds the word. */
  private readonly postings: Int32Array[];
  /** Per entity: each of its names as vocabulary word ids. */
  private readonly names: number[][][];
  /** Per entity: the record numbers of its facts. */
  private readonly factRecords: number[][];
  /** Per record: a bit per category (the entity's own, or those of the fact's entities). */
  private readonly categoryBits: Uint8Array;
  private readonly entityIndex: Map<string, number>;
  /** Per record: 1 for a fact with figures (what a researcher looks for first when scores tie). */
  private readonly hasFigures: Uint8Array;
  /** Every topic, and per record the index of its topic (-1 for entities). */
  private readonly topics: string[];
  private readonly topicOf: Int16Array;
  // Per-record scratch space for one search. Searches run one at a time, and reusing these spares
  // the garbage collector a few hundred kilobytes at every keystroke (its pauses cost more than the search).
  private readonly score: Float64Array;
  private readonly termScore: Float64Array;
  private readonly termsMatched: Uint8Array;
  private readonly isCandidate: Uint8Array;

  constructor(data: SearchableData) {
    this.entities = data.entities;
    this.facts = data.facts;
    this.documents = new Map(data.documents.map((document) => [document.id, document]));
    this.entityIndex = new Map(this.entities.map((entity, index) => [entity.id, index]));

    const recordCount = this.entities.length + this.facts.length;
    const byWord = new Map<string, number[]>();
    const add = (record: number, fieldIndex: number, text: string) => {
      for (const { term } of tokenize(text)) {
        const list = byWord.get(term);
        const posting = (record << FIELD_BITS) | fieldIndex;
        if (!list) byWord.set(term, [posting]);
        else if (list[list.length - 1] !== posting) list.push(posting);
      }
    };
    // Records are numbered entities first, then facts. `entityFields` and `factFields` list each kind of
    // field together, so a word's repeats within one record's field are adjacent in its list: posted once.
    this.entities.forEach((entity, record) => {
      for (const [field, text] of entityFields(entity)) add(record, FIELDS.indexOf(field), text);
    });
    this.facts.forEach((fact, index) => {
      for (const [field, text] of factFields(fact, this.documents)) add(this.entities.length + index, FIELDS.indexOf(field), text);
    });
    this.vocabulary = [...byWord.keys()].sort();
    this.postings = this.vocabulary.map((word) => Int32Array.from(byWord.get(word)!));
    this.terms = new TermMatcher(this.vocabulary);

    this.names = this.entities.map((entity) =>
      entityFields(entity).map(([, text]) => tokenize(text).map((token) => this.terms.idOf(token.term))),
    );
    this.factRecords = this.entities.map(() => []);
    this.categoryBits = new Uint8Array(recordCount);
    this.entities.forEach((entity, index) => (this.categoryBits[index] = categoryBit(entity.category)));
    this.hasFigures = new Uint8Array(recordCount);
    this.topics = [...new Set(this.facts.map((fact) => fact.topic))].sort();
    this.topicOf = new Int16Array(recordCount).fill(-1);
    this.score = new Float64Array(recordCount);
    this.termScore = new Float64Array(recordCount);
    this.termsMatched = new Uint8Array(recordCount);
    this.isCandidate = new Uint8Array(recordCount);
    this.facts.forEach((fact, index) => {
      const record = this.entities.length + index;
      this.hasFigures[record] = fact.figures.length > 0 ? 1 : 0;
      this.topicOf[record] = this.topics.indexOf(fact.topic);
      for (const id of fact.entities) {
        const entityIndex = this.entityIndex.get(id);
        if (entityIndex === undefined) continue;
        this.factRecords[entityIndex]!.push(record);
        this.categoryBits[record]! |= categoryBit(this.entities[entityIndex]!.category);
      }
    });
  }

  /** How many distinct words the index holds (what fuse.js searches). */
  get vocabularySize(): number {
    return this.vocabulary.length;
  }

  entity(id: string): Entity | undefined {
    const index = this.entityIndex.get(id);
    return index === undefined ? undefined : this.entities[index];
  }

  factCount(entityId: string): number {
    const index = this.entityIndex.get(entityId);
    return index === undefined ? 0 : this.factRecords[index]!.length;
  }

  search(query: string, filter: SearchFilter = {}, limit = Infinity): SearchResults {
    // A lone letter or digit ("a", the "2" of "\d{2}") begins too many words to mean anything.
    const words = [...new Set(tokenize(query).map((token) => token.term))].filter((word) => [...word].length > 1);
    const required = words.filter((word) => !STOP_WORDS.has(word));
    // "the" alone is still a search.
    const terms = (required.length > 0 ? required : words).slice(0, MAX_QUERY_WORDS);
    // Symbols only, or nothing but lone letters: finding everything would not answer it.
    if (terms.length === 0 && query.trim() !== '') return { ...this.filterAndRank([], filter, limit, new Map()), noWords: true };
    const perTerm = terms.map((term) => this.terms.match(term));

    const highlights = new Map<string, number>();
    for (const matches of perTerm)
      for (const { id, highlight } of matches) {
        const word = this.vocabulary[id]!;
        highlights.set(word, Math.max(highlights.get(word) ?? 0, highlight));
      }

    const score = this.score.fill(0);
    // Browsing (filters, no words): every record is a candidate and the chosen entity counts as named.
    const candidates = terms.length > 0 ? this.matchEveryTerm(perTerm) : Array.from(score, (_, record) => record);
    const named = new Map<number, number>();
    if (terms.length > 0) {
      const qualities = perTerm.map((matches) => new Map(matches.map((match) => [match.id, match.quality])));
      for (const record of candidates) {
        if (record >= this.entities.length) continue;
        const quality = this.nameQuality(record, qualities);
        if (quality > 0) named.set(record, quality);
      }
    } else if (filter.entityId !== undefined) {
      const index = this.entityIndex.get(filter.entityId);
      if (index !== undefined) named.set(index, 0);
    }

    const isCandidate = this.isCandidate.fill(0);
    for (const record of candidates) isCandidate[record] = 1;
    for (const [entity, quality] of named) {
      score[entity] = NAMED_ENTITY + quality;
      for (const fact of this.factRecords[entity]!) {
        if (!isCandidate[fact]) candidates.push(fact);
        isCandidate[fact] = 1;
        // A fact about two named entities is not counted twice.
        if (score[fact]! < FACT_OF_NAMED_ENTITY) score[fact] = FACT_OF_NAMED_ENTITY + score[fact]!;
      }
    }
    return this.filterAndRank(candidates, filter, limit, highlights);
  }

  /**
   * Records that match every query word, leaving in `this.score` their mean
   * over the words of the best field weight × match quality (0..1).
   */
  private matchEveryTerm(perTerm: TermMatch[][]): number[] {
    const { score, termScore, termsMatched } = this;
    termsMatched.fill(0);
    // Rarest word first: the records still in the running are fewest from the start.
    const sizes = perTerm.map((matches) => matches.reduce((sum, { id }) => sum + this.postings[id]!.length, 0));
    const order = perTerm.map((_, index) => index).sort((a, b) => sizes[a]! - sizes[b]!);
    let alive: number[] = [];
    for (let round = 0; round < order.length; round++) {
      const touched: number[] = [];
      for (const { id, quality } of perTerm[order[round]!]!) {
        const postings = this.postings[id]!;
        for (let i = 0; i < postings.length; i++) {
          const record = postings[i]! >>> FIELD_BITS;
          // Out of the running: it missed an earlier word.
          if (termsMatched[record] !== round) continue;
          if (termScore[record] === 0) touched.push(record);
          termScore[record] = Math.max(termScore[record]!, quality * WEIGHTS[postings[i]! & FIELD_MASK]!);
        }
      }
      for (const record of touched) {
        score[record]! += termScore[record]! / perTerm.length;
        termScore[record] = 0;
        termsMatched[record] = round + 1;
      }
      alive = touched;
      if (alive.length === 0) break;
    }
    return alive;
  }

  /**
   * How well the query names this entity: some name or alias whose every word
   * a query word matched, with nothing left over. 0 when none does.
   */
  private nameQuality(entity: number, perTerm: Map<number, number>[]): number {
    let best = 0;
    for (const name of this.names[entity]!) {
      if (name.length !== perTerm.length) continue;
      // Each name word's best match by any query word (0: none matched it).
      const qualities = name.map((id) => Math.max(0, ...perTerm.map((matches) => matches.get(id) ?? 0)));
      const everyQueryWordUsed = perTerm.every((matches) => name.some((id) => matches.has(id)));
      if (everyQueryWordUsed && qualities.every((quality) => quality > 0)) {
        best = Math.max(best, qualities.reduce((sum, quality) => sum + quality, 0) / name.length);
      }
    }
    return best;
  }

  private filterAndRank(candidates: number[], filter: SearchFilter, limit: number, highlights: Highlights): SearchResults {
    const { score, hasFigures, categoryBits, topicOf } = this;
    const entityCount = this.entities.length;
    const onlyEntity = filter.entityId === undefined ? undefined : this.entityIndex.get(filter.entityId);
    const categoryMask = filter.category ? categoryBit(filter.category) : 0;
    const topicFilter = filter.topic === undefined ? -1 : this.topics.indexOf(filter.topic);
    const categoryCounts = new Int32Array(CATEGORIES.length);
    const topicCounts = new Int32Array(this.topics.length);
    const kept: number[] = [];
    for (const record of candidates) {
      if (filter.entityId !== undefined) {
        if (onlyEntity === undefined) continue;
        const fact = record >= entityCount ? this.facts[record - entityCount]! : undefined;
        if (fact ? !fact.entities.includes(filter.entityId) : record !== onlyEntity) continue;
      }
      const bits = categoryBits[record]!;
      const topic = topicOf[record]!;
      const passesCategory = !categoryMask || (bits & categoryMask) !== 0;
      const passesTopic = filter.topic === undefined || topic === topicFilter;
      if (passesTopic) for (let index = 0; index < CATEGORIES.length; index++) if (bits & (1 << index)) categoryCounts[index]!++;
      if (passesCategory && topic >= 0) topicCounts[topic]!++;
      if (passesCategory && passesTopic) kept.push(record);
    }
    const hits = bestFirst(kept, score, hasFigures, limit).map((record): SearchHit =>
      record < entityCount
        ? { kind: 'entity', entity: this.entities[record]!, score: score[record]! }
        : { kind: 'fact', fact: this.facts[record - entityCount]!, score: score[record]! },
    );
    const categories = new Map(CATEGORIES.map((category, index) => [category, categoryCounts[index]!]));
    const topics = new Map(this.topics.map((topic, index) => [topic, topicCounts[index]!]));
    return { hits, total: kept.length, highlights, facets: { categories, topics }, noWords: false };
  }
}

function categoryBit(category: Category): number {
  return 1 << CATEGORIES.indexOf(category);
}
