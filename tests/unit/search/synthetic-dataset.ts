import { CATEGORIES, type Entity } from '../../../src/model/entity';
import type { Dataset } from '../../../src/model/dataset';
import type { Fact, Figure } from '../../../src/model/fact';
import { TOPICS } from '../../../src/dataset';
import { random } from '../matcher/synthetic-dictionary';

const SYLLABLES = ['ka', 'zan', 'tor', 'mi', 'bel', 'os', 'ur', 'va', 'ren', 'dal', 'sho', 'kin', 'pa', 'li', 'mar', 'ne', 'zu', 'ga', 'bor', 'tei'];
// Everyday words recur across facts, as they do in real prose: their postings are long.
const COMMON = ['the', 'of', 'and', 'to', 'in', 'trade', 'exports', 'imports', 'oil', 'gas', 'investment', 'billion', 'million', 'growth',
  'border', 'pipeline', 'rail', 'agreement', 'signed', 'visit', 'minister', 'president', 'percent', 'share', 'deal', 'bank', 'loan',
  'project', 'region', 'market', 'economy', 'security', 'summit', 'capital', 'province', 'port', 'zone', 'corridor', 'tariff'];
const UNITS: [string, (rnd: () => number) => Omit<Figure, 'period'>][] = [
  ['USD', (rnd) => { const n = 1 + Math.floor(rnd() * 900); return { value: n * 1e8, unit: 'USD', text: `$${n / 10} billion` }; }],
  ['percent', (rnd) => { const n = Math.floor(rnd() * 1000) / 10; return { value: n, unit: 'percent', text: `${n} percent` }; }],
  ['barrels', (rnd) => { const n = 1 + Math.floor(rnd() * 500); return { value: n * 1e6, unit: 'barrels', text: `${n} million barrels` }; }],
];

function pick<T>(rnd: () => number, items: readonly T[]): T {
  return items[Math.floor(rnd() * items.length)]!;
}

function word(rnd: () => number): string {
  let text = '';
  for (let i = 0, n = 2 + Math.floor(rnd() * 3); i < n; i++) text += pick(rnd, SYLLABLES);
  return text;
}

function sentence(rnd: () => number, vocabulary: readonly string[], words: number, names: readonly string[]): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    const r = rnd();
    out.push(r < 0.45 ? pick(rnd, COMMON) : r < 0.55 ? pick(rnd, names) : pick(rnd, vocabulary));
  }
  return out.join(' ');
}

const capital = (text: string) => text[0]!.toUpperCase() + text.slice(1);

/**
 * A dataset of `factCount` made-up facts (about 100 times the seeds' size at
 * 5,000), with one entity per ten facts, one document per fifty, a vocabulary
 * of about 20,000 invented words plus common English ones, and figures in
 * dollars, percent and barrels. When `base` is given its records come first,
 * so real queries can be checked against a crowd of decoys.
 */
export function syntheticDataset(factCount: number, base?: Dataset, seed = 7): Dataset {
  const rnd = random(seed);
  const vocabulary = Array.from({ length: 20_000 }, () => word(rnd));
  const entities: Entity[] = Array.from({ length: Math.ceil(factCount / 10) }, (_, i) => {
    const name = `${capital(word(rnd))} ${capital(word(rnd))}`;
    return {
      id: `synthetic-entity-${i}`,
      name,
      category: pick(rnd, CATEGORIES),
      description: `${name} is a made-up entity.`,
      aliases: [{ text: name, case: 'proper' }, { text: capital(word(rnd)), case: 'proper' }],
      blockers: [],
    };
  });
  const names = entities.map((e) => e.name);
  const documents = Array.from({ length: Math.ceil(factCount / 50) }, (_, i) => ({
    id: `synthetic-${i}.txt`,
    title: capital(sentence(rnd, vocabulary, 6, names)),
    publication: `${capital(word(rnd))} Times`,
    date: `20${10 + Math.floor(rnd() * 15)}-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}`,
    text: '',
  }));
  const facts: Fact[] = Array.from({ length: factCount }, (_, i) => {
    const figures: Figure[] = [];
    for (let f = 0, n = Math.floor(rnd() * 3); f < n; f++) figures.push({ ...pick(rnd, UNITS)[1](rnd), period: '2015' });
    const quote = `${capital(sentence(rnd, vocabulary, 20 + Math.floor(rnd() * 20), names))} ${figures.map((g) => g.text).join(' and ')}.`;
    return {
      id: `synthetic-fact-${i}`,
      text: `${capital(sentence(rnd, vocabulary, 12 + Math.floor(rnd() * 12), names))}.`,
      entities: [pick(rnd, entities).id, pick(rnd, entities).id],
      topic: pick(rnd, TOPICS),
      figures,
      period: '2015',
      ...(rnd() < 0.3 ? { metric: `metric-${Math.floor(rnd() * 1000)}` } : {}),
      source: { document: pick(rnd, documents).id, quote },
    };
  });
  return {
    version: '0.0.0+synthetic',
    documents: [...(base?.documents ?? []), ...documents],
    entities: [...(base?.entities ?? []), ...entities],
    facts: [...(base?.facts ?? []), ...facts],
    topics: base?.topics ?? [],
  };
}
