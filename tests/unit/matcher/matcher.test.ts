import { describe, expect, it } from 'vitest';
import { Matcher, compileMatcher, matcherEntriesFromEntities, matcherFromEntities } from '../../../src/matcher';
import { ENTITIES, readSpans } from './fixtures';

const matcher = matcherFromEntities(ENTITIES);
const find = (text: string) => readSpans(text, matcher.match(text));

describe('leftmost-longest', () => {
  it('prefers Silk Road Economic Belt over Silk Road', () => {
    expect(find('China’s Silk Road Economic Belt')).toEqual([
      ['China', 'china'],
      ['Silk Road Economic Belt', 'sreb'],
    ]);
  });

  it('prefers Almaty Oblast over Almaty', () => {
    expect(find('in Almaty Oblast, near Almaty')).toEqual([
      ['Almaty Oblast', 'almaty-oblast'],
      ['Almaty', 'almaty'],
    ]);
  });

  it('prefers the Astana Times newspaper over the city of Astana', () => {
    expect(find('the Astana Times reported from Astana')).toEqual([
      ['Astana Times', 'astana-times'],
      ['Astana', 'astana'],
    ]);
  });

  it('falls back to the shorter alias when the longer one is cut off by a word character', () => {
    expect(find('Silk Road Economic Beltway')).toEqual([['Silk Road', 'silk-road']]);
  });

  it('prefers the leftmost of two overlapping hits even when the later one is longer', () => {
    const m = compileMatcher([
      { text: 'Central Asia', case: 'proper', entityId: 'central-asia' },
      { text: 'Asia Infrastructure Investment Bank', case: 'proper', entityId: 'bank' },
    ]);
    const text = 'Central Asia Infrastructure Investment Bank';
    expect(readSpans(text, m.match(text))).toEqual([['Central Asia', 'central-asia']]);
  });

  it('finds a name that starts inside a longer candidate that failed to complete', () => {
    const m = compileMatcher([
      { text: 'Asia Pacific Economic Forum', case: 'proper', entityId: 'forum' },
      { text: 'Pacific', case: 'proper', entityId: 'pacific' },
    ]);
    const text = 'Asia Pacific Economic Rim';
    expect(readSpans(text, m.match(text))).toEqual([['Pacific', 'pacific']]);
  });
});

describe('word boundaries', () => {
  it('does not match inside a longer word (Kazakhstanian)', () => {
    expect(find('Kazakhstanian steppe and preKazakhstan')).toEqual([]);
  });

  it('does not match when a non-ASCII letter touches the alias', () => {
    expect(find('éChina Chinaé Chinaß')).toEqual([]);
  });

  it('matches after a Greek letter joined by a hyphen (Ω-China)', () => {
    expect(find('Ω-China')).toEqual([['China', 'china']]);
  });

  it('matches Latin aliases next to CJK characters and CJK aliases inside CJK text', () => {
    expect(find('在China的')).toEqual([['China', 'china']]);
    expect(find('我爱中国人民')).toEqual([['中国', 'zhongguo']]);
  });

  it('does not match before a combining mark that belongs to the last letter', () => {
    expect(find('China\u0301')).toEqual([]);
  });

  it('matches next to digits only across punctuation', () => {
    expect(find('China2 2China China-2')).toEqual([['China', 'china']]);
  });

  it('matches at the very start and end of the text', () => {
    expect(find('China')).toEqual([['China', 'china']]);
  });
});

describe('possessives and hyphenated compounds', () => {
  it('matches possessives with straight, curly and modifier-letter apostrophes, covering only the name', () => {
    expect(find("Kazakhstan's Kazakhstan’s Kazakhstanʼs")).toEqual([
      ['Kazakhstan', 'kazakhstan'],
      ['Kazakhstan', 'kazakhstan'],
      ['Kazakhstan', 'kazakhstan'],
    ]);
  });

  it('gives both sides of a hyphenated compound (China-Kazakhstan)', () => {
    expect(find('China-Kazakhstan and Russia–China ties')).toEqual([
      ['China', 'china'],
      ['Kazakhstan', 'kazakhstan'],
      ['Russia', 'russia'],
      ['China', 'china'],
    ]);
  });

  it('matches an alias that contains an apostrophe whichever apostrophe the page uses', () => {
    expect(find('the People’s Republic of China')).toEqual([["People’s Republic of China", 'china']]);
    expect(find("the People's Republic of China")).toEqual([["People's Republic of China", 'china']]);
  });
});

