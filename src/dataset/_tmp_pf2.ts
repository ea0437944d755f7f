/**
 * Figure parsing, in one pure module for the dataset compiler and the page.
 *
 * `parseFigure` turns the words a document uses to state a figure ("$84
 * billion", "one-fifth", "twice", "21.5 percent") into a number, so the
 * compiler can check that a hand-typed `value` really is what the quote says.
 * `findFigures` reads the figures a sentence on a page states, with where
 * they are, their unit, whether they are a level or a change, and the
 * precision they are written at, so a page's figure can be set beside a
 * sourced one.
 *
 * Conventions (the same ones facts.yaml documents):
 * - money is a full amount in its currency: "$84 billion" -> 84e9 USD;
 * - shares are percent: "36%" -> 36, "one-fifth" -> 20, "half" -> 50;
 * - multiples are a ratio: "twice" -> 2, "three times" -> 3;
 * - a number followed by a unit word is in that unit: "15 million tonnes"
 *   -> 15e6 tonnes, "four months" -> 4 months (see units.ts);
 * - anything else is a plain number and the caller picks the unit.
 *
 * What `findFigures` reads, exactly:
 * - digits with thousands separators and decimals ("1,200", "21.5");
 *   number words up to ninety-nine ("twenty-five", "ten") before a scale,
 *   percent or unit word;
 * - currency symbols and codes before the number ("$", "US$", "€", "£",
 *   "USD", "EUR", "GBP", "CNY", "RMB") or currency words after it ("dollars",
 *   "yuan", "tenge", "roubles");
 * - scale words and abbreviations: "thousand", "million", "mn", "billion",
 *   "bn", "trillion", "tn", "trn", and "k", "m", "b" glued to a money amount
 *   ("$5m");
 * - "%", "per cent", "percent", "pct" (unit percent), and "percentage
 *   points", "percentage point", "pp" (unit "percentage points", kept apart);
 * - fractions as percent: "half" (before "of", "the"...), "a fifth",
 *   "one-fifth", "two-thirds", "a quarter", "three quarters", "one in five";
 * - multiples as a ratio: "twice", "double", "doubled", "triple", "three
 *   times", "tenfold", "4-fold";
 * - the unit words of units.ts ("86 million barrels", "1,200 MW");
 * - ranges: "$14-18 billion", "14 to 18 per cent", "$14bn-$18bn";
 * - approximators in front, kept as a hedge and out of the value: "about",
 *   "around", "some", "nearly", "almost", "more than", "over", "less than",
 *   "up to", "at least", "an estimated"...;
 * - changes, kept apart from levels: a change verb right before the number
 *   ("fell 21.5%", "rose by 3%", "down 20%") or a change noun right after it
 *   ("a 21.5 percent year-on-year drop"), or "a rise of 5%".
 *
 * Never figures: a bare number with no unit, scale or thousands separator
 * (years, dates, scores, ordinals, counts of a few, the 27 in "March 27"); a
 * number touching "/", ":" or a digit after a hyphen (dates, times, phone
 * numbers, scores such as "3-1"); a number glued to letters ("21st", "4G");
 * money without a scale word and under a million (single prices: "$4.99",
 * "£12", "$1,200").
 */
import { CURRENCIES, MEASURES, trailingUnit } from './units.ts';

export interface ParsedFigure {
  value: number;
  /** Set only when the words themselves imply the unit (`$`, `%`, "twice", "tonnes"). */
  unit?: string;
}

const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  zero: 0, a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6,
  seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
  fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, dozen: 12,
};

const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
};

const SCALES: Readonly<Record<string, number>> = {
  hundred: 1e2, thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, m: 1e6,
  billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12, trn: 1e12,
};

const DENOMINATORS: Readonly<Record<string, number>> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4,
  fourth: 4, fourths: 4, fifth: 5, fifths: 5, sixth: 6, sixths: 6,
  seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9,
  tenth: 10, tenths: 10,
};

const MULTIPLES: Readonly<Record<string, number>> = {
  twice: 2, double: 2, doubled: 2, thrice: 3, triple: 3, tripled: 3,
  quadruple: 4, quadrupled: 4,
};

const CURRENCY_PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ['us$', 'USD'], ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['usd ', 'USD'],
  ['eur ', 'EUR'], ['gbp ', 'GBP'],
];

