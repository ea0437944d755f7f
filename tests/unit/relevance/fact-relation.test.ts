import { describe, expect, it } from 'vitest';
import { factRelates, relatedEntities, type FactLink, type PageRelationContext } from '../../../src/relevance/fact-relation';

const COUNTRIES = new Set(['china', 'kazakhstan', 'russia', 'the-west', 'central-asia']);
const PLACES = new Set(['horgos', 'moscow', 'astana']);

/** A page that names `named` in its main content, with `topics` in the paragraphs around each entity. */
function page(named: string[], topics: Record<string, string[]> = {}): PageRelationContext {
  return {
    named: new Set(named),
    isCountry: (id) => COUNTRIES.has(id),
    isSpecific: (id) => !COUNTRIES.has(id) && !PLACES.has(id),
    topicNear: (id, topic) => topics[id]?.includes(topic) ?? false,
  };
}

const tradeChinaKazakhstan: FactLink = { entities: ['china', 'kazakhstan'], topic: 'trade' };
const horgosZone: FactLink = { entities: ['horgos-ftz', 'horgos', 'kazakhstan'], topic: 'infrastructure' };
const kazakhGdp: FactLink = { entities: ['kazakhstan'], topic: 'economy' };
const xiStopover: FactLink = { entities: ['xi-jinping', 'kazakhstan', 'russia', 'victory-day-2015'], topic: 'diplomacy' };

