/**
 * The look-alike rule: a name that runs on into a longer proper name is not
 * a mention. "the West African craton" is not the West, "China Daily" is not
 * China, "Eurasian Soil Science" is a journal, "Air Astana" an airline. A
 * blocker list could never keep up with every such name, so the rule reads
 * the words around a match instead:
 *
 *  - followed, after one space, by a capitalised word: the name goes on;
 *  - preceded, after one space, by a capitalised word that is not the first
 *    word of its sentence (nor a month, a weekday or "I"): the name started
 *    earlier. Callers skip this side for people, whose names follow titles
 *    ("President Xi Jinping", "Premier Li Keqiang");
 *  - neither applies in ALL CAPS, nor in a Title Case sentence of four words
 *    or more (headlines such as "China Tilts Kazakhstan Away From Russia"),
 *    where capitals say nothing about where a name ends. A shorter
 *    capitalised run ("Eurasian Soil Science") is taken for a name.
 *
 * A node boundary (NUL in the annotator's joined text) or any punctuation
 * ends a name. Pure: no DOM, so it runs in the matcher's batch text and in
 * unit tests alike.
 */

/** How far either side of a match the Title Case test reads: a headline, not the whole article. */
const TITLE_WINDOW = 160;
/**
 * Fewer words than this and a capitalised run is more likely a name than a
 * headline ("Eurasian Soil Science" is three words, "China Tilts Kazakhstan
 * Away From Russia" six).
 */
const TITLE_MIN_WORDS = 4;
/** Fewer long words than this and there is too little to judge the capitals by. */
const TITLE_MIN_LONG_WORDS = 3;
/** Share of long words that start with a capital in Title Case (headlines keep a few small words lower case). */
const TITLE_SHARE = 0.8;
/** Words shorter than this are left out of the Title Case test ("of", "to", "in" stay lower case in titles). */
const TITLE_MIN_LENGTH = 3;

/** Capitalised words that often stand before a name without being part of it. */
const NOT_NAME_WORDS = new Set([
  'I',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
]);

const UPPER = /\p{Lu}/u;
const LETTER = /[\p{L}\p{M}\p{N}]/u;
const WORD_CHAR = /[\p{L}\p{M}]/u;
/** What ends a sentence or opens a quote or a bracket: the next word is capitalised for that reason alone. */
const SENTENCE_START = /[.!?:;"“”‘’'(\[«»—–\-•|/\\]/u;

const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\u00a0';

// The rule runs on every hit the matcher finds, so ASCII is told by its code and only other
// characters go to the Unicode regexes.
const isAsciiLetter = (code: number) => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
/** A letter, mark or digit: part of a word for where a name ends. */
function isLetter(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return isAsciiLetter(code) || (code >= 0x30 && code <= 0x39);
  return LETTER.test(text[i]!);
}
/** A letter or mark: part of a word for the Title Case count (digits are not words). */
function isWordChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code < 0x80 ? isAsciiLetter(code) : WORD_CHAR.test(text[i]!);
}
function isUpper(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return UPPER.test(text[i]!);
}

export interface LookAlikeOptions {
  /** Judge the word before the match too (off for people, whose names follow titles). */
  before: boolean;
}

/** Whether `text.slice(start, end)` is part of a longer proper name, so it must not count as a mention. */
export function runsIntoLongerName(text: string, start: number, end: number, options: LookAlikeOptions): boolean {
  const after = capitalisedWordAfter(text, end);
  const before = options.before ? capitalisedNameWordBefore(text, start) : null;
  if (after === null && before === null) return false;
  // In ALL CAPS every word is capitalised: the capitals say nothing.
  const match = text.slice(start, end);
  if (isAllCaps(match) && (after === null || isAllCaps(after)) && (before === null || isAllCaps(before))) return false;
  return !isTitleCase(text, start, end);
}

const isAllCaps = (word: string) => word === word.toUpperCase() && word !== word.toLowerCase();

/** The capitalised word one space after `end`, or null. */
function capitalisedWordAfter(text: string, end: number): string | null {
  if (!isSpace(text[end])) return null;
  if (end + 1 >= text.length || !isUpper(text, end + 1)) return null;
  let wordEnd = end + 1;
  while (wordEnd < text.length && isLetter(text, wordEnd)) wordEnd++;
  return text.slice(end + 1, wordEnd);
}

/** The capitalised word one space before `start`, unless it starts its sentence or is a month, a weekday or "I"; else null. */
function capitalisedNameWordBefore(text: string, start: number): string | null {
  if (!isSpace(text[start - 1])) return null;
  let wordStart = start - 1;
  while (wordStart > 0 && isLetter(text, wordStart - 1)) wordStart--;
  if (wordStart === start - 1 || !isUpper(text, wordStart)) return null;
  const word = text.slice(wordStart, start - 1);
  if (NOT_NAME_WORDS.has(word) || isSentenceStart(text, wordStart)) return null;
  return word;
}

/** Whether the word at `index` is the first of its sentence (or of its text node). */
function isSentenceStart(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && isSpace(text[i])) i--;
  if (i < 0) return true;
  const ch = text[i]!;
  return ch === '\0' || ch === '\n' || ch === '\t' || ch === '\r' || SENTENCE_START.test(ch);
}

/** Whether the text around a match (within its node) is Title Case or ALL CAPS. */
export function isTitleCase(text: string, start: number, end: number): boolean {
  let from = text.lastIndexOf('\0', start) + 1;
  let to = text.indexOf('\0', end);
  if (to < 0) to = text.length;
  from = Math.max(from, start - TITLE_WINDOW);
  to = Math.min(to, end + TITLE_WINDOW);
  // The sentence the match is in: a headline is one, an article paragraph many.
  const sentenceFrom = Math.max(from, lastSentenceEnd(text, from, start));
  const sentenceTo = nextSentenceEnd(text, end, to);
  let words = 0;
  let long = 0;
  let capitalised = 0;
  for (let i = sentenceFrom; i < sentenceTo; ) {
    if (!isWordChar(text, i)) {
      i++;
      continue;
    }
    const wordStart = i;
    while (i < sentenceTo && isWordChar(text, i)) i++;
    words++;
    if (i - wordStart < TITLE_MIN_LENGTH) continue;
    long++;
    if (isUpper(text, wordStart)) capitalised++;
  }
  return words >= TITLE_MIN_WORDS && long >= TITLE_MIN_LONG_WORDS && capitalised >= long * TITLE_SHARE;
}

const SENTENCE_END = /[.!?]\s/g;

function lastSentenceEnd(text: string, from: number, before: number): number {
  let found = from;
  SENTENCE_END.lastIndex = from;
  for (let m = SENTENCE_END.exec(text); m && m.index < before; m = SENTENCE_END.exec(text)) found = m.index + m[0].length;
  return found;
}

function nextSentenceEnd(text: string, after: number, to: number): number {
  SENTENCE_END.lastIndex = after;
  const m = SENTENCE_END.exec(text);
  return m && m.index < to ? m.index + 1 : to;
}

/**
 * The look-alike rule as the matcher's hit filter (`Matcher.match`'s
 * `reject`): applied before the leftmost-longest reduction, so that a dropped
 * "President Xi" in "President Xi Jinping" leaves "Xi Jinping" to match.
 * `isPerson` tells, by entity index, whose name may follow a title: only the
 * word after is judged for them.
 */
export function lookAlikeFilter(isPerson: (entityIndex: number) => boolean): (text: string, start: number, end: number, entityIndex: number) => boolean {
  return (text, start, end, entityIndex) => runsIntoLongerName(text, start, end, { before: !isPerson(entityIndex) });
}
