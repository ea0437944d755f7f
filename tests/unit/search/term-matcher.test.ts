import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { realDataset } from '../../support/real-dataset';
import { TermMatcher } from '../../../src/search/term-matcher';
import { termsOf } from '../../../src/search/tokenize';
import { random } from '../matcher/synthetic-dictionary';

const data = realDataset();
const vocabulary = [...new Set(data.facts.flatMap((f) => termsOf(`${f.text} ${f.source.quote}`)))].sort();
const matcher = new TermMatcher(vocabulary);
const words = (term: string) => matcher.match(term).map((m) => vocabulary[m.id]);

describe('TermMatcher', () => {
  it('takes a word the vocabulary holds as meant, best first, plus the words it begins', () => {
    const matches = matcher.match('export');
    expect(vocabulary[matches[0]!.id]).toBe('export');
    expect(matches[0]!.quality).toBe(1);
    expect(words('export')).toContain('exports');
    expect(words('export')).not.toContain('import');
  });

  it('finds a misspelling only when the word as typed is not in the vocabulary', () => {
    expect(words('kazakstan')).toContain('kazakhstan');
    expect(words('pipline')).toContain('pipeline');
    expect(words('share')).not.toContain('shape');
  });

  it('ranks a misspelling below a word typed right', () => {
    const [fuzzy] = matcher.match('pipline');
    expect(fuzzy!.quality).toBeLessThan(0.8);
  });

  it('never guesses at numbers or short words', () => {
    // A year the seeds do not state, one digit away from one they do: a fuzzy guess would reach it.
    const years = new Set(vocabulary.filter((word) => /^(19|20)\d\d$/.test(word)).map(Number));
    const absent = [...years].map((year) => year + 1).find((year) => !years.has(year) && !vocabulary.some((w) => w.startsWith(String(year))));
    expect(absent, 'a year next to one the seeds state').toBeDefined();
    expect(words(String(absent))).toEqual([]);
    expect(words('oiil')).toEqual([]);
  });

  it('takes a short word it holds as typed, not as the beginning of longer ones', () => {
    const small = ['kazakhstan', 'oil', 'oilfield', 'xi', 'xinhua', 'xinjiang'];
    const short = new TermMatcher(small);
    const typed = (term: string) => short.match(term).map((m) => small[m.id]);
    expect(typed('xi')).toEqual(['xi']);
    expect(typed('oil')).toEqual(['oil']);
    // Still being typed: no such word, so the words it begins.
    expect(typed('xin')).toEqual(['xinhua', 'xinjiang']);
    expect(typed('kaz')).toEqual(['kazakhstan']);
    // Long enough to be the start of a longer word as well.
    expect(new TermMatcher(['export', 'exports']).match('export')).toHaveLength(2);
  });

  it('reaches a word whose beginning is misspelt while it is still being typed', () => {
    expect(words('kazakst')).toContain('kazakhstan');
  });

  it('misses nothing that fuse.js finds (the bigram filter is only a shortcut)', () => {
    const rnd = random(3);
    const long = vocabulary.filter((w) => w.length >= 5 && /^\p{L}+$/u.test(w));
    for (let i = 0; i < 300; i++) {
      const word = long[Math.floor(rnd() * long.length)]!;
      // One random edit: drop, double or swap a letter.
      const at = 1 + Math.floor(rnd() * (word.length - 2));
      const edits = [word.slice(0, at) + word.slice(at + 1), word.slice(0, at) + word[at] + word.slice(at), word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2)];
      const typo = edits[i % 3]!;
      if (typo.length < 5 || vocabulary.includes(typo)) continue;
      const maxEdits = Math.floor(typo.length * 0.25);
      const expected = vocabulary.filter(
        (w) =>
          w.length >= Math.max(4, typo.length - maxEdits) &&
          /\p{L}/u.test(w) &&
          Fuse.match(typo, w.slice(0, typo.length + maxEdits), { threshold: 0.25, ignoreLocation: true }).isMatch,
      );
      expect(words(typo), typo).toEqual(expect.arrayContaining(expected));
    }
  });
});