describe('factRelates', () => {
  it('needs the entity itself in the main content', () => {
    expect(factRelates(tradeChinaKazakhstan, 'china', page(['kazakhstan'], { kazakhstan: ['trade'] }))).toBe(false);
  });

  it('needs the fact’s core (its first two entities) named: a China–Kazakhstan fact says nothing on a US–China page', () => {
    expect(factRelates(tradeChinaKazakhstan, 'china', page(['china', 'the-west'], { china: ['trade'] }))).toBe(false);
    expect(factRelates(xiStopover, 'xi-jinping', page(['xi-jinping', 'russia'], { 'xi-jinping': ['diplomacy'] }))).toBe(false);
    // More than half of its countries, too: the stopover was in Kazakhstan on the way to Russia.
    expect(factRelates(xiStopover, 'xi-jinping', page(['xi-jinping', 'kazakhstan'], { 'xi-jinping': ['diplomacy'] }))).toBe(false);
    expect(factRelates(xiStopover, 'xi-jinping', page(['xi-jinping', 'kazakhstan', 'russia'], { 'xi-jinping': ['diplomacy'] }))).toBe(true);
  });

  it('needs at least one of the fact’s other entities named', () => {
    const meeting: FactLink = { entities: ['li-keqiang', 'karim-masimov', 'beijing'], topic: 'diplomacy' };
    expect(factRelates(meeting, 'beijing', page(['beijing', 'china'], { beijing: ['diplomacy'] }))).toBe(false);
    expect(factRelates(meeting, 'beijing', page(['beijing', 'li-keqiang']))).toBe(false);
    expect(factRelates(meeting, 'beijing', page(['beijing', 'li-keqiang', 'karim-masimov']))).toBe(true);
  });

  it('needs one of the fact’s places, people or initiatives named, when it has any besides countries', () => {
    const landPort: FactLink = { entities: ['china', 'xinjiang', 'horgos', 'horgos-ftz'], topic: 'infrastructure' };
    const hongKong = page(['china', 'xinjiang'], { china: ['infrastructure'] });
    expect(factRelates(landPort, 'china', { ...hongKong, isCountry: (id) => COUNTRIES.has(id) || id === 'xinjiang' })).toBe(false);
    const khorgos = page(['china', 'xinjiang', 'horgos'], { china: ['infrastructure'] });
    expect(factRelates(landPort, 'china', { ...khorgos, isCountry: (id) => COUNTRIES.has(id) || id === 'xinjiang' })).toBe(true);
  });

  it('relates a fact led by a place or an initiative through a named country and the topic', () => {
    expect(factRelates(horgosZone, 'horgos', page(['horgos', 'horgos-ftz', 'kazakhstan'], { horgos: ['infrastructure'] }))).toBe(true);
    expect(factRelates(horgosZone, 'horgos', page(['horgos', 'kazakhstan'], { horgos: ['infrastructure'] }))).toBe(false);
  });

  it('lets countries alone relate only when the paragraph is about the fact’s topic', () => {
    expect(factRelates(tradeChinaKazakhstan, 'china', page(['china', 'kazakhstan']))).toBe(false);
    expect(factRelates(tradeChinaKazakhstan, 'china', page(['china', 'kazakhstan'], { china: ['trade'] }))).toBe(true);
    // Tennis: Kazakhstan and Russia named together, no word of trade.
    const tennis = page(['kazakhstan', 'russia'], { kazakhstan: ['geography'] });
    expect(factRelates({ entities: ['kazakhstan', 'russia'], topic: 'trade' }, 'kazakhstan', tennis)).toBe(false);
  });

  it('relates on a specific co-entity (a person, an organisation, an initiative, an event) without topic words', () => {
    expect(factRelates(horgosZone, 'kazakhstan', page(['kazakhstan', 'horgos', 'horgos-ftz']))).toBe(true);
    expect(factRelates(horgosZone, 'horgos', page(['horgos', 'horgos-ftz', 'kazakhstan']))).toBe(true);
  });

  it('takes a city for as much of a chance as a country, and needs most of the fact’s countries', () => {
    const rivalry: FactLink = { entities: ['china', 'russia', 'moscow', 'the-west', 'central-asia'], topic: 'diplomacy' };
    // A page on a Russian treaty that names China once, and Moscow.
    expect(factRelates(rivalry, 'russia', page(['russia', 'china', 'moscow']))).toBe(false);
    expect(factRelates(rivalry, 'russia', page(['russia', 'china', 'central-asia', 'moscow'], { russia: ['diplomacy'] }))).toBe(true);
    const threeCountries: FactLink = { entities: ['kazakhstan', 'xi-jinping', 'china', 'russia', 'the-west'], topic: 'diplomacy' };
    expect(factRelates(threeCountries, 'xi-jinping', page(['xi-jinping', 'kazakhstan'], { 'xi-jinping': ['diplomacy'] }))).toBe(false);
    expect(factRelates(threeCountries, 'xi-jinping', page(['xi-jinping', 'kazakhstan', 'china'], { 'xi-jinping': ['diplomacy'] }))).toBe(false);
    expect(factRelates(threeCountries, 'xi-jinping', page(['xi-jinping', 'kazakhstan', 'china', 'russia'], { 'xi-jinping': ['diplomacy'] }))).toBe(true);
  });

  it('never lets topic words stand in for the entities', () => {
    expect(factRelates(horgosZone, 'kazakhstan', page(['kazakhstan'], { kazakhstan: ['infrastructure'] }))).toBe(false);
  });

  it('relates a fact about one entity by its topic alone', () => {
    expect(factRelates(kazakhGdp, 'kazakhstan', page(['kazakhstan']))).toBe(false);
    expect(factRelates(kazakhGdp, 'kazakhstan', page(['kazakhstan'], { kazakhstan: ['economy'] }))).toBe(true);
  });
});

describe('relatedEntities', () => {
  it('keeps the entities with at least one related fact', () => {
    const facts: Record<string, FactLink[]> = {
      china: [tradeChinaKazakhstan],
      kazakhstan: [tradeChinaKazakhstan, horgosZone],
      horgos: [horgosZone],
      'horgos-ftz': [horgosZone],
    };
    const context = page(['china', 'kazakhstan', 'horgos', 'horgos-ftz']);
    // The zone itself links only to a place and a country, and no topic word is near: background.
    expect(relatedEntities(context.named, (id) => facts[id] ?? [], context)).toEqual(new Set(['kazakhstan', 'horgos']));
  });
});
