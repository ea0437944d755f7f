/**
 * Which facts an entity's card shows first. The reader's context decides:
 * facts that involve entities named near the hovered word (same paragraph)
 * lead, then facts involving anything else on the page, then sourced figures
 * (what a reader hovers for), then focus (facts about fewer things).
 * On a page about Kazakhstan that mentions China, China–Kazakhstan facts lead.
 */
import type { Fact } from '../../model/fact';

export interface RankContext {
  /** Entities mentioned anywhere on the page. */
  onPage: ReadonlySet<string>;
  /** Entities mentioned next to the hovered word. */
  nearby?: ReadonlySet<string>;
}

export function factsFor(entityId: string, facts: readonly Fact[]): Fact[] {
  return facts.filter((fact) => fact.entities.includes(entityId));
}

export function rankFacts(entityId: string, facts: readonly Fact[], context: RankContext): Fact[] {
  const score = (fact: Fact) => {
    const others = fact.entities.filter((id) => id !== entityId);
    const near = context.nearby ? others.filter((id) => context.nearby!.has(id)).length : 0;
    const onPage = others.filter((id) => context.onPage.has(id)).length;
    return near * 1000 + (onPage > 0 ? 300 : 0) + (fact.figures.length > 0 ? 100 : 0) + onPage * 10 - fact.entities.length;
  };
  return factsFor(entityId, facts)
    .map((fact, index) => ({ fact, index, score: score(fact) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ fact }) => fact);
}

/** A card's facts for the page: those that relate to it first, the rest as background; each part ranked. */
export function splitFactsForPage(
  entityId: string,
  facts: readonly Fact[],
  context: RankContext,
  relates: (fact: Fact) => boolean,
): { related: Fact[]; background: Fact[] } {
  const related: Fact[] = [];
  const background: Fact[] = [];
  for (const fact of rankFacts(entityId, facts, context)) (relates(fact) ? related : background).push(fact);
  return { related, background };
}
