/**
 * The entities Geolens knows, as the compiler (src/dataset) produces them from
 * seeds/entities.yaml: what the matcher, the page, the card and the popup
 * read. Never hand-written.
 */

export const CATEGORIES = [
  'country',
  'person',
  'place',
  'organization',
  'initiative',
  'event',
] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * How an alias must match the page text.
 * - `exact`: same case only ("Xi", "AIIB", "SCO").
 * - `proper`: as written or in ALL CAPS ("China", "CHINA", never "china").
 * - `any`: case-insensitive.
 */
export type CaseMode = 'exact' | 'proper' | 'any';

export interface Alias {
  text: string;
  case: CaseMode;
  /**
   * Context rule for ambiguous aliases: this alias only fires when the same
   * page also mentions one of these entities through an unambiguous alias.
   */
  context?: string[];
}

export interface Entity {
  id: string;
  name: string;
  category: Category;
  /** One sentence, in our own words. */
  description: string;
  aliases: Alias[];
  /**
   * Longer proper names that contain one of this entity's aliases but mean
   * something else ("Air Astana", "Astana Times" for the city). They match
   * like aliases and win by leftmost-longest, but annotate nothing.
   */
  blockers: string[];
}

/** What the card shows of an entity; the aliases and blockers live in the compiled matcher. */
export type CardEntity = Pick<Entity, 'id' | 'name' | 'category' | 'description'>;
