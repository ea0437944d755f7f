import { describe, expect, it } from 'vitest';
import { TopicMatcher, formsOf } from '../../../src/relevance/topic-words';

const topics = new TopicMatcher([
  { topic: 'trade', words: ['export', 'import', 'trade'] },
  { topic: 'economy', words: ['economy', 'gdp'] },
  { topic: 'energy', words: ['natural gas', 'oil'] },
]);

describe('TopicMatcher', () => {
  it.each([
    ['Kazakhstan exported more oil.', 'trade'],
    ['Exports to China rose.', 'trade'],
    ['an exporter of grain', 'trade'],
    ['Trading resumed.', 'trade'],
    ['The economies of Central Asia', 'economy'],
    ['economic growth slowed', 'economy'],
    ['GDP rose 4%', 'economy'],
    ['natural  gas fields', 'energy'],
    ['natural-gas fields', 'energy'],
  ])('%s has a word of %s', (text, topic) => {
    expect(topics.has(text, topic)).toBe(true);
  });

  it.each([
    ['It is important to win.', 'trade'],
    ['the tradesman’s tools', 'trade'],
    ['boiling the soil', 'energy'],
    ['a natural gasp', 'energy'],
  ])('%s has no word of %s', (text, topic) => {
    expect(topics.has(text, topic)).toBe(false);
  });

  it('covers the plain forms of a word and the words of a phrase', () => {
    expect(formsOf('natural gas')).toContain('natural gases');
    expect(formsOf('economy')).toEqual(expect.arrayContaining(['economy', 'economies', 'economic']));
  });

  it('lists every topic of a text', () => {
    expect(topics.topicsIn('Oil exports prop up the economy.')).toEqual(new Set(['trade', 'economy', 'energy']));
  });
});