const CURRENCY_SUFFIXES: Readonly<Record<string, string>> = {
  dollar: 'USD', dollars: 'USD', usd: 'USD', euro: 'EUR', euros: 'EUR',
  yuan: 'CNY', renminbi: 'CNY', rmb: 'CNY', tenge: 'KZT', rouble: 'RUB',
  roubles: 'RUB', ruble: 'RUB', rubles: 'RUB',
};

const PERCENT_SUFFIXES = ['percent', 'per cent', 'pct', '%'];

/** Hedges the documents put in front of a number; they do not change it. */
const QUALIFIER =
  /^(?:(?:well|just|only|some|another|an estimated|estimated|over|under|more than|less than|fewer than|about|around|approximately|roughly|nearly|almost|up to|at least|at most)\s+)+/;

/** Returns the number a figure's words state, or `null` if they are not a figure. */
export function parseFigure(text: string): ParsedFigure | null {
  const words = normalise(text);
  if (words === '') return null;
  // "$84 billion–year", "$40 billion-worth": the figure ends where the dash begins.
  return parseAmount(words) ?? parseAmount(words.replace(/-[a-z]+$/, ''));
}

/** Whether a hand-typed value agrees with the parsed one, allowing rounding ("one-third" as 33.33). */
export function sameFigureValue(parsed: number, recorded: number): boolean {
  return Math.abs(parsed - recorded) <= Math.max(1e-9 * Math.abs(parsed), 0.005);
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(QUALIFIER, '');
}

function parseAmount(words: string): ParsedFigure | null {
  return parseFraction(words) ?? parseMultiple(words) ?? parseQuantity(words);
}

/** "one-fifth", "a quarter", "two-thirds", "half", "one in five" -> percent. */
function parseFraction(words: string): ParsedFigure | null {
  if (words === 'half' || words === 'a half' || words === 'one-half' || words === 'one half') {
    return { value: 50, unit: 'percent' };
  }
  const oneIn = /^(\S+) in (\S+)$/.exec(words);
  if (oneIn?.[1] !== undefined && oneIn[2] !== undefined) {
    const part = parseNumber(oneIn[1]);
    const whole = parseNumber(oneIn[2]);
    return part !== null && whole ? { value: (100 * part) / whole, unit: 'percent' } : null;
  }
  const match = /^(\S+?)[- ](\S+)$/.exec(words);
  if (match?.[1] === undefined || match[2] === undefined) return null;
  const numerator = parseNumber(match[1]);
  const denominator = DENOMINATORS[match[2]];
  if (numerator === null || denominator === undefined) return null;
  return { value: (100 * numerator) / denominator, unit: 'percent' };
}

/** "twice", "three times", "4-fold" -> ratio. */
function parseMultiple(words: string): ParsedFigure | null {
  const single = MULTIPLES[words];
  if (single !== undefined) return { value: single, unit: 'ratio' };
  const match = /^(\S+?)(?: times|-fold|fold| fold)$/.exec(words);
  if (match?.[1] === undefined) return null;
  const count = parseNumber(match[1]);
  return count === null ? null : { value: count, unit: 'ratio' };
}

/** "$23.6 billion", "86 million", "21.5 percent", "36%", "four months", "2013". */
function parseQuantity(words: string): ParsedFigure | null {
  const measured = trailingUnit(words);
  if (measured !== undefined) {
    const value = parseScaledNumber(splitNumber(measured.rest));
    return value === null ? null : { value, unit: measured.unit };
  }
  let rest = words;
  let unit: string | undefined;
  for (const [prefix, currency] of CURRENCY_PREFIXES) {
    if (rest.startsWith(prefix)) {
      unit = currency;
      rest = rest.slice(prefix.length).trim();
      break;
    }
  }
  if (unit === undefined) {
    const percent = PERCENT_SUFFIXES.find((suffix) => rest.endsWith(suffix));
    if (percent !== undefined) {
      unit = 'percent';
      rest = rest.slice(0, -percent.length).trim();
    }
  }
  const tokens = splitNumber(rest);
  const last = tokens.at(-1);
  if (last !== undefined && unit === undefined && CURRENCY_SUFFIXES[last] !== undefined) {
    unit = CURRENCY_SUFFIXES[last];
    tokens.pop();
  }
  return withTrailingNoun(tokens, unit);
}

