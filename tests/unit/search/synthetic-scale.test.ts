import { describe, expect, it } from 'vitest';
import { realDataset } from '../../support/real-dataset';
import { SearchIndex, type SearchHit } from '../../../src/search';
import { syntheticDataset } from './synthetic-dataset';

const seeds = realDataset();
const idOf = (hit: SearchHit) => (hit.kind === 'entity' ? `entity:${hit.entity.id}` : hit.fact.id);
const prefixes = (text: string) => Array.from({ length: text.length }, (_, i) => text.slice(0, i + 1));

describe('the seed facts among 10,000 synthetic ones', () => {
  const data = syntheticDataset(10_000, seeds);
  const started = performance.now();
  const index = new SearchIndex(data);
  const buildMs = performance.now() - started;

  it('is a dataset of the intended size, with a large vocabulary', () => {
    expect(data.facts.length).toBe(10_000 + seeds.facts.length);
    expect(index.vocabularySize).toBeGreaterThan(10_000);
  });

  it.each([
    ['84 billion', 'kazakhstan-exports-per-year'],
    ['one-fifth', 'export-share-china'],
    ['Kazakstan', 'entity:kazakhstan'],
    ['Massimov', 'entity:karim-masimov'],
    ['China Bystander', 'entity:china-bystander'],
  ])('still ranks the real answer to "%s" first', (query, expected) => {
    expect(idOf(index.search(query, {}, 10).hits[0]!)).toBe(expected);
  });

  it('finds the export-share fact when a third word sets it apart from thousands about exports and shares', () => {
    expect(index.search('export share', {}, 0).total).toBeGreaterThan(1_000);
    expect(index.search('export share china', {}, 3).hits.map(idOf)).toContain('export-share-china');
  });

  it('answers every keystroke of a typed query, keeping at most the requested hits', () => {
    const timings: number[] = [];
    for (const query of [...prefixes('export share'), ...prefixes('Kazakstan'), ...prefixes('84 billion'), ...prefixes('pipline')]) {
      const start = performance.now();
      const { hits } = index.search(query, {}, 40);
      timings.push(performance.now() - start);
      expect(hits.length).toBeLessThanOrEqual(40);
    }
    timings.sort((a, b) => a - b);
    // For the record, not a test: this machine's load decides the numbers.
    console.info(
      `10k facts: index built in ${buildMs.toFixed(0)} ms; ${timings.length} keystrokes: ` +
        `median ${timings[timings.length >> 1]!.toFixed(2)} ms, max ${timings.at(-1)!.toFixed(2)} ms`,
    );
  });

  it('filters at scale', () => {
    const { hits, total } = index.search('oil', { topic: 'energy' }, 50);
    expect(total).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.kind === 'fact' && hit.fact.topic).toBe('energy');
  });
});
