import type { Entity } from '../model/entity.ts';
import { compileMatcher } from './compile-matcher.ts';
import type { Matcher } from './matcher.ts';
import type { MatcherEntry } from './span.ts';

/**
 * One entry per alias (carrying its index and context) and one per blocker.
 * Blockers match case-insensitively: blocking "AIR ASTANA" in a headline is
 * as right as blocking "Air Astana", and a blocker matching more loosely can
 * only hide spans inside its own phrase.
 */
export function matcherEntriesFromEntities(entities: readonly Entity[]): MatcherEntry[] {
  const entries: MatcherEntry[] = [];
  for (const entity of entities) {
    entity.aliases.forEach((alias, aliasIndex) => {
      const entry: MatcherEntry = { text: alias.text, case: alias.case, entityId: entity.id, aliasIndex };
      if (alias.context && alias.context.length > 0) entry.context = alias.context;
      entries.push(entry);
    });
    for (const blocker of entity.blockers) {
      entries.push({ text: blocker, case: 'any', entityId: null });
    }
  }
  return entries;
}

/** A matcher for a dataset's entities: their aliases and blockers. */
export function matcherFromEntities(entities: readonly Entity[]): Matcher {
  return compileMatcher(matcherEntriesFromEntities(entities));
}
