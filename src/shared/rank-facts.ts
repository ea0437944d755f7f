/**
 * Which facts an entity's card shows first. Facts that also involve other
 * entities on the same page lead: on a page about Kazakhstan that mentions
 * China, the China–Kazakhstan facts are the context the reader needs.
 */
import type { Fact } from '../dataset/types';

export function factsFor(entityId: string, facts: readonly Fact[]): Fact[] {
  return facts.filter((fact) => fact.entities.includes(entityId));
}

export function rankFacts(entityId: string, facts: readonly Fact[], onPage: ReadonlySet<string>): Fact[] {
  const score = (fact: Fact) => {
    const others = fact.entities.filter((id) => id !== entityId && onPage.has(id)).length;
    // More page context first; then facts with figures (what a reader hovers for); then focus (fewer entities).
    return others * 100 + (fact.figures.length > 0 ? 10 : 0) - fact.entities.length;
  };
  return factsFor(entityId, facts)
    .map((fact, index) => ({ fact, index, score: score(fact) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ fact }) => fact);
}