function splitNumber(text: string): string[] {
  // "14bn", "84b": the scale abbreviation may be glued to the digits.
  return text.replace(/^([\d.,]+)([a-z]+)$/, '$1 $2').split(/[ -]/).filter((t) => t !== '');
}

/**
 * The number may be followed by one plain noun ("86 million barrels",
 * "four months"); the noun names the unit but is the caller's business.
 */
function withTrailingNoun(tokens: string[], unit: string | undefined): ParsedFigure | null {
  const whole = parseScaledNumber(tokens);
  if (whole !== null) return unit === undefined ? { value: whole } : { value: whole, unit };
  const last = tokens.at(-1);
  if (unit !== undefined || tokens.length < 2 || last === undefined || !/^[a-z]+$/.test(last)) return null;
  const value = parseScaledNumber(tokens.slice(0, -1));
  return value === null ? null : { value };
}

function parseScaledNumber(tokens: readonly string[]): number | null {
  if (tokens.length === 0) return null;
  let value: number | null = null;
  let index = 0;
  // Leading number: digits, or up to two number words ("twenty five", "one").
  const first = tokens[0] ?? '';
  if (/^\d/.test(first)) {
    value = parseDigits(first);
    index = 1;
  } else {
    for (; index < tokens.length && index < 2; index += 1) {
      const word = tokens[index] ?? '';
      const small = SMALL_NUMBERS[word] ?? TENS[word];
      if (small === undefined) break;
      value = (value ?? 0) + small;
    }
  }
  if (value === null) return null;
  for (; index < tokens.length; index += 1) {
    const scale = SCALES[tokens[index] ?? ''];
    if (scale === undefined) return null;
    value *= scale;
  }
  return value;
}

function parseDigits(token: string): number | null {
  if (!/^\d{1,3}(,\d{3})*(\.\d+)?$|^\d+(\.\d+)?$/.test(token)) return null;
  return Number(token.replace(/,/g, ''));
}

function parseNumber(word: string): number | null {
  if (/^\d/.test(word)) return parseDigits(word);
  const compound = /^([a-z]+)-([a-z]+)$/.exec(word);
  if (compound?.[1] !== undefined && compound[2] !== undefined) {
    const tens = TENS[compound[1]];
    const ones = SMALL_NUMBERS[compound[2]];
    return tens !== undefined && ones !== undefined && ones < 10 ? tens + ones : null;
  }
  return SMALL_NUMBERS[word] ?? TENS[word] ?? null;
}

// --- Figures in running text ------------------------------------------------

/** How a hedge in front of a figure leans; the value itself stays as written. */
export type Hedge = 'about' | 'more' | 'less';

export interface FoundFigure {
  /** Where the figure's words are in the sentence (the hedge included). */
  start: number;
  end: number;
  /** The figure as the sentence writes it: "$84bn", "a fifth". */
  text: string;
  /** The value, or the low end of a range. */
  value: number;
  /** The high end of a range ("$14-18 billion"). */
  high?: number;
  /** `USD`…, `percent`, `percentage points`, `ratio`, `count` or a unit of units.ts. */
  unit: string;
  /** A change ("fell 21.5%") is never set against a level ("21.5% of exports"). */
  kind: 'level' | 'change';
  hedge?: Hedge;
  /**
   * Half the step of the last digit written, in the figure's unit: "$84bn"
   * stands for anything that rounds to 84 billion. Fractions stand for their
   * percentage to the nearest whole percent.
   */
  tolerance: number;
}

const HEDGES: Readonly<Record<string, Hedge>> = {
  about: 'about', around: 'about', approximately: 'about', roughly: 'about', some: 'about',
  'close to': 'about', 'an estimated': 'about', estimated: 'about', 'nearly': 'less', almost: 'less',
  'just under': 'less', 'well under': 'less', under: 'less', 'less than': 'less', 'fewer than': 'less',
  'up to': 'less', 'at most': 'less', 'just over': 'more', 'well over': 'more', over: 'more',
  'more than': 'more', 'at least': 'more',
};

