import * as v from 'valibot';
import type { DatasetIssue } from './dataset-error.ts';
import { readSeedRecords } from './read-seed-records.ts';
import { TOPICS } from './seed-schemas.ts';
import type { TopicWords } from '../model/fact.ts';

/** A topic word: lower-case letters, with single spaces or hyphens between words, three letters or more. */
const TOPIC_WORD = /^\p{Ll}[\p{Ll}\p{M}]*(?:[ -]\p{Ll}[\p{Ll}\p{M}]*)*$/u;

export const TopicSeedSchema = v.strictObject({
  topic: v.picklist(TOPICS, `topic must be one of ${TOPICS.join(', ')}`),
  words: v.pipe(v.array(v.string('each word must be a string')), v.minLength(1, 'words must list at least one word')),
});

/**
 * `seeds/topics.yaml`: the words that say a paragraph is about a fact's
 * topic (src/relevance/topic-words.ts reads them on the page). Every topic
 * facts may carry needs its record, so no fact is left unable to relate.
 */
export function compileTopics(file: string, yamlText: string, issues: DatasetIssue[]): TopicWords[] {
  const { records } = readSeedRecords(file, yamlText, 'topic', 'topic', TopicSeedSchema, issues);
  const topics: TopicWords[] = [];
  const seen = new Set<string>();
  for (const { label, value } of records) {
    const problems: string[] = [];
    if (seen.has(value.topic)) problems.push(`topic "${value.topic}" is listed twice`);
    seen.add(value.topic);
    const words = new Set<string>();
    for (const word of value.words) {
      if (!TOPIC_WORD.test(word) || word.length < 3) problems.push(`word "${word}" must be lower-case letters (spaces or hyphens between words), three or more`);
      else if (words.has(word)) problems.push(`word "${word}" is listed twice`);
      words.add(word);
    }
    for (const reason of problems) issues.push({ file, record: label, rule: 'topic-word', reason });
    if (problems.length === 0) topics.push({ topic: value.topic, words: [...words] });
  }
  for (const topic of TOPICS) {
    if (!seen.has(topic)) issues.push({ file, rule: 'topic-missing', reason: `topic "${topic}" has no words (every topic a fact may carry needs a record)` });
  }
  return topics;
}
