/**
 * Searches the empty popup offers. Drawn from the data, so each one finds
 * something whatever the dataset holds: the best-documented entity of each of
 * the best-documented categories (a country, a person, an initiative rather
 * than three countries), then the largest dollar figure.
 */
import type { Category, Entity } from '../model/entity';
import { formatValue } from '../shared/format-figure';
import type { SearchableData } from './searchable-fields';

export function suggestedSearches(data: SearchableData, entityCount = 3): string[] {
  const factCounts = new Map<string, number>();
  for (const fact of data.facts) for (const id of fact.entities) factCounts.set(id, (factCounts.get(id) ?? 0) + 1);
  const bestByCategory = new Map<Category, Entity>();
  for (const entity of data.entities) {
    const best = bestByCategory.get(entity.category);
    if ((factCounts.get(entity.id) ?? 0) > (best ? factCounts.get(best.id) ?? 0 : 0)) bestByCategory.set(entity.category, entity);
  }
  const entities = [...bestByCategory.values()]
    .sort((a, b) => factCounts.get(b.id)! - factCounts.get(a.id)!)
    .slice(0, entityCount)
    .map((entity) => entity.name);
  const dollars = data.facts.flatMap((fact) => fact.figures).filter((figure) => figure.unit === 'USD');
  const largest = dollars.reduce<(typeof dollars)[number] | undefined>((max, figure) => (!max || figure.value > max.value ? figure : max), undefined);
  return largest ? [...entities, formatValue(largest)] : entities;
}
