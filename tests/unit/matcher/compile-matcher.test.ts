import { describe, expect, it } from 'vitest';
import { Matcher, matcherFromEntities } from '../../../src/matcher';
import { startPairsOf } from '../../../src/matcher/compile-matcher';
import { unpackInts } from '../../../src/matcher/packed-ints';
import { ENTITIES, readSpans } from './fixtures';

const matcher = matcherFromEntities(ENTITIES);

describe('start pairs', () => {
  const pairsOf = (...entries: Parameters<typeof startPairsOf>[0]) =>
    unpackInts(startPairsOf(entries))
      .map((pair) => String.fromCharCode(pair >> 7, pair & 0x7f))
      .sort();

  it('lets a proper name start as written or in capitals only', () => {
    expect(pairsOf({ text: 'Xi Jinping', case: 'proper', entityId: 'xi' })).toEqual(['XI', 'Xi']);
  });

  it('lets an exact name start only as written', () => {
    expect(pairsOf({ text: 'EU', case: 'exact', entityId: 'eu' })).toEqual(['EU']);
  });

  it('lets a case-insensitive entry start in any case, blockers included', () => {
    expect(pairsOf({ text: 'oil pipeline', case: 'any', entityId: 'pipeline' })).toEqual(['OI', 'Oi', 'oI', 'oi']);
    expect(pairsOf({ text: 'the West Bank', case: 'any', entityId: null })).toEqual(['TH', 'Th', 'tH', 'th']);
  });

  it('needs no pair for one-letter entries, and folds quotes and dashes the way matching does', () => {
    expect(pairsOf({ text: 'X', case: 'proper', entityId: 'x' })).toEqual([]);
    expect(pairsOf({ text: '‘A', case: 'exact', entityId: 'a' })).toEqual(["'A"]);
  });

  it('still finds names in capitals and at the start of text after pairs rule out lower case', () => {
    const restored = Matcher.fromSerialized(JSON.parse(JSON.stringify(matcher.serialize())));
    const text = 'XI JINPING met Xi Jinping; xi jinping is not a name here.';
    expect(readSpans(text, restored.match(text))).toEqual([
      ['XI JINPING', 'xi-jinping'],
      ['Xi Jinping', 'xi-jinping'],
    ]);
  });
});
