import { describe, expect, it } from 'vitest';
import { highlightSegments, snippet, type Segment } from '../../../src/search';

const marked = (segments: Segment[]) => segments.filter((s) => s.match).map((s) => s.text);
const joined = (segments: Segment[]) => segments.map((s) => s.text).join('');

describe('highlightSegments', () => {
  it('marks whole words and only the typed part of a prefix match', () => {
    const segments = highlightSegments('Kazakhstan’s exports of oil', new Map([['kazakhstan', 10], ['exports', 4]]));
    expect(marked(segments)).toEqual(['Kazakhstan', 'expo']);
    expect(joined(segments)).toBe('Kazakhstan’s exports of oil');
  });

  it('marks words matched side by side as one', () => {
    expect(marked(highlightSegments('One-fifth of $84 billion', new Map([['one', 3], ['fifth', 5], ['84', 2], ['billion', 7]])))).toEqual([
      'One-fifth',
      '84 billion',
    ]);
  });

  it('finds words behind typographic apostrophes, dashes and diacritics', () => {
    const text = 'One-fifth of Kazakhstan’s $84 billion–year, São Paulo';
    const segments = highlightSegments(text, new Map([['kazakhstan', 99], ['billion', 99], ['84', 99], ['sao', 99]]));
    expect(marked(segments)).toEqual(['Kazakhstan', '84 billion', 'São']);
    expect(joined(segments)).toBe(text);
  });

  it('marks a number written with thousands separators whole', () => {
    expect(marked(highlightSegments('1,500 barrels', new Map([['1500', 2]])))).toEqual(['1,500']);
  });

  it('returns the text as one plain segment when nothing matches', () => {
    expect(highlightSegments('Astana', new Map([['almaty', 6]]))).toEqual([{ text: 'Astana', match: false }]);
  });
});

describe('snippet', () => {
  const quote =
    'The relative positions reverse on the import account: Russia being the source of 36% of Kazakhstan’s imports, and China of 18%, ' +
    'which suggests the ties that bind Kazakhstan to its northern neighbour are still strong.';

  it('cuts a long text around its first match, at word boundaries, with ellipses', () => {
    const segments = snippet(quote, new Map([['neighbour', 9]]), 80);
    const text = joined(segments);
    expect(text.startsWith('…')).toBe(true);
    expect(marked(segments)).toEqual(['neighbour']);
    expect(text.length).toBeLessThanOrEqual(82);
    expect(text).toMatch(/^… ?\S/);
  });

  it('keeps the start of the text when nothing matches', () => {
    const text = joined(snippet(quote, new Map(), 40));
    expect(text.startsWith('The relative positions')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
  });

  it('returns a short text whole', () => {
    expect(joined(snippet('China', new Map([['china', 5]]), 80))).toBe('China');
  });
});
