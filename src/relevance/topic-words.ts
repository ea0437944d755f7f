/**
 * Which fact topics a piece of text is about, by the words of
 * `seeds/topics.yaml`. A listed word also covers its plain inflections
 * ("export": exports, exported, exporter, exporting; "economy": economies;
 * "trade": trading),
 * never a longer word ("import" is not in "important"). Case-insensitive.
 */
import type { TopicWords } from '../dataset/types';

/** Endings a listed word may take and still be the same word. */
const INFLECTIONS = ['s', 'es', 'ed', 'd', 'ing', 'er', 'ers', 'al', 'ally', 'ic', 'ical'];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function alternatives(word: string): string {
  const forms = [escape(word).replace(/[ -]/g, '[\\s\\-]+')];
  // "economy" → "economies", "economic"; "strategy" → "strategies".
  if (word.endsWith('y')) forms.push(`${escape(word.slice(0, -1))}(?:ies|ic|ical)`);
  // "trade" → "trading", "traded", "trader".
  if (word.endsWith('e')) forms.push(`${escape(word.slice(0, -1))}(?:ing|ed|er|ers)`);
  return `(?:${forms.join('|')})(?:${INFLECTIONS.join('|')})?`;
}

export class TopicMatcher {
  private readonly patterns: { topic: string; pattern: RegExp }[];

  constructor(topics: readonly TopicWords[]) {
    this.patterns = topics.map(({ topic, words }) => ({
      topic,
      // Word edges by Unicode letters, not \b, which knows only ASCII.
      pattern: new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${words.map(alternatives).join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'iu'),
    }));
  }

  /** Whether `text` has a word of `topic`. */
  has(text: string, topic: string): boolean {
    return this.patterns.some((p) => p.topic === topic && p.pattern.test(text));
  }

  /** Every topic `text` has a word of. */
  topicsIn(text: string): Set<string> {
    const found = new Set<string>();
    for (const { topic, pattern } of this.patterns) if (pattern.test(text)) found.add(topic);
    return found;
  }
}
