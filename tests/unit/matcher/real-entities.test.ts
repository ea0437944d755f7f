import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyContextRules, confirmedEntities, fold, matcherFromEntities, type Span } from '../../../src/matcher';
import { readSpans, realEntities } from './fixtures';

const seed = (name: string) => readFileSync(new URL(`../../../seeds/${name}`, import.meta.url), 'utf8');
const entities = realEntities();
const matcher = matcherFromEntities(entities);
const byId = new Map(entities.map((e) => [e.id, e]));

/** Matches one page and resolves its context rules, as the content script does. */
function resolvePage(text: string): [string, string][] {
  const spans = matcher.match(text);
  return readSpans(text, applyContextRules(spans, confirmedEntities(spans)));
}

function expectAliasOfEntity(text: string, span: Span): void {
  const alias = byId.get(span.entityId)?.aliases[span.aliasIndex];
  expect(alias, `${span.entityId} alias ${span.aliasIndex}`).toBeDefined();
  expect(fold(text.slice(span.start, span.end))).toBe(fold(alias!.text));
}

describe('the real entities (seeds/entities.yaml)', () => {
  it('finds every alias written on its own, as the entity that owns it', () => {
    for (const entity of entities) {
      entity.aliases.forEach((alias) => {
        const spans = matcher.match(alias.text);
        expect(spans, alias.text).toHaveLength(1);
        const readings: string[] = [];
        for (let s: Span | undefined = spans[0]; s; s = s.fallback) readings.push(s.entityId);
        expect(readings, alias.text).toContain(entity.id);
        expect([spans[0]!.start, spans[0]!.end]).toEqual([0, alias.text.length]);
      });
    }
  });

  it('produces no span for a blocker written on its own', () => {
    for (const entity of entities) {
      for (const blocker of entity.blockers) {
        expect(matcher.match(blocker), blocker).toEqual([]);
        expect(matcher.match(`${blocker.toUpperCase()}’s`), blocker).toEqual([]);
      }
    }
  });

  it('prefers Silk Road Economic Belt over Silk Road and Almaty Oblast over Almaty', () => {
    expect(resolvePage('China’s Silk Road Economic Belt reaches Almaty Oblast.')).toEqual([
      ['China', 'china'],
      ['Silk Road Economic Belt', 'silk-road-economic-belt'],
      ['Almaty Oblast', 'almaty-oblast'],
    ]);
  });

  it('reads The Astana Times as the newspaper and Astana alone as the city', () => {
    expect(resolvePage('The Astana Times reported from Astana.')).toEqual([
      ['The Astana Times', 'astana-times'],
      ['Astana', 'astana'],
    ]);
  });

  it('does not annotate Astana inside Air Astana, nor Xi inside Xi’an', () => {
    expect(resolvePage('She flew Air Astana from Xi’an to Almaty, as Xi Jinping did.')).toEqual([
      ['Almaty', 'almaty'],
      ['Xi Jinping', 'xi-jinping'],
    ]);
  });

  it('matches possessives and both sides of hyphenated compounds', () => {
    expect(resolvePage("Kazakhstan's and Kazakhstan’s China-Kazakhstan ties")).toEqual([
      ['Kazakhstan', 'kazakhstan'],
      ['Kazakhstan', 'kazakhstan'],
      ['China', 'china'],
      ['Kazakhstan', 'kazakhstan'],
    ]);
  });

  it('matches China and CHINA but not china the porcelain', () => {
    expect(resolvePage('China, CHINA and bone china')).toEqual([
      ['China', 'china'],
      ['CHINA', 'china'],
    ]);
  });

  it('keeps "Xi" on a page that names China and drops it on one that does not', () => {
    expect(resolvePage('Xi arrived in Astana, the capital China courts.')).toContainEqual(['Xi', 'xi-jinping']);
    expect(resolvePage('Xi arrived in Astana.')).toEqual([['Astana', 'astana']]);
  });

  it('keeps "Bright Road" on a page that names Kazakhstan and drops it on one that does not', () => {
    expect(resolvePage('Kazakhstan’s Bright Road programme')).toEqual([
      ['Kazakhstan', 'kazakhstan'],
      ['Bright Road', 'nurly-zhol'],
    ]);
    expect(resolvePage('Turn left onto Bright Road.')).toEqual([]);
  });

  it('reads "visited China in March" as Masimov’s visit only on a page that names him, else still shows China', () => {
    expect(resolvePage('Karim Masimov visited China in March.')).toEqual([
      ['Karim Masimov', 'karim-masimov'],
      ['visited China in March', 'masimov-china-visit-2015'],
    ]);
    expect(resolvePage('A delegation visited China in March.')).toEqual([['China', 'china']]);
  });

  for (const document of ['000_c38c9ff3b957afb9.txt', '003_f91fa2385afbab65.txt']) {
    it(`annotates the seed article ${document} with spans that are aliases of their entities`, () => {
      const text = seed(document);
      const spans = matcher.match(text);
      const shown = applyContextRules(spans, confirmedEntities(spans));
      expect(shown.length).toBeGreaterThan(50);
      for (const span of shown) expectAliasOfEntity(text, span);
      const ids = new Set(shown.map((s) => s.entityId));
      for (const id of ['china', 'kazakhstan', 'russia']) expect(ids).toContain(id);
    });
  }

  it('resolves the first article’s ambiguous "Silk Road" and "Xi" through its unambiguous mentions', () => {
    const text = seed('000_c38c9ff3b957afb9.txt');
    const spans = matcher.match(text);
    const shown = readSpans(text, applyContextRules(spans, confirmedEntities(spans)));
    expect(shown).toContainEqual(['Silk Road', 'silk-road-economic-belt']);
    expect(shown).toContainEqual(['Xi', 'xi-jinping']);
  });

  it('returns valid spans for random Unicode mixed with real aliases', () => {
    const aliases = entities.flatMap((e) => [...e.aliases.map((a) => a.text), ...e.blockers]);
    const text = fc
      .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom(...aliases), fc.constantFrom(' ', '’s ', '-')), {
        maxLength: 20,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (page) => {
        let previousEnd = 0;
        for (const span of matcher.match(page)) {
          expect(span.start).toBeGreaterThanOrEqual(previousEnd);
          expect(span.end).toBeGreaterThan(span.start);
          expect(span.end).toBeLessThanOrEqual(page.length);
          for (let s: Span | undefined = span; s; s = s.fallback) expectAliasOfEntity(page, s);
          previousEnd = span.end;
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('every context rule and blocker of the real data', () => {
  const contextual = entities.flatMap((entity) =>
    entity.aliases.filter((alias) => alias.context?.length).map((alias) => ({ entity, alias })),
  );
  /** An alias of `id` that needs no context: what confirms it on a page. */
  const plainAlias = (id: string) => byId.get(id)!.aliases.find((a) => !a.context?.length)!.text;

  it('has context rules to check', () => {
    expect(contextual.length).toBeGreaterThan(3);
  });

  it.each(contextual.map(({ entity, alias }) => [alias.text, entity.id, alias.context!] as const))(
    '"%s" means %s only when the page also names %j',
    (text, entityId, context) => {
      const alone = resolvePage(`Reports mention ${text} today.`).map(([, id]) => id);
      expect(alone).not.toContain(entityId);
      const withContext = resolvePage(`Reports mention ${text} today. ${plainAlias(context[0]!)} was named too.`).map(([, id]) => id);
      expect(withContext).toContain(entityId);
    },
  );

  it.each(entities.flatMap((e) => e.blockers.map((blocker) => [blocker, e.id] as const)))(
    'does not read %s (a blocker) as %s, but still finds the entity on its own',
    (blocker, entityId) => {
      expect(resolvePage(`Yesterday ${blocker} announced results.`).map(([, id]) => id)).not.toContain(entityId);
      const own = byId.get(entityId)!.aliases.find((a) => !a.context?.length && a.case !== 'any');
      if (own) expect(resolvePage(`Yesterday ${own.text} announced results.`).map(([, id]) => id)).toContain(entityId);
    },
  );
});
