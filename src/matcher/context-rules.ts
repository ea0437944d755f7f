import type { Span } from './span';

/**
 * Context rules for ambiguous aliases ("Xi", "Silk Road", "Beijing" as the
 * government). The matcher runs per text chunk and cannot know the page, so
 * it emits contextual spans as they are; these functions decide, once the
 * page's spans are known, which of them stand.
 *
 * Only unambiguous (non-contextual) spans confirm an entity. Letting a
 * resolved contextual span confirm others would make the outcome depend on
 * resolution order and allow two ambiguous aliases to confirm each other.
 * Confirmation only grows as text arrives; a chunk resolved earlier may then
 * read differently (a contextual span now standing instead of its fallback or
 * of the spans nested in it), which `dependsOnContext` detects.
 */

/**
 * Adds to `into` (and returns it) every entity that `spans` mention
 * unambiguously, including unambiguous spans nested inside ambiguous ones:
 * "China" in "visited China in March" names China whichever way the outer
 * span resolves.
 */
export function confirmedEntities(spans: Iterable<Span>, into: Set<string> = new Set<string>()): Set<string> {
  for (const span of spans) {
    if (!span.contextual) into.add(span.entityId);
    else if (span.inner) confirmedEntities(span.inner, into);
  }
  return into;
}

/** The reading of `span` that stands given the confirmed entities: itself, one of its fallbacks, or none. */
export function resolveSpan(span: Span, confirmed: ReadonlySet<string>): Span | undefined {
  for (let s: Span | undefined = span; s; s = s.fallback) {
    if (!s.contextual || s.context.some((id) => confirmed.has(id))) return s;
  }
  return undefined;
}

/**
 * The spans to show: each span resolved to the reading that stands, or, when
 * none does, replaced by the spans nested inside it (resolved the same way).
 */
export function applyContextRules(spans: readonly Span[], confirmed: ReadonlySet<string>): Span[] {
  const out: Span[] = [];
  const visit = (list: readonly Span[]) => {
    for (const span of list) {
      const resolved = resolveSpan(span, confirmed);
      if (resolved) out.push(resolved);
      else if (span.inner) visit(span.inner);
    }
  };
  visit(spans);
  return out;
}

/** Whether confirming any of `entityIds` could change how `spans` resolve. */
export function dependsOnContext(spans: readonly Span[], entityIds: Iterable<string>): boolean {
  const ids = entityIds instanceof Set ? (entityIds as ReadonlySet<string>) : new Set(entityIds);
  if (ids.size === 0) return false;
  const depends = (list: readonly Span[]): boolean =>
    list.some((span) => {
      for (let s: Span | undefined = span; s; s = s.fallback) {
        if (s.contextual && s.context.some((id) => ids.has(id))) return true;
      }
      return span.inner !== undefined && depends(span.inner);
    });
  return depends(spans);
}

/**
 * The confirmed entities of one page, accumulated chunk by chunk, for
 * callers that match text as it arrives:
 *
 *   const page = new PageContext();
 *   const fresh = page.observe(spans);      // per chunk, as it is matched
 *   show(chunk, page.resolve(spans));
 *   if (fresh.length) for (const other of earlierChunks)
 *     if (dependsOnContext(other.spans, fresh)) show(other, page.resolve(other.spans));
 */
export class PageContext {
  private readonly ids = new Set<string>();

  get confirmed(): ReadonlySet<string> {
    return this.ids;
  }

  /** Records a chunk's unambiguous mentions and returns the entities confirmed for the first time. */
  observe(spans: Iterable<Span>): string[] {
    const fresh: string[] = [];
    for (const id of confirmedEntities(spans)) {
      if (!this.ids.has(id)) {
        this.ids.add(id);
        fresh.push(id);
      }
    }
    return fresh;
  }

  resolve(spans: readonly Span[]): Span[] {
    return applyContextRules(spans, this.ids);
  }
}