const CURRENCY_CODES: Readonly<Record<string, string>> = {
  'us$': 'USD', $: 'USD', '€': 'EUR', '£': 'GBP', usd: 'USD', eur: 'EUR', gbp: 'GBP', cny: 'CNY', rmb: 'CNY',
};

const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  ...CURRENCY_SUFFIXES, 'us dollars': 'USD', 'u.s. dollars': 'USD',
};

const PERCENT_WORDS: Readonly<Record<string, string>> = {
  '%': 'percent', 'per cent': 'percent', percent: 'percent', pct: 'percent',
  'percentage points': 'percentage points', 'percentage point': 'percentage points', pp: 'percentage points',
};

const TEXT_SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3, million: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12, tn: 1e12, trn: 1e12,
};

/** Only glued to a money amount ("$5m"), where they cannot be metres or bytes. */
const GLUED_SCALES: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, b: 1e9 };

const CHANGE_BEFORE =
  /(?:^|[^\p{L}])(?:fell|fall|falls|falling|rose|rise|rises|rising|dropped|drops|drop|declined|declines|grew|grows|increased|increases|decreased|decreases|jumped|jumps|climbed|climbs|slumped|plunged|plummeted|surged|soared|tumbled|slipped|shrank|shrunk|expanded|gained|lost|down|up)(?: by)? $/u;
const CHANGE_NOUN_BEFORE =
  /(?:^|[^\p{L}])(?:rise|increase|drop|fall|decline|decrease|growth|jump|gain|cut|reduction|contraction|slump|surge) of $/u;
const CHANGE_AFTER =
  /^(?:[- ](?:year-on-year|year-over-year|annual|yearly|on-year|y\/y))?[- ](?:drop|fall|rise|increase|decline|decrease|jump|gain|cut|reduction|contraction|slump|surge|plunge)(?![\p{L}])/u;

function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '[ -]?'))
    .join('|');
}

const SMALL_WORDS = Object.keys(SMALL_NUMBERS).filter((word) => word !== 'a' && word !== 'an' && word !== 'zero');
const WORD_NUMBER = `(?:(?:${Object.keys(TENS).join('|')})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|${SMALL_WORDS.join('|')})`;
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const NUMBER = `(?:${DIGITS}|${WORD_NUMBER})`;
const CURRENCY = String.raw`(?:us\$|\$|€|£|(?:usd|eur|gbp|cny|rmb) ?)`;
const SCALE = `(?: ?(?:${alternation(Object.keys(TEXT_SCALES))})(?![\\p{L}])|(?<=\\d)[kmb](?![\\p{L}]))`;
const AMOUNT = `${CURRENCY}?${NUMBER}${SCALE}?`;
const SUFFIX = `(?: ?(?:${alternation(Object.keys(PERCENT_WORDS))})| (?:${alternation(Object.keys(CURRENCY_WORDS))})| ?(?:${alternation(unitWords())}))`;
const DENOMINATOR = alternation(Object.keys(DENOMINATORS).filter((word) => !word.startsWith('half')));
const HEDGE = `(?:(?:${alternation(Object.keys(HEDGES))}) )?`;
const HEDGE_AT_START = new RegExp(`^(?:${alternation(Object.keys(HEDGES))}) `);
/** "a third" is a fraction before "of" or at a clause's end, not in "a third term". */
const FRACTION_END = String.raw`(?= of\b|[,.;:)]|$| (?:is|are|was|were|goes|go|went|comes|come|came|that|which)\b)`;
/** "twice the share", "three times as much", never "visited three times". */
const COMPARISON = String.raw`(?= (?:the|that|as|more|less|higher|lower|larger|bigger|greater|smaller|what|its|their|his|her)\b)`;

