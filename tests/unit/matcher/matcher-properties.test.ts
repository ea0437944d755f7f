import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseMode } from '../../../src/model/entity';
import {
  applyContextRules,
  compileMatcher,
  fold,
  foldKeepingCase,
  matcherFromEntities,
  type MatcherEntry,
  type Span,
} from '../../../src/matcher';
import { ENTITIES } from './fixtures';

// An independent statement of the boundary rule (see src/matcher/word-boundary.ts),
// written over code-point strings rather than cached tables.
const WORD = /^[\p{L}\p{N}]$/u;
const MARK = /^\p{M}$/u;
const SPACELESS = /^[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]$/u;
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

function kind(ch: string | undefined): 'none' | 'word' | 'spaceless' | 'mark' {
  if (ch === undefined || ch === '\u02bc' || /^[\ud800-\udfff]$/.test(ch)) return 'none';
  if (MARK.test(ch)) return 'mark';
  if (!WORD.test(ch)) return 'none';
  return SPACELESS.test(ch) ? 'spaceless' : 'word';
}

function charBefore(text: string, i: number): string | undefined {
  if (i <= 0) return undefined;
  if (i >= 2 && isLow(text.charCodeAt(i - 1)) && isHigh(text.charCodeAt(i - 2))) return text.slice(i - 2, i);
  return text[i - 1];
}

function charAfter(text: string, i: number): string | undefined {
  if (i >= text.length) return undefined;
  if (isHigh(text.charCodeAt(i)) && i + 1 < text.length && isLow(text.charCodeAt(i + 1))) return text.slice(i, i + 2);
  return text[i];
}

function boundaryHolds(text: string, i: number): boolean {
  if (i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i))) return false;
  const a = kind(charBefore(text, i));
  const b = kind(charAfter(text, i));
  if (b === 'mark') return false;
  if (a === 'none' || b === 'none') return true;
  return a === 'spaceless' || b === 'spaceless';
}

const upperEach = (s: string) =>
  Array.from(s.split(''), (ch) => (ch.toUpperCase().length === 1 ? ch.toUpperCase() : ch)).join('');

function caseHolds(slice: string, alias: string, mode: CaseMode): boolean {
  if (mode === 'any') return true;
  const written = foldKeepingCase(slice) === foldKeepingCase(alias);
  if (written || mode === 'exact') return written;
  return foldKeepingCase(slice) === upperEach(foldKeepingCase(alias));
}

const rank = (e: MatcherEntry) => (e.entityId === null ? 2 : e.context && e.context.length > 0 ? 0 : 1);

/** Brute force: try every entry at every offset, then reduce leftmost-longest. */
function bruteForce(entries: readonly MatcherEntry[], text: string): Span[] {
  const hits: Hit[] = [];
  for (let start = 0; start < text.length; start++) {
    entries.forEach((entry, id) => {
      const end = start + entry.text.length;
      if (entry.text.length === 0 || end > text.length) return;
      const slice = text.slice(start, end);
      if (fold(slice) !== fold(entry.text)) return;
      if (!boundaryHolds(text, start) || !boundaryHolds(text, end)) return;
      if (!caseHolds(slice, entry.text, entry.case)) return;
      hits.push({ start, end, id });
    });
  }
  hits.sort(
    (a, b) => a.start - b.start || b.end - a.end || rank(entries[a.id]!) - rank(entries[b.id]!) || a.id - b.id,
  );
  return reduceHits(entries, hits);
}

type Hit = { start: number; end: number; id: number };

/** Entities are numbered in the order entries first name them, as the matcher numbers them. */
function entityIndexes(entries: readonly MatcherEntry[]): Map<string, number> {
  const indexes = new Map<string, number>();
  for (const entry of entries) if (entry.entityId !== null && !indexes.has(entry.entityId)) indexes.set(entry.entityId, indexes.size);
  return indexes;
}