describe('case modes', () => {
  it('matches a proper alias as written or in capitals, not in lower case ("china" is porcelain)', () => {
    expect(find('China, CHINA and fine china')).toEqual([
      ['China', 'china'],
      ['CHINA', 'china'],
    ]);
  });

  it('rejects mixed case for a proper alias', () => {
    expect(find('cHINA ChINA')).toEqual([]);
  });

  it('matches an exact alias only in its own case ("Xi" but not "xi" or "XI")', () => {
    const text = 'Xi met xi and XI; the PRC, not prc';
    expect(readSpans(text, matcher.match(text))).toEqual([
      ['Xi', 'xi-jinping'],
      ['PRC', 'china'],
    ]);
  });

  it('matches an any alias in any case', () => {
    expect(find('CHINESE GOVERNMENT, chinese government, Chinese Government')).toEqual([
      ['CHINESE GOVERNMENT', 'chinese-government'],
      ['chinese government', 'chinese-government'],
      ['Chinese Government', 'chinese-government'],
    ]);
  });

  it('considers shorter aliases at the same position when the longest fails its case check', () => {
    const m = compileMatcher([
      { text: 'Silk Road', case: 'any', entityId: 'silk-road' },
      { text: 'Silk Road Fund', case: 'exact', entityId: 'fund' },
    ]);
    const text = 'the silk road fund and the Silk Road Fund';
    expect(readSpans(text, m.match(text))).toEqual([
      ['silk road', 'silk-road'],
      ['Silk Road Fund', 'fund'],
    ]);
  });

  it('ignores diacritics and apostrophe style but not case in exact mode', () => {
    const m = compileMatcher([{ text: 'Türkiye’s Ankara', case: 'exact', entityId: 't' }]);
    expect(readSpans("Turkiye's Ankara", m.match("Turkiye's Ankara"))).toEqual([["Turkiye's Ankara", 't']]);
    expect(m.match("turkiye's ankara")).toEqual([]);
  });
});

describe('folding keeps offsets true', () => {
  it('matches through diacritics in either direction', () => {
    expect(find('Turkiye, Türkiye and TÜRKIYE')).toEqual([
      ['Turkiye', 'turkiye'],
      ['Türkiye', 'turkiye'],
      ['TÜRKIYE', 'turkiye'],
    ]);
  });

  it('matches multi-word names across non-breaking spaces and line breaks', () => {
    expect(find('Silk\u00a0Road Economic\nBelt')).toEqual([['Silk\u00a0Road Economic\nBelt', 'sreb']]);
  });

  it('matches İstanbul and keeps later offsets true after length-changing characters', () => {
    const text = 'İİİ İstanbul, then China';
    const spans = matcher.match(text);
    expect(readSpans(text, spans)).toEqual([
      ['İstanbul', 'istanbul'],
      ['China', 'china'],
    ]);
    expect(spans[1]!.start).toBe(text.indexOf('China'));
  });

  it('keeps offsets true after astral characters and emoji', () => {
    const text = '😀𝐀 — China';
    const [span] = matcher.match(text);
    expect(span).toMatchObject({ start: text.indexOf('China'), end: text.length, entityId: 'china' });
  });
});

describe('blockers', () => {
  it('does not annotate Astana inside Air Astana', () => {
    expect(find('She flew Air Astana to Almaty.')).toEqual([['Almaty', 'almaty']]);
  });

  it('annotates Astana when it is not part of Air Astana', () => {
    expect(find('She flew to Astana by air.')).toEqual([['Astana', 'astana']]);
  });

  it('blocks in any case (AIR ASTANA)', () => {
    expect(find('AIR ASTANA')).toEqual([]);
  });

  it('does not annotate Khorgos inside the Khorgos Gateway Fund', () => {
    expect(find('the Khorgos Gateway Fund invests')).toEqual([]);
  });

  it('annotates Khorgos outside the Khorgos Gateway Fund', () => {
    expect(find('the Khorgos Gateway on the border')).toEqual([['Khorgos', 'khorgos']]);
  });

  it('lets an entity alias that equals a blocker win over the blocker', () => {
    expect(find('Astana Times')).toEqual([['Astana Times', 'astana-times']]);
  });
});

