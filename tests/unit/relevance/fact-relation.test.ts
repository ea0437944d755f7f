import { describe, expect, it } from 'vitest';
import { factRelates, relatedEntities, type FactLink, type PageRelationContext } from '../../../src/relevance/fact-relation';

const COUNTRIES = new Set(['china', 'kazakhstan', 'russia', 'the-west']);

/** A page that names `named` in its main content, with `topics` in the paragraphs around each entity. */
function page(named: string[], topics: Record<string, string[]> = {}): PageRelationContext {
  return {
    named: new Set(named),
    isSpecific: (id) => !COUNTRIES.has(id),
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
  });

  it('lets countries alone relate only when the paragraph is about the fact’s topic', () => {
    expect(factRelates(tradeChinaKazakhstan, 'china', page(['china', 'kazakhstan']))).toBe(false);
    expect(factRelates(tradeChinaKazakhstan, 'china', page(['china', 'kazakhstan'], { china: ['trade'] }))).toBe(true);
    // Tennis: Kazakhstan and Russia named together, no word of trade.
    const tennis = page(['kazakhstan', 'russia'], { kazakhstan: ['geography'] });
    expect(factRelates({ entities: ['kazakhstan', 'russia'], topic: 'trade' }, 'kazakhstan', tennis)).toBe(false);
  });

  it('relates on a specific co-entity (a place, a person, an initiative) without topic words', () => {
    expect(factRelates(horgosZone, 'kazakhstan', page(['kazakhstan', 'horgos', 'horgos-ftz']))).toBe(true);
    expect(factRelates(horgosZone, 'horgos', page(['horgos', 'horgos-ftz']))).toBe(true);
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
    expect(relatedEntities(context.named, (id) => facts[id] ?? [], context)).toEqual(new Set(['kazakhstan', 'horgos', 'horgos-ftz']));
  });
});
