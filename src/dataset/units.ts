/**
 * The units a figure may carry: one list for the build's check (seed
 * schemas), the figure parser (which words name which unit) and the labels
 * the card, popup and viewer show. Pure.
 */

export const CURRENCIES = ['USD', 'EUR', 'GBP', 'CNY', 'KZT', 'RUB'] as const;

/** Units written with the number: "20%", "2×", "2013". */
export const MARKED_UNITS = ['percent', 'ratio', 'year', 'count'] as const;

export interface MeasureUnit {
  /** The label after a quantity of exactly 1, and after any other. */
  one: string;
  many: string;
  /** What a source may write after the number (lower case, longest first is not required). */
  words: readonly string[];
}

/** Physical quantities and durations geopolitics figures come in. */
export const MEASURES = {
  barrels: { one: 'barrel', many: 'barrels', words: ['barrel', 'barrels', 'bbl'] },
  'barrels/day': {
    one: 'barrel per day',
    many: 'barrels per day',
    words: ['barrels per day', 'barrels a day', 'barrel per day', 'bpd', 'b/d'],
  },
  tonnes: { one: 'tonne', many: 'tonnes', words: ['tonne', 'tonnes', 'metric ton', 'metric tons', 'ton', 'tons'] },
  'tonnes/year': {
    one: 'tonne per year',
    many: 'tonnes per year',
    words: ['tonnes per year', 'tonnes a year', 'tons per year', 'tons a year', 'metric tons per year', 'metric tons a year'],
  },
  'cubic metres': {
    one: 'cubic metre',
    many: 'cubic metres',
    words: ['cubic metre', 'cubic metres', 'cubic meter', 'cubic meters', 'm3', 'm³'],
  },
  'cubic metres/year': {
    one: 'cubic metre per year',
    many: 'cubic metres per year',
    words: ['cubic metres per year', 'cubic metres a year', 'cubic meters per year', 'cubic meters a year'],
  },
  km: { one: 'km', many: 'km', words: ['km', 'kilometre', 'kilometres', 'kilometer', 'kilometers'] },
  miles: { one: 'mile', many: 'miles', words: ['mile', 'miles'] },
  km2: {
    one: 'km²',
    many: 'km²',
    words: ['km2', 'km²', 'sq km', 'square kilometre', 'square kilometres', 'square kilometer', 'square kilometers'],
  },
  hectares: { one: 'hectare', many: 'hectares', words: ['hectare', 'hectares', 'ha'] },
  MW: { one: 'MW', many: 'MW', words: ['mw', 'megawatt', 'megawatts'] },
  GW: { one: 'GW', many: 'GW', words: ['gw', 'gigawatt', 'gigawatts'] },
  TWh: { one: 'TWh', many: 'TWh', words: ['twh', 'terawatt-hour', 'terawatt-hours', 'terawatt hours'] },
  people: { one: 'person', many: 'people', words: ['people', 'persons', 'residents', 'inhabitants'] },
  troops: { one: 'troop', many: 'troops', words: ['troops', 'soldiers'] },
  days: { one: 'day', many: 'days', words: ['day', 'days'] },
  months: { one: 'month', many: 'months', words: ['month', 'months'] },
  years: { one: 'year', many: 'years', words: ['year', 'years'] },
} as const satisfies Record<string, MeasureUnit>;

export type MeasureName = keyof typeof MEASURES;

export const UNITS = [...CURRENCIES, ...MARKED_UNITS, ...(Object.keys(MEASURES) as MeasureName[])] as const;

export function isMeasure(unit: string): unit is MeasureName {
  return Object.hasOwn(MEASURES, unit);
}

/** Every unit word, longest first, so "barrels per day" is read before "day". */
const UNIT_WORDS: readonly (readonly [string, MeasureName])[] = (Object.entries(MEASURES) as [MeasureName, MeasureUnit][])
  .flatMap(([unit, { words }]) => words.map((word) => [word, unit] as const))
  .sort((a, b) => b[0].length - a[0].length);

/**
 * The unit that the words after a number name, and the words before them:
 * "15 million tonnes" → tonnes and "15 million". `undefined` when the text
 * does not end in a unit word.
 */
export function trailingUnit(words: string): { unit: MeasureName; rest: string } | undefined {
  for (const [word, unit] of UNIT_WORDS) {
    if (!words.endsWith(word)) continue;
    const rest = words.slice(0, -word.length);
    // A whole word after the number: "15 million tonnes", "1,000km", "one-day", never "3 beta".
    if (rest === '' || /[\s-]$|\d$/.test(rest)) return { unit, rest: rest.replace(/[\s-]+$/, '') };
  }
  return undefined;
}
