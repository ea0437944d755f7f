/**
 * Whether a fact relates to the page being read: the rule docs/relevance.md
 * explains. Pure: the page supplies what its main content names and which
 * topics the paragraphs around an entity are about.
 *
 * A fact about entity E relates to the page when
 *  1. the page's main content names E;
 *  2. it names at least one of the fact's other entities, if it has any;
 *     and if the fact is about anything besides countries and regions (a
 *     place, a person, an initiative…), it names one of those too (E
 *     itself counts): a fact about the Horgos border crossing says nothing
 *     on a page that names China and Xinjiang but not Horgos;
 *  3. it names the fact's first two entities, its core (facts list what
 *     they are about most first), and more than half of all its countries
 *     and regions: a China–Kazakhstan fact needs both in the article, so it
 *     says nothing on a page about US–China tariffs; a fact on China, Russia,
 *     the West and Central Asia says nothing on a page about a Russian
 *     treaty that names China once;
 *  4. and the link is specific: either the main content names another of
 *     the fact's entities that is a person, an organisation, an initiative
 *     or an event (these do not turn up by chance), or a paragraph of the
 *     main content that names E also has a word of the fact's topic.
 *     Countries, regions and cities are named together on pages about
 *     anything (tennis, tariffs, treaties): for them the topic has to agree
 *     too.
 * Topic words never stand in for the entities: a fact whose entities are not
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
  /** Whether an entity is a country or region. */
  isCountry(entityId: string): boolean;
  /** Whether an entity is specific enough to link on its own: a person, organisation, initiative or event. */
  isSpecific(entityId: string): boolean;
  /** Whether a main-content paragraph that names `entityId` has a word of `topic`. */
  topicNear(entityId: string, topic: string): boolean;
}

/** How many of a fact's first entities make its core, which the page must name. */
const CORE_SIZE = 2;

export function factRelates(fact: FactLink, entityId: string, page: PageRelationContext): boolean {
  if (!page.named.has(entityId)) return false;
  const others = fact.entities.filter((id) => id !== entityId);
  if (others.length > 0 && !others.some((id) => page.named.has(id))) return false;
  const things = fact.entities.filter((id) => !page.isCountry(id));
  if (things.length > 0 && !things.some((id) => page.named.has(id))) return false;
  const core = fact.entities.slice(0, CORE_SIZE);
  if (!core.every((id) => page.named.has(id))) return false;
  const countries = fact.entities.filter((id) => page.isCountry(id));
  if (countries.length > 0 && countries.filter((id) => page.named.has(id)).length * 2 <= countries.length) return false;
  const specific = others.some((id) => page.named.has(id) && page.isSpecific(id));
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
