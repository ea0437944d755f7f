/**
 * Which fact topics a piece of text is about, by the words of
 * `seeds/topics.yaml`. A listed word also covers its plain inflections
 * ("export": exports, exported, exporter, exporting; "economy": economies;
 * "trade": trading),
 * never a longer word ("import" is not in "important"). Case-insensitive.
 */
import type { TopicWords } from '../model/fact.ts';

/** Endings a listed word may take and still be the same word. */
const INFLECTIONS = ['s', 'es', 'ed', 'd', 'ing', 'er', 'ers', 'al', 'ally', 'ic', 'ical'];
const WORD_SPLIT = /[^\p{L}\p{M}\p{N}]+/u;

/** Every written form a listed word or phrase covers (its last word inflected), lower-case, words joined by one space. */
export function formsOf(entry: string): string[] {
  const words = entry.toLowerCase().split(/[\s-]+/);
  const last = words.pop()!;
  const lastForms = [last, ...INFLECTIONS.map((ending) => last + ending)];
  // "economy" → "economies", "economic"; "strategy" → "strategies".
  if (last.endsWith('y')) lastForms.push(...['ies', 'ic', 'ical'].map((ending) => last.slice(0, -1) + ending));
  // "trade" → "trading", "traded", "trader".
  if (last.endsWith('e')) lastForms.push(...['ing', 'ed', 'er', 'ers'].map((ending) => last.slice(0, -1) + ending));
  return lastForms.map((form) => [...words, form].join(' '));
}

/**
 * Looks topics up by the words of a text: every form of every listed word is
 * a key, and a text's words (and runs as long as the longest listed phrase) are looked up once
 * each, so a text costs one pass whatever the number of topics and words.
 */
export class TopicMatcher {
  private readonly byForm = new Map<string, Set<string>>();
  /** The longest listed phrase, in words: how many words in a row are looked up together. */
  private readonly longest: number = 1;

  constructor(topics: readonly TopicWords[]) {
    for (const { topic, words } of topics) {
      for (const word of words) {
        this.longest = Math.max(this.longest, word.split(/[\s-]+/).length);
        for (const form of formsOf(word)) {
          let owners = this.byForm.get(form);
          if (!owners) this.byForm.set(form, (owners = new Set()));
          owners.add(topic);
        }
      }
    }
  }

  /** Whether `text` has a word of `topic`. */
  has(text: string, topic: string): boolean {
    return this.topicsIn(text).has(topic);
  }

  /** Every topic `text` has a word of. */
  topicsIn(text: string): Set<string> {
    const found = new Set<string>();
    const words = text.toLowerCase().split(WORD_SPLIT);
    for (let i = 0; i < words.length; i++) {
      let phrase = '';
      for (let n = 0; n < this.longest && i + n < words.length; n++) {
        const word = words[i + n]!;
        if (word === '') break;
        phrase = n === 0 ? word : `${phrase} ${word}`;
        const owners = this.byForm.get(phrase);
        if (owners) for (const topic of owners) found.add(topic);
      }
    }
    return found;
  }
}
