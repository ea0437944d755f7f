/**
 * What the content script carries to judge relevance on the page: each
 * fact's topic and entities, and the topic words. One module writes it (the
 * build, src/build/dataset-plugin.ts) and reads it (the content script), so
 * the format has one owner; a unit test round-trips it.
 *
 * Format, a JSON string: `{"t": [[topic, "word|word|…"]…], "f": [[topicIndex, entityId…]…],
 * "c": {entityId: category…}}`, the categories of the entities facts name (the rule
 * treats countries, places and the rest differently, and a page knows only
 * the categories of the entities it has met).
 */
import type { Category, Entity } from '../model/entity.ts';
import type { Fact, TopicWords } from '../model/fact.ts';
import type { FactLink } from './fact-relation.ts';

export interface RelevanceData {
  facts: FactLink[];
  topics: TopicWords[];
  /** The category of every entity a fact names. */
  categories: Map<string, Category>;
}

interface Encoded {
  /** Each topic with its words joined by "|" (a topic no word list covers has ""). */
  t: [string, string][];
  f: (number | string)[][];
  c: Record<string, Category>;
}

export function encodeRelevanceData(data: {
  facts: readonly Pick<Fact, 'topic' | 'entities'>[];
  topics: readonly TopicWords[];
  entities: readonly Pick<Entity, 'id' | 'category'>[];
}): string {
  const named = new Set(data.facts.flatMap((fact) => fact.entities));
  const topicNames = [...new Set([...data.topics.map((t) => t.topic), ...data.facts.map((f) => f.topic)])];
  const encoded: Encoded = {
    t: topicNames.map((topic) => [topic, (data.topics.find((t) => t.topic === topic)?.words ?? []).join('|')]),
    f: data.facts.map((fact) => [topicNames.indexOf(fact.topic), ...fact.entities]),
    c: Object.fromEntries(data.entities.filter((e) => named.has(e.id)).map((e) => [e.id, e.category])),
  };
  return JSON.stringify(encoded);
}

export function decodeRelevanceData(text: string): RelevanceData {
  const encoded = JSON.parse(text) as Encoded;
  const names = encoded.t.map(([topic]) => topic);
  return {
    topics: encoded.t.filter(([, words]) => words !== '').map(([topic, words]) => ({ topic, words: words.split('|') })),
    facts: encoded.f.map(([topic, ...entities]) => ({ topic: names[topic as number]!, entities: entities as string[] })),
    categories: new Map(Object.entries(encoded.c)),
  };
}

/** Each entity's facts, for `relatedEntities`. */
export function factsByEntity(facts: readonly FactLink[]): Map<string, FactLink[]> {
  const byEntity = new Map<string, FactLink[]>();
  for (const fact of facts) {
    for (const id of fact.entities) {
      let list = byEntity.get(id);
      if (!list) byEntity.set(id, (list = []));
      list.push(fact);
    }
  }
  return byEntity;
}
