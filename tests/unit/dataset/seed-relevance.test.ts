import { describe, expect, it } from 'vitest';
import { realDataset } from '../../support/real-dataset';
import { TOPICS } from '../../../src/dataset';
import { encodeRelevanceData, decodeRelevanceData } from '../../../src/relevance/relevance-data';

const dataset = realDataset();

describe('the real seeds, for relevance (docs/relevance.md)', () => {
  it('describe entities neutrally: what they are, not what they are to one country', () => {
    for (const entity of dataset.entities) {
      expect(entity.description, entity.id).not.toMatch(/\b[A-Z][\w-]*['’]s\s+(?:\w+\s+)?neighbou?r\b/);
    }
  });

  it('give every topic a fact carries its words', () => {
    const covered = new Set(dataset.topics.map((t) => t.topic));
    for (const fact of dataset.facts) expect(covered.has(fact.topic), fact.id).toBe(true);
    expect([...covered].sort()).toEqual([...TOPICS].sort());
  });

  it('say what each document is about, so the card can state the dataset’s scope', () => {
    for (const document of dataset.documents) expect(document.subject, document.id).toMatch(/\S/);
  });

  it('travel to the content script whole', () => {
    const decoded = decodeRelevanceData(encodeRelevanceData(dataset));
    expect(decoded.facts).toEqual(dataset.facts.map(({ topic, entities }) => ({ topic, entities })));
    expect(decoded.topics).toEqual(dataset.topics);
  });
});
