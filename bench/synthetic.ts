/**
 * Seeded synthetic data for the benchmark: dictionaries of 5,000 and 50,000
 * aliases (multi-word, diacritic and apostrophe names among them) and a
 * dataset of 10,000 facts for the popup. Deterministic, so runs compare.
 */
import type { Dataset } from '../src/model/dataset';
import type { Entity } from '../src/model/entity';
import type { Fact } from '../src/model/fact';
// The same seeded generator as the matcher's unit tests.
import { random as rng } from '../tests/unit/matcher/synthetic-dictionary';

export { rng };

const SYLLABLES = ['ka', 'zan', 'mor', 'vel', 'tis', 'ran', 'dor', 'bek', 'sul', 'ami', 'ten', 'gor', 'lin', 'sha', 'pol', 'rev', 'nur', 'xan', 'qua', 'zel'];
const ACCENTED = ['é', 'ö', 'ü', 'ç', 'ñ', 'å'];

/** A made-up proper name, so synthetic aliases never collide with English prose. */
function name(random: () => number): string {
  const parts = 2 + Math.floor(random() * 2);
  let word = '';
  for (let i = 0; i < parts; i++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  if (random() < 0.1) word = word.replace(/[aeiou]/, ACCENTED[Math.floor(random() * ACCENTED.length)]!);
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * `aliasCount` aliases over entities of one alias each: a fifth multi-word,
 * a tenth with a diacritic, a twentieth with an apostrophe. Every alias is
 * unique and matches as written (case `proper`), so every highlighter in the
 * benchmark can be given exactly the same list.
 */
export function syntheticEntities(aliasCount: number, seed = 1): Entity[] {
  const random = rng(seed);
  const seen = new Set<string>();
  const entities: Entity[] = [];
  while (entities.length < aliasCount) {
    let text = name(random);
    const roll = random();
    if (roll < 0.2) text = `${text} ${name(random)}`;
    else if (roll < 0.25) text = `${text}'${name(random).toLowerCase()}`;
    if (seen.has(text.toLowerCase())) continue;
    seen.add(text.toLowerCase());
    const id = `syn-${entities.length}`;
    entities.push({
      id,
      name: text,
      category: (['country', 'person', 'place', 'organization', 'initiative', 'event'] as const)[entities.length % 6]!,
      description: `Synthetic entity ${id}.`,
      aliases: [{ text, case: 'proper' }],
      blockers: [],
    });
  }
  return entities;
}

/** A dataset around `entities`, with `factCount` facts quoting one synthetic document. */
export function syntheticDataset(entities: Entity[], factCount: number, seed = 2): Dataset {
  const random = rng(seed);
  const topics = ['trade', 'investment', 'energy', 'economy', 'diplomacy', 'security'];
  const facts: Fact[] = [];
  for (let i = 0; i < factCount; i++) {
    const a = entities[Math.floor(random() * entities.length)]!;
    const b = entities[Math.floor(random() * entities.length)]!;
    const value = Math.round(random() * 1000) / 10;
    facts.push({
      id: `syn-fact-${i}`,
      text: `${a.name} and ${b.name} agreed on ${value} billion dollars of ${topics[i % topics.length]} deals.`,
      entities: [a.id, b.id],
      topic: topics[i % topics.length]!,
      period: String(2000 + (i % 25)),
      figures: [{ value: value * 1e9, unit: 'USD', text: `$${value} billion`, period: String(2000 + (i % 25)) }],
      source: { document: 'synthetic.txt', quote: `${a.name} signed $${value} billion with ${b.name}.` },
    });
  }
  return {
    version: `synthetic-${entities.length}-${factCount}`,
    documents: [{ id: 'synthetic.txt', title: 'Synthetic', publication: 'Bench', date: '2020-01-01', text: '' }],
    entities,
    facts,
    topics: [],
  };
}