function reduceHits(entries: readonly MatcherEntry[], hits: readonly Hit[]): Span[] {
  const indexes = entityIndexes(entries);
  const spans: Span[] = [];
  let covered = 0;
  for (let i = 0; i < hits.length; ) {
    const { start, end } = hits[i]!;
    let j = i;
    while (j < hits.length && hits[j]!.start === start && hits[j]!.end === end) j++;
    if (start >= covered) {
      covered = end;
      const chain: Span[] = [];
      let settled = false;
      for (const { id } of hits.slice(i, j)) {
        const entry = entries[id]!;
        if (entry.entityId === null) {
          settled = true;
          break;
        }
        const context = entry.context ?? [];
        chain.push({
          start,
          end,
          entityId: entry.entityId,
          entityIndex: indexes.get(entry.entityId)!,
          aliasIndex: entry.aliasIndex ?? -1,
          contextual: context.length > 0,
          context,
        });
        if (context.length === 0) {
          settled = true;
          break;
        }
      }
      for (let k = 0; k + 1 < chain.length; k++) chain[k]!.fallback = chain[k + 1];
      const head = chain[0];
      if (head && !settled) {
        const nested = hits.filter((h) => h.start >= start && h.end <= end && !(h.start === start && h.end === end));
        const inner = reduceHits(entries, nested);
        if (inner.length > 0) head.inner = inner;
      }
      if (head) spans.push(head);
    }
    i = j;
  }
  return spans;
}

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** Characters chosen to collide under the fold and to sit on every side of the boundary rule. */
const trickyUnit = fc.constantFrom(
  'a', 'b', 'A', 'B', 'é', 'É', 'e', '\u0301', 'İ', 'i', 'I', 'ı', 'ß', 'Ω', '1',
  ' ', '\u00a0', '\n', '-', '–', '—', "'", '’', 'ʼ', '"', '“', '.', ',',
  '中', '国', 'カ', 'ก', 'ا', 'ש', '\u200f', '\u200d', '😀', '𝐀', '\ud800', '\udc00',
);

const anyUnicode = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.string({ unit: 'grapheme-composite', maxLength: 4 }),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
  fc.string({ unit: loneSurrogate, maxLength: 2 }),
  fc.string({ unit: trickyUnit, maxLength: 6 }),
);

const ALIAS_TEXTS = ENTITIES.flatMap((e) => [...e.aliases.map((a) => a.text), ...e.blockers]);
const aliasLike = fc
  .tuple(fc.constantFrom(...ALIAS_TEXTS), fc.constantFrom('same', 'upper', 'lower', 'curly', 'straight'))
  .map(([text, how]) => {
    if (how === 'upper') return text.toUpperCase();
    if (how === 'lower') return text.toLowerCase();
    if (how === 'curly') return text.replace(/'/g, '’');
    return text.replace(/’/g, "'");
  });

/** Random Unicode (lone surrogates, combining marks, RTL, CJK, astral) mixed with alias-like fragments. */
const pageText = fc
  .array(fc.oneof({ arbitrary: anyUnicode, weight: 3 }, { arbitrary: aliasLike, weight: 2 }), { maxLength: 25 })
  .map((parts) => parts.join(''));

const entityMatcher = matcherFromEntities(ENTITIES);
const byId = new Map(ENTITIES.map((e) => [e.id, e]));

/** Every reading of every span, nested spans included. */
function allReadings(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    for (let s: Span | undefined = span; s; s = s.fallback) out.push(s);
    if (span.inner) out.push(...allReadings(span.inner));
  }
  return out;
}

/** Sorted, non-overlapping, non-empty, within [lo, hi); fallbacks on the same range; nested spans inside their parent. */
function expectWellFormed(spans: readonly Span[], lo: number, hi: number): void {
  let previousEnd = lo;
  for (const span of spans) {
    expect(Number.isInteger(span.start) && Number.isInteger(span.end)).toBe(true);
    expect(span.start).toBeGreaterThanOrEqual(previousEnd);
    expect(span.end).toBeGreaterThan(span.start);
    expect(span.end).toBeLessThanOrEqual(hi);
    previousEnd = span.end;
    for (let s = span.fallback; s; s = s.fallback) expect([s.start, s.end]).toEqual([span.start, span.end]);
    if (span.inner) {
      expect(span.inner.length).toBeGreaterThan(0);
      expectWellFormed(span.inner, span.start, span.end);
    }
  }
}