/** One pattern for every form; which group matched says how to read it. */
export const FIGURE = new RegExp(
  [
    // "one in five", "1 in 4"
    String.raw`(?<oneIn>(?:one|\d+) in (?:${SMALL_WORDS.join('|')}|\d+))(?![\p{L}\d])`,
    // "two-thirds", "a fifth", "three quarters", "one half"
    `(?<fraction>(?:a|an|one|two|three|four|five|six|seven|eight|nine)[- ](?:${DENOMINATOR}|half))${FRACTION_END}`,
    // "half of", "half the": alone, "half" is a sports period or a size
    String.raw`(?<half>half)(?= (?:of|the|its|their|his|her|all|a|an)\b)`,
    // "twice", "three times", "4-fold"
    `(?<multiple>(?:doubled|tripled|quadrupled|(?:${NUMBER})(?:-fold| fold|fold))(?![\\p{L}])|(?:twice|thrice|double|triple|quadruple|(?:${NUMBER}) times)${COMPARISON})`,
    // amounts and ranges: "$14-18 billion", "14 to 18 per cent", "$84bn"
    `(?<amount>${AMOUNT})(?:(?<sep> ?(?:-|to) ?)(?<amount2>${AMOUNT}))?(?<suffix>${SUFFIX})?`,
  ]
    .join('|')
    .replace(/^/, () => `(?<![\\p{L}\\p{N}$€£.,])${HEDGE}(?:`)
    .concat(')'),
  'gu',
);

function unitWords(): string[] {
  return Object.values(MEASURES).flatMap((measure) => [...measure.words]);
}

/**
 * The sentence in lower case with one kind of dash and space, each character
 * where it was, so positions found in it are positions in the sentence.
 */
function sameLengthLower(text: string): string {
  let out = '';
  for (const char of text) {
    let mapped = /[\u2010-\u2015\u2212]/.test(char) ? '-' : char === '\u00a0' || /\s/.test(char) ? ' ' : char.toLowerCase();
    if (mapped.length !== char.length) mapped = char;
    out += mapped;
  }
  return out;
}

/**
 * ASCII word boundaries rather than `\p{L}` look-arounds: several times faster over a page
 * (docs/perf-log.md). The only difference: a number word right after an accented letter ("éhalf")
 * passes this test, and the close reading decides.
 */
const MAY_HOLD_FIGURE = new RegExp(
  `\\d|\\b(?:${[...SMALL_WORDS, ...Object.keys(TENS), ...Object.keys(DENOMINATORS), ...Object.keys(MULTIPLES)].join('|')})(?:fold)?\\b`,
  'i',
);

/** Whether a text can state any figure at all (a digit or a number word): a cheap test before it is read closely. */
export function mayHoldFigure(text: string): boolean {
  return MAY_HOLD_FIGURE.test(text);
}

/** Every figure the sentence states, left to right. See the header for what counts. */
export function findFigures(sentence: string): FoundFigure[] {
  const lower = sameLengthLower(sentence);
  const found: FoundFigure[] = [];
  for (const match of lower.matchAll(FIGURE)) {
    const figure = readMatch(match, lower);
    if (figure !== null && !touchesTrap(lower, figure.start, figure.end)) {
      found.push({ ...figure, text: sentence.slice(figure.start, figure.end).replace(/^\s+|[\s,.]+$/g, '') });
    }
  }
  return found;
}

type Read = Omit<FoundFigure, 'text'>;

function readMatch(match: RegExpMatchArray, lower: string): Read | null {
  const start = match.index ?? 0;
  const whole = match[0];
  const end = start + whole.length;
  const hedgeWords = HEDGE_AT_START.exec(whole)?.[0];
  const hedge = hedgeWords !== undefined ? HEDGES[hedgeWords.trim().replace(/-/g, ' ')] : undefined;
  const groups = match.groups ?? {};
  const base = { start, end, kind: changeKind(lower, start, end), ...(hedge ? { hedge } : {}) };
  if (groups.oneIn !== undefined || groups.fraction !== undefined || groups.half !== undefined) {
    const words = (groups.oneIn ?? groups.fraction ?? groups.half ?? '').replace(/^an? /, 'one ');
    const parsed = parseFraction(words === 'one half' ? 'half' : words);
    return parsed === null ? null : { ...base, value: parsed.value, unit: 'percent', tolerance: 0.5 };
  }
  if (groups.multiple !== undefined) {
    const parsed = parseMultiple(groups.multiple);
    return parsed === null ? null : { ...base, value: parsed.value, unit: 'ratio', tolerance: /\d/.test(groups.multiple) ? halfStep(groups.multiple, 1) : 0 };
  }
  if (groups.amount === undefined) return null;
  return readAmounts(groups.amount, groups.amount2, groups.suffix, base);
}