describe('contextual spans and fallbacks', () => {
  it('marks spans of ambiguous aliases as contextual and carries their context', () => {
    const [span] = matcher.match('Xi said');
    expect(span).toMatchObject({ entityId: 'xi-jinping', contextual: true, context: ['china', 'xi-jinping'] });
  });

  it('marks spans of unambiguous aliases as not contextual', () => {
    const [span] = matcher.match('Xi Jinping said');
    expect(span).toMatchObject({ entityId: 'xi-jinping', contextual: false, context: [], aliasIndex: 0 });
  });

  it('gives an ambiguous span the unconditional reading of the same words as its fallback', () => {
    const [span] = matcher.match('Beijing said');
    expect(span).toMatchObject({ entityId: 'chinese-government', contextual: true });
    expect(span!.fallback).toMatchObject({ entityId: 'beijing', contextual: false, start: 0, end: 7 });
  });
});

describe('spans nested in ambiguous spans', () => {
  it('gives a span whose readings are all contextual the spans inside it', () => {
    const [span] = matcher.match('He visited China in March.');
    expect(span).toMatchObject({ entityId: 'masimov-visit', contextual: true, start: 3, end: 25 });
    expect(span!.inner).toEqual([expect.objectContaining({ start: 11, end: 16, entityId: 'china' })]);
  });

  it('gives no inner spans when an unconditional reading always stands', () => {
    const [span] = matcher.match('Beijing');
    expect(span!.inner).toBeUndefined();
    expect(matcher.match('Silk Road Economic Belt')[0]!.inner).toBeUndefined();
  });

  it('gives no inner spans to a contextual reading that a blocker backs', () => {
    const m = compileMatcher([
      { text: 'Astana Opera', case: 'proper', entityId: 'opera', context: ['music'] },
      { text: 'Astana Opera', case: 'any', entityId: null },
      { text: 'Astana', case: 'proper', entityId: 'astana' },
    ]);
    const [span] = m.match('Astana Opera');
    expect(span).toMatchObject({ entityId: 'opera' });
    expect(span!.inner).toBeUndefined();
  });
});

describe('output shape', () => {
  it('returns nothing for empty text or a matcher without entries', () => {
    expect(matcher.match('')).toEqual([]);
    expect(compileMatcher([]).match('China')).toEqual([]);
  });

  it('never matches an empty alias', () => {
    const m = compileMatcher([
      { text: '', case: 'any', entityId: 'empty' },
      { text: 'China', case: 'proper', entityId: 'china' },
    ]);
    expect(readSpans(' China ', m.match(' China '))).toEqual([['China', 'china']]);
  });

  it('carries the alias index from the entity', () => {
    const [span] = matcher.match('the PRC');
    expect(span).toMatchObject({ entityId: 'china', aliasIndex: 1 });
  });

  it('builds one entry per alias and per blocker, blockers with a null entity', () => {
    const entries = matcherEntriesFromEntities(ENTITIES);
    const aliasCount = ENTITIES.reduce((n, e) => n + e.aliases.length, 0);
    const blockerCount = ENTITIES.reduce((n, e) => n + e.blockers.length, 0);
    expect(entries).toHaveLength(aliasCount + blockerCount);
    expect(entries.filter((e) => e.entityId === null).map((e) => e.text)).toEqual([
      'Air Astana',
      'Astana Times',
      'Khorgos Gateway Fund',
    ]);
  });
});

