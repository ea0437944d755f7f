import { describe, expect, it } from 'vitest';
import { realDataset } from '../../support/real-dataset';
import { SearchIndex, type SearchHit } from '../../../src/search';

const data = realDataset();
const index = new SearchIndex(data);

const idOf = (hit: SearchHit) => (hit.kind === 'entity' ? `entity:${hit.entity.id}` : hit.fact.id);
const ids = (query: string, ...rest: Parameters<SearchIndex['search']> extends [string, ...infer R] ? R : never) =>
  index.search(query, ...rest).hits.map(idOf);

describe('searching the seed dataset', () => {
  it('finds the export-share fact for "export share"', () => {
    expect(ids('export share')).toContain('export-share-china');
  });

  it.each(['84 billion', '$84 billion', 'one-fifth', 'One fifth'])('finds the one-fifth export-share fact for "%s"', (query) => {
    expect(ids(query).slice(0, 3)).toContain('export-share-china');
  });

  it('ranks the fact that states a figure above one that only quotes it', () => {
    expect(ids('84 billion')[0]).toBe('kazakhstan-exports-per-year');
  });

  it('ranks an exact entity name first, then the facts about it', () => {
    const { hits } = index.search('Kazakhstan');
    expect(idOf(hits[0]!)).toBe('entity:kazakhstan');
    const about = data.facts.filter((fact) => fact.entities.includes('kazakhstan')).length;
    const next = hits.slice(1, 1 + about);
    expect(next.every((hit) => hit.kind === 'fact' && hit.fact.entities.includes('kazakhstan'))).toBe(true);
  });

  it.each([
    ['Kazakstan', 'kazakhstan'],
    ['Massimov', 'karim-masimov'],
    ['Masimov', 'karim-masimov'],
    ['Xinjang', 'xinjiang'],
    ['PRC', 'china'],
    ['silk road', 'silk-road-economic-belt'],
    ['kaz', 'kazakhstan'],
  ])('puts the entity first for "%s" (misspelt, an alias, or still being typed)', (query, entity) => {
    expect(ids(query)[0]).toBe(`entity:${entity}`);
  });

  it('finds facts by a misspelt word in their text', () => {
    expect(ids('pipline')).toContain('pipeline-oil-2013');
  });

  it('lists the facts about a named entity even when their words do not match', () => {
    // No fact says "PRC"; they are China's facts.
    expect(ids('PRC')).toContain('trade-2014');
  });

  it('does not read numbers fuzzily: 2013 is not 2014', () => {
    const facts = index.search('2013').hits.flatMap((hit) => (hit.kind === 'fact' ? [hit.fact] : []));
    expect(facts.length).toBeGreaterThan(0);
    for (const fact of facts) expect(JSON.stringify(fact)).toContain('2013');
  });

  it('requires every word of the query', () => {
    expect(ids('china zzzz')).toEqual([]);
    const hits = index.search('share russia').hits;
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      // The words may be in the fact or in its source's title ("China Tilts Kazakhstan Away From Russia").
      const source = hit.kind === 'fact' ? data.documents.find((d) => d.id === hit.fact.source.document) : undefined;
      const text = JSON.stringify([hit, source?.title]).toLowerCase();
      expect(text).toContain('share');
      expect(text).toContain('russia');
    }
    expect(ids('oil 2013')).toEqual(['pipeline-oil-2013']);
  });

  it('finds facts by their source publication and title', () => {
    const bystander = data.documents.find((d) => d.publication === 'China Bystander')!;
    const facts = index.search('Tilts Kazakhstan').hits.filter((hit) => hit.kind === 'fact');
    expect(facts.length).toBeGreaterThan(0);
    for (const hit of facts) if (hit.kind === 'fact') expect(hit.fact.source.document).toBe(bystander.id);
  });

  it('ignores a lone letter but still searches for stop words alone', () => {
    expect(index.search('k').total).toBe(0);
    expect(index.search('the').total).toBeGreaterThan(0);
    expect(ids('the export share')).toEqual(ids('export share'));
  });

  it.each(['🇨🇳🇰🇿', '(.*', '[a-z]+$', '\\d{2}', '!!', 'a b c'])('finds nothing for "%s", which has no word to search for, and says so', (query) => {
    const results = index.search(query);
    expect(results.noWords).toBe(true);
    expect(results.total).toBe(0);
    expect([...results.facets.categories.values(), ...results.facets.topics.values()].every((count) => count === 0)).toBe(true);
  });

  it('searches a query with a word in it as usual', () => {
    expect(index.search('oil (').noWords).toBe(false);
    expect(ids('oil (')).toEqual(ids('oil'));
  });

  it('takes a short name typed exactly as that name, first, and not as the start of longer words', () => {
    const results = index.search('Xi');
    expect(idOf(results.hits[0]!)).toBe('entity:xi-jinping');
    expect(results.hits.map(idOf)).not.toContain('entity:xinhua');
    expect(results.hits.map(idOf)).not.toContain('entity:xinjiang');
    expect([...results.highlights.keys()]).toEqual(['xi']);
    expect(ids('SCO')[0]).toBe('entity:sco');
  });

  it.each([
    ['Казахстан', 'kazakhstan'],
    ['Қазақстан', 'kazakhstan'],
    ['كازاخستان', 'kazakhstan'],
    ['哈萨克斯坦', 'kazakhstan'],
    ['Китай', 'china'],
    ['Си Цзиньпин', 'xi-jinping'],
  ])('finds "%s", a common name in another script, as its entity', (query, entity) => {
    expect(ids(query)[0]).toBe(`entity:${entity}`);
  });

  it('returns no more hits than the limit but counts them all', () => {
    const all = index.search('Kazakhstan');
    const some = index.search('Kazakhstan', {}, 5);
    expect(some.hits.map(idOf)).toEqual(all.hits.slice(0, 5).map(idOf));
    expect(some.total).toBe(all.total);
  });

  it('reports the vocabulary words it matched, with how much of each to mark', () => {
    const { highlights } = index.search('expor kazakstan');
    expect(highlights.get('exports')).toBe(5);
    expect(highlights.get('kazakhstan')).toBe('kazakhstan'.length);
  });
});

