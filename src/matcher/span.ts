import type { CaseMode } from '../model/entity.ts';

/** One phrase the matcher looks for. */
export interface MatcherEntry {
  text: string;
  case: CaseMode;
  /** The entity the phrase names, or `null` for a blocker (matches, wins by leftmost-longest, annotates nothing). */
  entityId: string | null;
  /** Index of the alias in its entity's `aliases`, carried into spans; -1 when not given. */
  aliasIndex?: number;
  /** Entity ids of which at least one must be mentioned unambiguously on the page; absent or empty = unconditional. */
  context?: readonly string[];
}

/** A match in a piece of text: `text.slice(start, end)` names `entityId`. */
export interface Span {
  start: number;
  end: number;
  entityId: string;
  /** The entity as an index into the matcher's `entityIds`: lets callers keep per-entity data in columns. */
  entityIndex: number;
  aliasIndex: number;
  /** True when the alias is ambiguous and the span only stands if one of `context` is confirmed on the page. */
  contextual: boolean;
  /** The alias's context entity ids; empty when not contextual. */
  context: readonly string[];
  /**
   * Another reading of the same characters (same start and end), tried when
   * this span's context is not confirmed, e.g. "Beijing" the government
   * (contextual) falling back to "Beijing" the city.
   */
  fallback?: Span;
  /**
   * Present when neither this span nor its fallbacks might stand (all
   * contextual): the leftmost-longest spans of the shorter aliases inside it,
   * shown instead if its context is not confirmed ("China" inside "visited
   * China in March", read as an event only on a page about Karim Masimov).
   */
  inner?: Span[];
}
