/**
 * Which words of the vocabulary one query word stands for: the word itself,
 * the words it begins (the reader is still typing, or wrote "export" for
 * "exports"; not for a short word the vocabulary holds, such as "xi") and,
 * when the vocabulary does not hold the word as typed, the misspellings
 * fuse.js finds close to it ("kazakstan" → "kazakhstan").
 *
 * Fuse.js compares a pattern with every string it is given (Bitap): over
 * every field of a large dataset that is far too slow for a keystroke, and
 * over the vocabulary's distinct words still slower than it need be
 * (docs/perf-log.md, "Numbers moved out of the code"). So a bigram index
 * first picks the few words that share enough letter pairs with the query to
 * be a typo or two away from it, and fuse.js scores only those.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';

export interface TermMatch {
  /** Index of the word in the vocabulary. */
  id: number;
  /** 1 for the word itself, less for a longer word it begins, less again for a misspelling. */
  quality: number;
  /** How many leading characters of the word to highlight (the whole word when it is at least its length). */
  highlight: number;
}

/**
 * A word this short that the vocabulary holds is meant as typed: "Xi" is Xi
 * Jinping, not the beginning of "Xinhua" or "Xinjiang".
 */
const EXACT_ONLY_MAX_LENGTH = 3;
/** Shorter words have too many neighbours one typo away ("port": part, post, sort) to be worth guessing at. */
const FUZZY_MIN_LENGTH = 5;
/** Fuse's threshold is errors per character: one typo in a short word, two in a long one. */
const FUZZY_OPTIONS: IFuseOptions<string> = { threshold: 0.25, ignoreLocation: true, isCaseSensitive: true };
/** A misspelling never ranks with a word the reader actually typed. */
const FUZZY_WEIGHT = 0.8;
/** Enough for any real prefix; a two-letter prefix of a huge vocabulary stops here. */
const PREFIX_LIMIT = 500;
/** Query words are retyped at every keystroke, and only the last one changes. */
const CACHE_LIMIT = 200;

export class TermMatcher {
  /** Letter pair → ids of the words that contain it (words long enough to be misspelt). */
  private readonly bigrams = new Map<string, number[]>();
  private readonly cache = new Map<string, TermMatch[]>();

  /** `vocabulary` is sorted and distinct, so the words a prefix begins are one contiguous run. */
  constructor(private readonly vocabulary: readonly string[]) {
    vocabulary.forEach((word, id) => {
      if (word.length < FUZZY_MIN_LENGTH - 1 || !/\p{L}/u.test(word)) return;
      for (const pair of bigramsOf(word)) {
        const ids = this.bigrams.get(pair);
        if (ids) ids.push(id);
        else this.bigrams.set(pair, [id]);
      }
    });
  }

  /** Index of `word` in the vocabulary, or -1. */
  idOf(word: string): number {
    const at = this.lowerBound(word);
    return this.vocabulary[at] === word ? at : -1;
  }

  match(term: string): TermMatch[] {
    const cached = this.cache.get(term);
    if (cached) return cached;
    let matches = this.prefixMatches(term);
    if (matches[0]?.quality === 1 && term.length <= EXACT_ONLY_MAX_LENGTH) matches = matches.slice(0, 1);
    if (matches[0]?.quality !== 1 && term.length >= FUZZY_MIN_LENGTH && /\p{L}/u.test(term)) {
      const prefixed = new Set(matches.map((match) => match.id));
      for (const match of this.fuzzyMatches(term)) if (!prefixed.has(match.id)) matches.push(match);
    }
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(term, matches);
    return matches;
  }

  /** The word itself (first, when the vocabulary holds it) and the words it begins. */
  private prefixMatches(term: string): TermMatch[] {
    const matches: TermMatch[] = [];
    const start = this.lowerBound(term);
    for (let id = start; id < this.vocabulary.length && id - start < PREFIX_LIMIT; id++) {
      const word = this.vocabulary[id]!;
      if (!word.startsWith(term)) break;
      matches.push({ id, quality: completeness(term.length, word.length), highlight: term.length });
    }
    return matches;
  }

  /**
   * Words whose beginning is a typo or two away from the query: "kazakstan"
   * (a whole word) and "kazakst" (still being typed) both reach "kazakhstan".
   */
  private fuzzyMatches(term: string): TermMatch[] {
    const maxEdits = Math.floor(term.length * FUZZY_OPTIONS.threshold!);
    // A text within k edits of the query keeps all but at most 2k of the query's letter pairs.
    const pairs = bigramsOf(term);
    const needed = pairs.size - 2 * maxEdits;
    const shared = new Map<number, number>();
    for (const pair of pairs)
      for (const id of this.bigrams.get(pair) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    const matches: TermMatch[] = [];
    for (const [id, count] of shared) {
      const word = this.vocabulary[id]!;
      if (count < needed || word.length < term.length - maxEdits) continue;
      // Only the word's beginning: "share" is not a misspelling of "timeshare".
      const { isMatch, score } = Fuse.match(term, word.slice(0, term.length + maxEdits), FUZZY_OPTIONS);
      if (!isMatch) continue;
      const whole = word.length <= term.length + maxEdits;
      matches.push({
        id,
        quality: (1 - score) * FUZZY_WEIGHT * (whole ? 1 : completeness(term.length, word.length)),
        highlight: whole ? word.length : term.length,
      });
    }
    return matches;
  }

  private lowerBound(word: string): number {
    let low = 0;
    let high = this.vocabulary.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.vocabulary[mid]! < word) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

/** The letter pairs of a word: "kazak" → ka, az, za, ak. */
function bigramsOf(word: string): Set<string> {
  const pairs = new Set<string>();
  for (let i = 0; i < word.length - 1; i++) pairs.add(word.slice(i, i + 2));
  return pairs;
}

/** How much of a word the typed part covers: "export" → "exports" beats "exporters", and both lose to "export". */
function completeness(typed: number, length: number): number {
  return typed >= length ? 1 : 0.6 + 0.3 * (typed / length);
}