describe('serialization', () => {
  it('keeps entity ids whole, whatever characters they hold', () => {
    const odd = compileMatcher([{ text: 'China', case: 'proper', entityId: 'chi\nna,' }, { text: 'Kazakhstan', case: 'proper', entityId: '' }]);
    const restored = Matcher.fromSerialized(JSON.parse(JSON.stringify(odd.serialize())));
    expect(restored.entityIds).toEqual(['chi\nna,', '']);
    expect(restored.match('China and Kazakhstan').map((s) => s.entityId)).toEqual(['chi\nna,', '']);
  });

  it('numbers each span’s entity by its place in entityIds', () => {
    const [span] = matcher.match('the PRC');
    expect(matcher.entityIds[span!.entityIndex]).toBe(span!.entityId);
    const restored = Matcher.fromSerialized(JSON.parse(JSON.stringify(matcher.serialize())));
    expect(restored.entityIds).toEqual(matcher.entityIds);
  });



  it('round-trips through JSON and matches the same spans', () => {
    const text =
      'Xi Jinping flew Air Astana from Beijing to Astana, then to Almaty Oblast; the PRC’s Silk Road Economic Belt and CHINA.';
    const restored = Matcher.fromSerialized(JSON.parse(JSON.stringify(matcher.serialize())));
    expect(restored.match(text)).toEqual(matcher.match(text));
    expect(restored.match(text)).not.toEqual([]);
    expect(restored.nodeCount).toBe(matcher.nodeCount);
    expect(restored.entries).toEqual(matcher.entries);
  });

  it('rejects data of another format or with mismatched entries', () => {
    const data = matcher.serialize();
    expect(() => Matcher.fromSerialized({ ...data, format: 'other' as never })).toThrow(/format/);
    expect(() => Matcher.fromSerialized({ ...data, texts: data.texts.slice(1) })).toThrow(/texts do not add up/);
    expect(() => Matcher.fromSerialized({ ...data, texts: data.texts + 'x' })).toThrow(/texts do not add up/);
    expect(() => Matcher.fromSerialized({ ...data, cases: data.cases.slice(1) })).toThrow(/differ in length/);
    expect(() => Matcher.fromSerialized({ ...data, cases: 'x'.repeat(data.cases.length) })).toThrow(/case letters/);
    expect(() => Matcher.fromSerialized({ ...data, entities: data.entities.slice(2) })).toThrow(/differ in length/);
    expect(() => Matcher.fromSerialized({ ...data, aliasIndexes: data.aliasIndexes + 'x' })).toThrow(/differ in length/);
    expect(() => Matcher.fromSerialized({ ...data, entityIds: [data.entityIds] as never })).toThrow(/entity ids/);
    expect(() => Matcher.fromSerialized({ ...data, entityIds: data.entityIds.slice(1) })).toThrow(/entity ids do not add up/);
    expect(() => Matcher.fromSerialized({ ...data, entityIdStarts: data.entityIdStarts.slice(2) })).toThrow(/entity ids do not add up/);
    expect(() => Matcher.fromSerialized({ ...data, trie: { ...data.trie, labels: data.trie.labels.slice(1) } })).toThrow(/trie/);
    expect(() => Matcher.fromSerialized({ ...data, startPairs: data.startPairs + 'x' })).toThrow(/start pairs/);
    expect(() => Matcher.fromSerialized({ ...data, startPairs: undefined as never })).toThrow(/start pairs/);
  });
});

describe('Matcher.match over a window', () => {
  it('finds the same spans window by window as in one pass', async () => {
    const { compileMatcher } = await import('../../../src/matcher');
    const matcher = compileMatcher([
      { text: 'Silk Road', case: 'proper', entityId: 'silk-road' },
      { text: 'Silk Road Economic Belt', case: 'proper', entityId: 'sreb' },
      { text: 'China', case: 'proper', entityId: 'china' },
    ]);
    const text = 'The Silk Road Economic Belt runs from China. '.repeat(50);
    const whole = matcher.match(text).map((s) => [s.start, s.end, s.entityId]);
    const windowed: (string | number)[][] = [];
    const size = 37;
    // Each window starts where the last kept span ended and keeps only spans starting inside it.
    for (let from = 0; from < text.length; ) {
      const windowEnd = from + size;
      let next = windowEnd;
      for (const span of matcher.match(text, from, Math.min(text.length, windowEnd + matcher.longestEntry))) {
        if (span.start >= windowEnd) break;
        windowed.push([span.start, span.end, span.entityId]);
        next = Math.max(next, span.end);
      }
      from = next;
    }
    expect(windowed).toEqual(whole);
  });
});
