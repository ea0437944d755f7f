import type { CaseMode } from '../../../src/model/entity';
import { fold, type MatcherEntry } from '../../../src/matcher';

/** Small deterministic PRNG (mulberry32), so the dictionary is the same on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Alias words use only these letters (plus diacritics on them); filler text uses
// none of them, so filler can never complete or extend an alias.
const SYLLABLES = ['ka', 'zan', 'tor', 'mi', 'bel', 'os', 'ur', 'va', 'ren', 'dal', 'sho', 'kin', 'pa', 'li', 'mar', 'ne', 'zu', 'ga', 'bor', 'tei', 'at', 'nos', 'ek', 'ru'];
const DIACRITIC: Record<string, string[]> = {
  a: ['á', 'ä', 'â'],
  e: ['é', 'è', 'ë'],
  i: ['í', 'ï'],
  o: ['ö', 'ó', 'ô'],
  u: ['ü', 'ú'],
  n: ['ñ'],
  z: ['ž'],
  s: ['š'],
};
const FILLER = ['qwy', 'fyx', 'hjq', 'wyf', 'xhj', 'jyw', 'cq', 'yy', 'fh', 'wx'];

export interface SyntheticDictionary {
  entries: MatcherEntry[];
}

function pick<T>(rnd: () => number, items: readonly T[]): T {
  return items[Math.floor(rnd() * items.length)]!;
}

function makeWord(rnd: () => number): string {
  const n = 1 + Math.floor(rnd() * 3);
  let word = '';
  for (let i = 0; i < n; i++) word += pick(rnd, SYLLABLES);
  if (rnd() < 0.25) {
    const chars = [...word];
    const at = Math.floor(rnd() * chars.length);
    const options = DIACRITIC[chars[at]!];
    if (options) chars[at] = pick(rnd, options);
    word = chars.join('');
  }
  if (rnd() < 0.08) word = word.slice(0, 1) + (rnd() < 0.5 ? "'" : '’') + word.slice(1);
  return word[0]!.toUpperCase() + word.slice(1);
}

/**
 * `size` distinct aliases (distinct after folding) of 1 to 4 words, with
 * diacritics, apostrophes and hyphens, over 1/3 as many entities. Many
 * aliases extend shorter ones ("Kazan Tor" and "Kazan Tor Bel"), so
 * leftmost-longest is exercised at scale.
 */
export function syntheticDictionary(size: number, seed = 1): SyntheticDictionary {
  const rnd = random(seed);
  const entries: MatcherEntry[] = [];
  const seen = new Set<string>();
  const modes: CaseMode[] = ['proper', 'proper', 'proper', 'any', 'exact'];
  while (entries.length < size) {
    let text: string;
    const previous = entries.length > 0 && rnd() < 0.2 ? entries[Math.floor(rnd() * entries.length)]! : undefined;
    if (previous) {
      text = previous.text + ' ' + makeWord(rnd);
    } else {
      const words = 1 + Math.floor(rnd() * 4);
      text = makeWord(rnd);
      for (let w = 1; w < words; w++) text += (rnd() < 0.1 ? '-' : ' ') + makeWord(rnd);
    }
    const key = fold(text);
    if (seen.has(key)) continue;
    seen.add(key);
    const mode = pick(rnd, modes);
    entries.push({ text, case: mode, entityId: `e${Math.floor(entries.length / 3)}`, aliasIndex: entries.length % 3 });
  }
  return { entries };
}

export interface PlantedText {
  text: string;
  expected: { start: number; end: number; entityId: string }[];
}

function fillerWords(rnd: () => number, count: number): string {
  const words: string[] = [];
  for (let i = 0; i < count; i++) words.push(pick(rnd, FILLER));
  return words.join(' ');
}

/**
 * Filler text with `mentions` planted aliases, each written in a form its
 * case mode accepts (as written, in capitals, in lower case, possessive,
 * with the other apostrophe), and the spans the matcher must return.
 */
export function plantMentions(dict: SyntheticDictionary, mentions: number, seed = 2, fillerPerMention = 8): PlantedText {
  const rnd = random(seed);
  let text = fillerWords(rnd, fillerPerMention);
  const expected: PlantedText['expected'] = [];
  for (let m = 0; m < mentions; m++) {
    const id = Math.floor(rnd() * dict.entries.length);
    const entry = dict.entries[id]!;
    let form = entry.text;
    if (entry.case === 'proper' && rnd() < 0.3) form = form.toUpperCase();
    if (entry.case === 'any' && rnd() < 0.5) form = rnd() < 0.5 ? form.toLowerCase() : form.toUpperCase();
    // Swapping apostrophe styles keeps length and must not matter in any mode.
    if (rnd() < 0.5) form = form.replace(/['’]/g, (q) => (q === "'" ? '’' : "'"));
    text += rnd() < 0.5 ? ' ' : ', ';
    const start = text.length;
    text += form;
    expected.push({ start, end: start + form.length, entityId: entry.entityId! });
    text += pick(rnd, ['', "'s", '’s', '.', ';', '-']);
    text += ' ' + fillerWords(rnd, 1 + Math.floor(rnd() * fillerPerMention));
  }
  return { text, expected };
}