interface Amount {
  value: number;
  scale: number | undefined;
  currency: string | undefined;
  words: boolean;
  digits: string;
}

function readAmount(text: string): Amount | null {
  const currencyMatch = new RegExp(`^${CURRENCY}`).exec(text);
  const currency = currencyMatch ? CURRENCY_CODES[currencyMatch[0].trim()] : undefined;
  let rest = text.slice(currencyMatch?.[0].length ?? 0);
  let scale: number | undefined;
  const scaleMatch = /(?: ?([a-z]+))$/.exec(rest);
  if (scaleMatch?.[1] !== undefined) {
    const word = scaleMatch[1];
    const glued = !scaleMatch[0].startsWith(' ') && /\d$/.test(rest.slice(0, -word.length));
    scale = TEXT_SCALES[word] ?? (glued ? GLUED_SCALES[word] : undefined);
    if (scale !== undefined) rest = rest.slice(0, -scaleMatch[0].length);
  }
  const words = !/^\d/.test(rest);
  const value = words ? parseNumber(rest.replace(/ /g, '-')) : parseDigits(rest);
  if (value === null) return null;
  return { value, scale, currency, words, digits: rest };
}

function readAmounts(first: string, second: string | undefined, suffix: string | undefined, base: Omit<Read, 'value' | 'unit' | 'tolerance'>): Read | null {
  const low = readAmount(first);
  const high = second === undefined ? null : readAmount(second);
  if (low === null || (second !== undefined && high === null)) return null;
  const scale = low.scale ?? high?.scale ?? 1;
  const suffixWord = suffix?.trim().replace(/-/g, ' ');
  let unit = low.currency ?? high?.currency;
  if (suffixWord !== undefined) {
    const named = PERCENT_WORDS[suffixWord] ?? CURRENCY_WORDS[suffixWord] ?? trailingUnit(suffixWord)?.unit;
    if (named === undefined || (unit !== undefined && named !== unit)) return null;
    unit = named;
  }
  const scaled = low.scale !== undefined || high?.scale !== undefined;
  const separated = /,/.test(low.digits);
  if (unit === undefined) {
    // A bare number is a year, a score, a date or a count of a few, never a figure.
    if (!scaled && !separated) return null;
    unit = 'count';
  }
  if ((low.words || high?.words) && !scaled && suffixWord === undefined) return null;
  const value = low.value * scale;
  const highValue = high === null ? undefined : high.value * (high.scale ?? scale);
  if (highValue !== undefined && highValue <= value) return null;
  // A single price: money with no scale and under a million.
  if (CURRENCIES_SET.has(unit) && !scaled && value < 1e6) return null;
  const tolerance = halfStep(low.digits, scale);
  return { ...base, value, ...(highValue !== undefined ? { high: highValue } : {}), unit, tolerance };
}

const CURRENCIES_SET: ReadonlySet<string> = new Set(CURRENCIES);

function halfStep(digits: string, scale: number): number {
  const decimals = /\.(\d+)/.exec(digits)?.[1]?.length ?? 0;
  return (scale * 10 ** -decimals) / 2;
}

function changeKind(lower: string, start: number, end: number): 'level' | 'change' {
  const before = lower.slice(Math.max(0, start - 24), start);
  const after = lower.slice(end, end + 40);
  return CHANGE_BEFORE.test(before) || CHANGE_NOUN_BEFORE.test(before) || CHANGE_AFTER.test(after) ? 'change' : 'level';
}

/** Dates, times, phone numbers, scores and ordinals: digits that run on through "/", ":", "-" or letters. */
function touchesTrap(lower: string, start: number, end: number): boolean {
  const before = lower.slice(Math.max(0, start - 2), start);
  const after = lower.slice(end, end + 2);
  return /[/:]$|\d-$/.test(before) || /^[/:-]\d|^[.,]\d|^[\p{L}\d]/u.test(after);
}

/** Whether a page's figure says a sourced value, at the precision the page writes it. */
export function figureSays(figure: Pick<FoundFigure, 'value' | 'high' | 'tolerance'>, sourced: number): boolean {
  const slack = figure.tolerance + 1e-9 * Math.abs(sourced);
  return sourced >= figure.value - slack && sourced <= (figure.high ?? figure.value) + slack;
}
