/**
 * Turns the words a document uses to state a figure ("$84 billion",
 * "one-fifth", "twice", "21.5 percent") into a number, so the compiler can
 * check that a hand-typed `value` really is what the quote says.
 *
 * Conventions (the same ones facts.yaml documents):
 * - money is a full amount in its currency: "$84 billion" -> 84e9 USD;
 * - shares are percent: "36%" -> 36, "one-fifth" -> 20, "half" -> 50;
 * - multiples are a ratio: "twice" -> 2, "three times" -> 3;
 * - a number followed by a unit word is in that unit: "15 million tonnes"
 *   -> 15e6 tonnes, "four months" -> 4 months (see units.ts);
 * - anything else is a plain number and the caller picks the unit.
 */
import { trailingUnit } from './units';

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