describe('filters', () => {
  it('narrows to a category: people, and facts about a person', () => {
    const all = index.search('Kazakhstan');
    const people = index.search('Kazakhstan', { category: 'person' });
    expect(people.total).toBeGreaterThan(0);
    expect(people.total).toBeLessThan(all.total);
    const personIds = new Set(data.entities.filter((e) => e.category === 'person').map((e) => e.id));
    for (const hit of people.hits) {
      if (hit.kind === 'entity') expect(hit.entity.category).toBe('person');
      else expect(hit.fact.entities.some((id) => personIds.has(id))).toBe(true);
    }
  });

  it('narrows to a topic, leaving facts only', () => {
    const { hits } = index.search('Kazakhstan', { topic: 'energy' });
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.kind === 'fact' && hit.fact.topic).toBe('energy');
  });

  it('counts for each chip the results it would leave', () => {
    const { facets } = index.search('Kazakhstan', { topic: 'trade' });
    expect(facets.categories.get('person') ?? 0).toBe(index.search('Kazakhstan', { topic: 'trade', category: 'person' }).total);
    expect(facets.topics.get('energy')).toBe(index.search('Kazakhstan', { topic: 'energy' }).total);
  });

  it('counts every chip of "oil" as the results it leaves, which overlap', () => {
    const { facets, total } = index.search('oil');
    for (const [category, count] of facets.categories) expect(index.search('oil', { category }).total, category).toBe(count);
    for (const [topic, count] of facets.topics) expect(index.search('oil', { topic }).total, topic).toBe(count);
    // Why the popup labels them: a fact about a country and an initiative counts under both.
    expect([...facets.categories.values()].reduce((sum, count) => sum + count, 0)).toBeGreaterThan(total);
  });

  it('narrows to one entity; without words, lists it first, then its facts with figures first', () => {
    const { hits, total } = index.search('', { entityId: 'karim-masimov' });
    expect(total).toBe(1 + index.factCount('karim-masimov'));
    expect(idOf(hits[0]!)).toBe('entity:karim-masimov');
    const figures = hits.slice(1).map((hit) => (hit.kind === 'fact' ? hit.fact.figures.length > 0 : false));
    expect(figures).toEqual([...figures].sort((a, b) => Number(b) - Number(a)));
    expect(ids('23.6', { entityId: 'karim-masimov' })).toEqual(
      ids('23.6').filter((id) => data.facts.find((f) => f.id === id)?.entities.includes('karim-masimov')),
    );
  });

  it('browses a topic without words', () => {
    const trade = data.facts.filter((fact) => fact.topic === 'trade');
    expect(index.search('', { topic: 'trade' }).total).toBe(trade.length);
  });
});
