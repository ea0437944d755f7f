import { describe, expect, it } from 'vitest';
import {
  PageContext,
  applyContextRules,
  confirmedEntities,
  dependsOnContext,
  matcherFromEntities,
  resolveSpan,
  type Span,
} from '../../../src/matcher';
import { ENTITIES, readSpans } from './fixtures';

const matcher = matcherFromEntities(ENTITIES);

/** Matches a page given as text chunks (text nodes) and resolves context once for the whole page. */
function resolvePage(chunks: string[]): [string, string][] {
  const matched = chunks.map((text) => ({ text, spans: matcher.match(text) }));
  const confirmed = new Set<string>();
  for (const { spans } of matched) confirmedEntities(spans, confirmed);
  return matched.flatMap(({ text, spans }) => readSpans(text, applyContextRules(spans, confirmed)));
}

describe('context rule: "Xi" needs China or Xi Jinping on the page', () => {
  it('keeps "Xi" when the page names China', () => {
    expect(resolvePage(['Xi arrived on Thursday.', 'China and Kazakhstan signed deals.'])).toContainEqual([
      'Xi',
      'xi-jinping',
    ]);
  });

  it('keeps "Xi" when the page names Xi Jinping in full', () => {
    expect(resolvePage(['Xi Jinping landed.', 'Later Xi spoke.'])).toEqual([
      ['Xi Jinping', 'xi-jinping'],
      ['Xi', 'xi-jinping'],
    ]);
  });

  it('drops "Xi" on a page with no China context', () => {
    expect(resolvePage(['Xi is the 14th letter of the Greek alphabet.'])).toEqual([]);
  });
});

describe('context rule: "Silk Road" needs China on the page', () => {
  it('keeps "Silk Road" when the page names China', () => {
    expect(resolvePage(['China revives the Silk Road.'])).toEqual([
      ['China', 'china'],
      ['Silk Road', 'silk-road'],
    ]);
  });

  it('drops "Silk Road" on a page about the darknet market', () => {
    expect(resolvePage(['The Silk Road marketplace was shut down by the FBI.'])).toEqual([]);
  });
});

describe('context rule: "Bright Road" needs Kazakhstan or Nurly Zhol on the page', () => {
  it('keeps "Bright Road" when the page names Kazakhstan', () => {
    expect(resolvePage(['Kazakhstan launched its Bright Road programme.'])).toEqual([
      ['Kazakhstan', 'kazakhstan'],
      ['Bright Road', 'nurly-zhol'],
    ]);
  });

  it('keeps "Bright Road" when the page names Nurly Zhol', () => {
    expect(resolvePage(['Nurly Zhol, or Bright Road, is a stimulus plan.'])).toEqual([
      ['Nurly Zhol', 'nurly-zhol'],
      ['Bright Road', 'nurly-zhol'],
    ]);
  });

  it('drops "Bright Road" on a page about a street', () => {
    expect(resolvePage(['Turn left onto Bright Road after the bridge.'])).toEqual([]);
  });
});

describe('context rule: "Beijing" as the government needs Kazakhstan on the page, else it is the city', () => {
  it('reads "Beijing" as the government when the page names Kazakhstan', () => {
    expect(resolvePage(['Beijing wants closer ties with Kazakhstan.'])).toEqual([
      ['Beijing', 'chinese-government'],
      ['Kazakhstan', 'kazakhstan'],
    ]);
  });

  it('reads "Beijing" as the city on a page without Kazakhstan', () => {
    expect(resolvePage(['Beijing had heavy smog this winter.'])).toEqual([['Beijing', 'beijing']]);
  });
});

describe('context rule: "visited China in March" is an event only on a page about Karim Masimov', () => {
  it('reads the phrase as the visit when the page names Karim Masimov', () => {
    expect(resolvePage(['Karim Masimov visited China in March.'])).toEqual([
      ['Karim Masimov', 'karim-masimov'],
      ['visited China in March', 'masimov-visit'],
    ]);
  });

  it('still shows China inside the phrase when the page does not name him', () => {
    expect(resolvePage(['The delegation visited China in March.'])).toEqual([['China', 'china']]);
  });

  it('counts the nested China as an unambiguous mention either way', () => {
    expect(confirmedEntities(matcher.match('He visited China in March.')).has('china')).toBe(true);
  });
});

describe('what confirms an entity', () => {
  it('does not let ambiguous mentions confirm each other', () => {
    const confirmed = confirmedEntities(matcher.match('Xi walked the Silk Road.'));
    expect(confirmed.size).toBe(0);
  });

  it('does not count a fallback reading as an unambiguous mention', () => {
    expect(confirmedEntities(matcher.match('Beijing')).has('beijing')).toBe(false);
  });

  it('confirms the entities of every unambiguous span', () => {
    expect([...confirmedEntities(matcher.match('China, PRC and Kazakhstan'))].sort()).toEqual(['china', 'kazakhstan']);
  });
});

describe('resolveSpan', () => {
  const contextual = (fallback?: Span): Span => ({
    start: 0,
    end: 2,
    entityId: 'x',
    entityIndex: 0,
    aliasIndex: 0,
    contextual: true,
    context: ['a', 'b'],
    ...(fallback ? { fallback } : {}),
  });
  const plain: Span = { start: 0, end: 2, entityId: 'y', entityIndex: 1, aliasIndex: 0, contextual: false, context: [] };

  it('keeps a contextual span when any one of its context entities is confirmed', () => {
    expect(resolveSpan(contextual(), new Set(['b']))?.entityId).toBe('x');
  });

  it('drops a contextual span without a fallback when none is confirmed', () => {
    expect(resolveSpan(contextual(), new Set(['c']))).toBeUndefined();
  });

  it('uses the fallback when the context is not confirmed', () => {
    expect(resolveSpan(contextual(plain), new Set())?.entityId).toBe('y');
  });

  it('always keeps an unambiguous span', () => {
    expect(resolveSpan(plain, new Set())).toBe(plain);
  });
});

describe('PageContext (incremental pages)', () => {
  it('resolves a chunk again once later text confirms its context', () => {
    const page = new PageContext();
    const first = matcher.match('Xi arrived on Thursday.');
    expect(page.observe(first)).toEqual([]);
    expect(page.resolve(first)).toEqual([]);

    const second = matcher.match('China welcomed the visit.');
    const fresh = page.observe(second);
    expect(fresh).toEqual(['china']);
    expect(dependsOnContext(first, fresh)).toBe(true);
    expect(readSpans('Xi arrived on Thursday.', page.resolve(first))).toEqual([['Xi', 'xi-jinping']]);
  });

  it('reports only entities confirmed for the first time', () => {
    const page = new PageContext();
    expect(page.observe(matcher.match('China and China'))).toEqual(['china']);
    expect(page.observe(matcher.match('China and Russia'))).toEqual(['russia']);
    expect([...page.confirmed].sort()).toEqual(['china', 'russia']);
  });

  it('says a chunk does not depend on entities its contextual spans do not mention', () => {
    const chunk = matcher.match('Xi arrived.');
    expect(dependsOnContext(chunk, ['russia'])).toBe(false);
    expect(dependsOnContext(chunk, [])).toBe(false);
    expect(dependsOnContext(matcher.match('Beijing'), new Set(['kazakhstan']))).toBe(true);
    expect(dependsOnContext(matcher.match('He visited China in March.'), ['karim-masimov'])).toBe(true);
  });
});
