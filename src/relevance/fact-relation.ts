/**
 * Whether a fact relates to the page being read: the rule docs/relevance.md
 * explains. Pure: the page supplies what its main content names and which
 * topics the paragraphs around an entity are about.
 *
 * A fact about entity E relates to the page when
 *  1. the page's main content names E;
 *  2. it also names the fact's core: its first two entities (facts list the
 *     entities they are about most first), so a China–Kazakhstan fact needs
 *     both China and Kazakhstan in the article;
 *  3. and the link is specific: either the main content names another of
 *     the fact's entities that is not a country or region (a person, place,
 *     organisation, initiative or event: these do not turn up by chance), or
 *     a paragraph of the main content that names E also has a word of the
 *     fact's topic. Countries are named together on pages about anything
 *     (tennis, tariffs): for them the topic has to agree too.
 * Topic words never stand in for the entities: a fact whose core is not
 * named never relates, whatever the words around it.
 */

/** What the relation rule needs of a fact. */
export interface FactLink {
  /** The entities the fact is about, most first. */
  entities: readonly string[];
  topic: string;
}

export interface PageRelationContext {
  /** Entities the page's main content names. */
  named: ReadonlySet<string>;
  /** Whether an entity is specific enough to link on its own (not a country or region). */
  isSpecific(entityId: string): boolean;
  /** Whether a main-content paragraph that names `entityId` has a word of `topic`. */
  topicNear(entityId: string, topic: string): boolean;
}

/** How many of a fact's first entities must all be named: its core. */
const CORE_SIZE = 2;

export function factRelates(fact: FactLink, entityId: string, page: PageRelationContext): boolean {
  if (!page.named.has(entityId)) return false;
  const core = fact.entities.slice(0, CORE_SIZE);
  if (!core.every((id) => page.named.has(id))) return false;
  const specific = fact.entities.some((id) => id !== entityId && page.named.has(id) && page.isSpecific(id));
  return specific || page.topicNear(entityId, fact.topic);
}

/** The entities among `present` that have at least one fact relating to the page. */
export function relatedEntities(
  present: Iterable<string>,
  factsOf: (entityId: string) => readonly FactLink[],
  page: PageRelationContext,
): Set<string> {
  const related = new Set<string>();
  for (const id of present) if (factsOf(id).some((fact) => factRelates(fact, id, page))) related.add(id);
  return related;
}