const ENTITY_IDS = ENTITIES.map((e) => e.id);

describe('matcher properties on random Unicode text', () => {
  it('never throws and returns sorted, non-overlapping spans within the text', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        expectWellFormed(entityMatcher.match(text), 0, text.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps spans sorted and non-overlapping after context rules, whatever is confirmed', () => {
    fc.assert(
      fc.property(pageText, fc.subarray(ENTITY_IDS), (text, confirmed) => {
        const shown = applyContextRules(entityMatcher.match(text), new Set(confirmed));
        let previousEnd = 0;
        for (const span of shown) {
          expect(span.start).toBeGreaterThanOrEqual(previousEnd);
          expect(!span.contextual || span.context.some((id) => confirmed.includes(id))).toBe(true);
          previousEnd = span.end;
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('gives every span the folded text of one of its entity’s aliases, in an accepted case', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        for (const reading of allReadings(entityMatcher.match(text))) {
          const alias = byId.get(reading.entityId)?.aliases[reading.aliasIndex];
          expect(alias).toBeDefined();
          const slice = text.slice(reading.start, reading.end);
          expect(fold(slice)).toBe(fold(alias!.text));
          expect(caseHolds(slice, alias!.text, alias!.case)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('starts and ends every span on a word boundary', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        for (const span of allReadings(entityMatcher.match(text))) {
          expect(boundaryHolds(text, span.start)).toBe(true);
          expect(boundaryHolds(text, span.end)).toBe(true);
          // The plain statement of the rule, for alphabetic neighbours.
          const before = kind(charBefore(text, span.start));
          const first = kind(charAfter(text, span.start));
          if (before !== 'spaceless' && first !== 'spaceless') expect(before === 'none' || first === 'none').toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with brute force on random dictionaries, blockers and context rules', () => {
    const entry = fc.record({
      text: fc.string({ unit: trickyUnit, minLength: 0, maxLength: 4 }),
      case: fc.constantFrom<CaseMode>('exact', 'proper', 'any'),
      entity: fc.option(fc.integer({ min: 0, max: 4 }), { freq: 4 }),
      context: fc.option(fc.subarray(['e0', 'e1', 'e2']), { freq: 2 }),
    });
    const scenario = fc.array(entry, { minLength: 1, maxLength: 12 }).chain((raw) => {
      const entries: MatcherEntry[] = raw.map((r, i) => ({
        text: r.text,
        case: r.entity === null ? 'any' : r.case,
        entityId: r.entity === null ? null : `e${r.entity}`,
        aliasIndex: i,
        ...(r.entity !== null && r.context ? { context: r.context } : {}),
      }));
      const fragments = entries.map((e) => e.text);
      const unit = fc.oneof(
        fc.string({ unit: trickyUnit, maxLength: 3 }),
        fc.constantFrom(...fragments),
        fc.constantFrom(...fragments).map((s) => s.toUpperCase()),
      );
      return fc.tuple(fc.constant(entries), fc.array(unit, { maxLength: 12 }).map((p) => p.join('')));
    });
    fc.assert(
      fc.property(scenario, ([entries, text]) => {
        expect(compileMatcher(entries).match(text)).toEqual(bruteForce(entries, text));
      }),
      { numRuns: 1500 },
    );
  });

  it('agrees with brute force on the fixture entities over random Unicode', () => {
    const entries = ENTITIES.flatMap((e) => [
      ...e.aliases.map((a, aliasIndex): MatcherEntry => ({
        text: a.text,
        case: a.case,
        entityId: e.id,
        aliasIndex,
        ...(a.context ? { context: a.context } : {}),
      })),
      ...e.blockers.map((text): MatcherEntry => ({ text, case: 'any', entityId: null })),
    ]);
    fc.assert(
      fc.property(pageText, (text) => {
        expect(entityMatcher.match(text)).toEqual(bruteForce(entries, text));
      }),
      { numRuns: 500 },
    );
  });
});
