import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figureSays, findFigures, mayHoldFigure } from '../../../src/dataset/parse-figure';
import { formatValue } from '../../../src/shared/format-figure';

type Row = [text: string, value: number, unit: string, extra?: { high?: number; kind?: 'change'; hedge?: string }];

/** Written forms, each with the value and unit it must give. */
const FORMS: Row[] = [
  // Money: symbols, codes, scale words and abbreviations
  ['$84 billion', 84e9, 'USD'],
  ['$84bn', 84e9, 'USD'],
  ['$84 bn', 84e9, 'USD'],
  ['$84b', 84e9, 'USD'],
  ['$23.6 billion', 23.6e9, 'USD'],
  ['$22.4bn', 22.4e9, 'USD'],
  ['US$18 billion', 18e9, 'USD'],
  ['US$18bn', 18e9, 'USD'],
  ['USD 18 billion', 18e9, 'USD'],
  ['USD18bn', 18e9, 'USD'],
  ['18 billion dollars', 18e9, 'USD'],
  ['18 billion US dollars', 18e9, 'USD'],
  ['18 billion USD', 18e9, 'USD'],
  ['$1.5 million', 1.5e6, 'USD'],
  ['$1.5m', 1.5e6, 'USD'],
  ['$1.5mn', 1.5e6, 'USD'],
  ['$1.5 mn', 1.5e6, 'USD'],
  ['$300k', 300e3, 'USD'],
  ['$300 thousand', 300e3, 'USD'],
  ['$2 trillion', 2e12, 'USD'],
  ['$2tn', 2e12, 'USD'],
  ['$2 trn', 2e12, 'USD'],
  ['$1,200,000', 1.2e6, 'USD'],
  ['$1,200 billion', 1.2e12, 'USD'],
  ['€300 million', 300e6, 'EUR'],
  ['€1.1bn', 1.1e9, 'EUR'],
  ['EUR 300 million', 300e6, 'EUR'],
  ['300 million euros', 300e6, 'EUR'],
  ['£5bn', 5e9, 'GBP'],
  ['GBP 5 billion', 5e9, 'GBP'],
  ['2 trillion yuan', 2e12, 'CNY'],
  ['RMB 2 trillion', 2e12, 'CNY'],
  ['CNY 40 billion', 40e9, 'CNY'],
  ['40 billion renminbi', 40e9, 'CNY'],
  ['500 billion tenge', 500e9, 'KZT'],
  ['10 billion roubles', 10e9, 'RUB'],
  ['10 billion rubles', 10e9, 'RUB'],
  ['ten billion dollars', 10e9, 'USD'],
  ['$ten billion', 10e9, 'USD'],
  ['twenty-five billion dollars', 25e9, 'USD'],
  ['$0.5 billion', 0.5e9, 'USD'],
  ['$40 billion-worth', 40e9, 'USD'],
  ['$84 billion–year', 84e9, 'USD'],
  ['$44 billion a year', 44e9, 'USD'],
  // Percent and percentage points
  ['36%', 36, 'percent'],
  ['36 %', 36, 'percent'],
  ['36 per cent', 36, 'percent'],
  ['36 percent', 36, 'percent'],
  ['36 pct', 36, 'percent'],
  ['36 per-cent', 36, 'percent'],
  ['21.5 percent', 21.5, 'percent'],
  ['21.5%', 21.5, 'percent'],
  ['0.5%', 0.5, 'percent'],
  ['100%', 100, 'percent'],
  ['1.5%', 1.5, 'percent'],
  ['twenty per cent', 20, 'percent'],
  ['twenty-five percent', 25, 'percent'],
  ['ten percent', 10, 'percent'],
  ['five per cent', 5, 'percent'],
  ['2.5 percentage points', 2.5, 'percentage points'],
  ['3 percentage points', 3, 'percentage points'],
  ['one percentage point', 1, 'percentage points'],
  ['2pp', 2, 'percentage points'],
  ['2 pp', 2, 'percentage points'],
  // Fractions
  ['a fifth', 20, 'percent'],
  ['one-fifth', 20, 'percent'],
  ['One-fifth', 20, 'percent'],
  ['one fifth', 20, 'percent'],
  ['two-fifths', 40, 'percent'],
  ['a quarter', 25, 'percent'],
  ['one-quarter', 25, 'percent'],
  ['three quarters', 75, 'percent'],
  ['three-quarters', 75, 'percent'],
  ['a third', 100 / 3, 'percent'],
  ['one-third', 100 / 3, 'percent'],
  ['two-thirds', 200 / 3, 'percent'],
  ['a tenth', 10, 'percent'],
  ['one-tenth', 10, 'percent'],
  ['an eighth', 12.5, 'percent'],
  ['a half', 50, 'percent'],
  ['one half', 50, 'percent'],
  ['one-half', 50, 'percent'],
  ['half of', 50, 'percent'],
  ['one in five', 20, 'percent'],
  ['one in four', 25, 'percent'],
  ['1 in 4', 25, 'percent'],
  ['one in ten', 10, 'percent'],
  // Multiples
  ['twice the', 2, 'ratio'],
  ['twice as', 2, 'ratio'],
  ['double the', 2, 'ratio'],
  ['doubled', 2, 'ratio'],
  ['triple the', 3, 'ratio'],
  ['tripled', 3, 'ratio'],
  ['thrice the', 3, 'ratio'],
  ['three times the', 3, 'ratio'],
  ['three times as', 3, 'ratio'],
  ['3 times more', 3, 'ratio'],
  ['2.5 times the', 2.5, 'ratio'],
  ['tenfold', 10, 'ratio'],
  ['4-fold', 4, 'ratio'],
  ['four-fold', 4, 'ratio'],
  ['quadrupled', 4, 'ratio'],
  // Plain quantities, with a scale or thousands separators
  ['86 million', 86e6, 'count'],
  ['1,200', 1200, 'count'],
  ['19,000,000', 19e6, 'count'],
  ['2.5 billion', 2.5e9, 'count'],
  ['300 thousand', 300e3, 'count'],
  ['twenty million', 20e6, 'count'],
  // Unit words of units.ts
  ['86 million barrels of oil', 86e6, 'barrels'],
  ['2 million barrels a day', 2e6, 'barrels/day'],
  ['250,000 b/d', 250e3, 'barrels/day'],
  ['15 million metric tons', 15e6, 'tonnes'],
  ['12 million tonnes per year', 12e6, 'tonnes/year'],
  ['30 billion cubic meters', 30e9, 'cubic metres'],
  ['2,800 kilometres', 2800, 'km'],
  ['400 square kilometres', 400, 'km2'],
  ['1,200 MW', 1200, 'MW'],
  ['3 GW', 3, 'GW'],
  ['5,000 troops', 5000, 'troops'],
  ['18 million people', 18e6, 'people'],
  ['four months', 4, 'months'],
  ['25 years', 25, 'years'],
  // Ranges
  ['$14-18 billion', 14e9, 'USD', { high: 18e9 }],
  ['$14–18 billion', 14e9, 'USD', { high: 18e9 }],
  ['$14 to 18 billion', 14e9, 'USD', { high: 18e9 }],
  ['$14bn-$18bn', 14e9, 'USD', { high: 18e9 }],
  ['$14 billion to $18 billion', 14e9, 'USD', { high: 18e9 }],
  ['14-18%', 14, 'percent', { high: 18 }],
  ['14 to 18 per cent', 14, 'percent', { high: 18 }],
  ['$900 million-$1.2 billion', 900e6, 'USD', { high: 1.2e9 }],
  // Approximators stay out of the value
  ['about a fifth', 20, 'percent', { hedge: 'about' }],
  ['about $84 billion', 84e9, 'USD', { hedge: 'about' }],
  ['around 36%', 36, 'percent', { hedge: 'about' }],
  ['roughly a quarter', 25, 'percent', { hedge: 'about' }],
  ['approximately $14 billion', 14e9, 'USD', { hedge: 'about' }],
  ['some $18 billion', 18e9, 'USD', { hedge: 'about' }],
  ['an estimated $18 billion', 18e9, 'USD', { hedge: 'about' }],
  ['nearly half of', 50, 'percent', { hedge: 'less' }],
  ['almost 20%', 20, 'percent', { hedge: 'less' }],
  ['more than $14 billion', 14e9, 'USD', { hedge: 'more' }],
  ['over $28 billion', 28e9, 'USD', { hedge: 'more' }],
  ['at least 86 million barrels', 86e6, 'barrels', { hedge: 'more' }],
  ['less than 5%', 5, 'percent', { hedge: 'less' }],
  ['up to $40 billion', 40e9, 'USD', { hedge: 'less' }],
  // Changes, kept apart from levels
  ['fell 21.5%', 21.5, 'percent', { kind: 'change' }],
  ['fell by 21.5%', 21.5, 'percent', { kind: 'change' }],
  ['rose 3 per cent', 3, 'percent', { kind: 'change' }],
  ['dropped 20 percent', 20, 'percent', { kind: 'change' }],
  ['grew by 4.3%', 4.3, 'percent', { kind: 'change' }],
  ['down 20%', 20, 'percent', { kind: 'change' }],
  ['up 2 percentage points', 2, 'percentage points', { kind: 'change' }],
  ['a 21.5 percent year-on-year drop', 21.5, 'percent', { kind: 'change' }],
  ['a 5% rise', 5, 'percent', { kind: 'change' }],
  ['a rise of 5%', 5, 'percent', { kind: 'change' }],
  ['an increase of $2 billion', 2e9, 'USD', { kind: 'change' }],
  ['a $2 billion cut', 2e9, 'USD', { kind: 'change' }],
];

/** Forms that are never a figure for a metric. */
const TRAPS: string[] = [
  '2013',
  'in 2014',
  "2014's",
  'March 27, 2015',
  '27 March',
  '2015-03-27',
  '27/03/2015',
  '3/27/15',
  '10:30',
  '10:30 am',
  '9.30pm',
  '+1 555-123-4567',
  '(555) 123-4567',
  '555-1234',
  'won 3-1',
  'a 2–0 win',
  '98-95',
  '21st',
  'the 3rd',
  'third place',
  'the first quarter',
  'in the second half',
  'half-time',
  'a third term',
  'visited three times',
  'double-digit',
  'a double standard',
  '$4.99',
  '£12',
  '$1,200',
  '€15.50',
  'USD 20',
  'five',
  'twelve',
  'Route 66',
  '4G',
  'COVID-19',
  'F-16',
  'page 12',
  '1.2.3',
];

describe('findFigures on written forms', () => {
  it('has a table of at least 150 forms, traps included', () => {
    expect(FORMS.length + TRAPS.length).toBeGreaterThanOrEqual(150);
  });

  it.each(FORMS)('reads %j', (text, value, unit, extra) => {
    const [figure, ...more] = findFigures(text);
    expect(more).toEqual([]);
    expect(figure?.unit).toBe(unit);
    expect(figure?.value).toBeCloseTo(value, 6);
    expect(figure?.high).toBe(extra?.high);
    expect(figure?.kind).toBe(extra?.kind ?? 'level');
    expect(figure?.hedge).toBe(extra?.hedge);
  });

  it.each(TRAPS)('finds no figure in %j', (text) => {
    expect(findFigures(text)).toEqual([]);
  });

  it('gives the figure as the sentence writes it, and where', () => {
    const sentence = 'One-fifth of Kazakhstan’s $84 billion–year of exports now goes to China, twice the share that goes to Russia.';
    const figures = findFigures(sentence);
    expect(figures.map((f) => f.text)).toEqual(['One-fifth', '$84 billion', 'twice']);
    for (const figure of figures) expect(sentence.slice(figure.start, figure.end).trim()).toContain(figure.text);
  });

  it('reads a level and a change apart in one sentence', () => {
    const figures = findFigures(
      'China-Kazakhstan bilateral trade was worth only $22.4 billion, which actually represented a 21.5 percent year-on-year drop from the over $28 billion in trade in 2013.',
    );
    expect(figures.map((f) => [f.text, f.kind])).toEqual([
      ['$22.4 billion', 'level'],
      ['21.5 percent', 'change'],
      ['over $28 billion', 'level'],
    ]);
  });

  it('reads "down from 6%" as a level and "fell to 20%" as a level', () => {
    expect(findFigures('growth was 4.3% down from 6% in 2013').map((f) => f.kind)).toEqual(['level', 'level']);
    expect(findFigures('the share fell to 20%').map((f) => f.kind)).toEqual(['level']);
  });
});

describe('figureSays: equal at the precision the page writes', () => {
  const one = (text: string) => {
    const figure = findFigures(text)[0];
    if (figure === undefined) throw new Error(`no figure in ${text}`);
    return figure;
  };
  it.each([
    ['about a fifth', 20, true],
    ['one-fifth', 20, true],
    ['20%', 20, true],
    ['a fifth', 21, false],
    ['$84bn', 84e9, true],
    ['$84bn', 84.3e9, true],
    ['$84.3bn', 84e9, false],
    ['36 per cent', 36, true],
    ['36 per cent', 36.4, true],
    ['36 per cent', 37, false],
    ['one-third', 33.33, true],
    ['twice the', 2, true],
    ['twice the', 3, false],
    ['$14-18 billion', 14e9, true],
    ['$14-18 billion', 18e9, true],
    ['$14-18 billion', 23.6e9, false],
    ['more than $14 billion', 14e9, true],
  ] as const)('%j says %d: %s', (text, sourced, says) => {
    expect(figureSays(one(text), sourced)).toBe(says);
  });
});

describe('findFigures reads back what is formatted', () => {
  const tenths = fc.integer({ min: 1, max: 9999 }).map((n) => n / 10);

  it('money in every supported spelling', () => {
    const spellings: ((amount: number, scale: string, short: string) => string)[] = [
      (a, s) => `$${a} ${s}`,
      (a, _s, short) => `$${a}${short}`,
      (a, s) => `US$${a} ${s}`,
      (a, s) => `USD ${a} ${s}`,
      (a, s) => `${a} ${s} dollars`,
      (a, s) => `about $${a} ${s}`,
    ];
    fc.assert(
      fc.property(
        tenths,
        fc.constantFrom(['million', 'mn', 1e6], ['billion', 'bn', 1e9], ['trillion', 'tn', 1e12]),
        fc.constantFrom(...spellings),
        (amount, [scale, short, factor], spell) => {
          const [figure, ...more] = findFigures(`It was ${spell(amount, scale as string, short as string)}, they said.`);
          expect(more).toEqual([]);
          expect(figure?.unit).toBe('USD');
          expect(figureSays(figure!, amount * (factor as number))).toBe(true);
        },
      ),
    );
  });

  it('what the card formats (formatValue) for money and percent', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999_999 }).map((n) => n / 100),
        fc.constantFrom(1e6, 1e9, 1e12, 1),
        fc.constantFrom('USD', 'EUR', 'GBP', 'CNY', 'percent'),
        (amount, scale, unit) => {
          const value = unit === 'percent' ? amount : amount * scale;
          if (unit !== 'percent' && value < 1e6) return;
          const text = formatValue({ value, unit });
          const [figure] = findFigures(`Exports were ${text} last year.`);
          expect(figure?.unit).toBe(unit);
          expect(figureSays(figure!, value)).toBe(true);
        },
      ),
    );
  });

  it('percentages with any decimals, in each spelling, and thousands separators', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10000 }).map((n) => n / 100),
        fc.constantFrom('%', ' per cent', ' percent', ' pct'),
        (value, suffix) => {
          const [figure] = findFigures(`The share was ${value}${suffix} of exports.`);
          expect(figure?.unit).toBe('percent');
          expect(figure?.value).toBeCloseTo(value, 9);
        },
      ),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 999_999_999 }), (value) => {
        const [figure] = findFigures(`Some ${value.toLocaleString('en-US')} barrels of oil.`);
        expect(figure?.unit).toBe('barrels');
        expect(figure?.value).toBe(value);
      }),
    );
  });

  it('a range gives back both ends', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 500 }), (low, span) => {
        const [figure] = findFigures(`Deals worth $${low}-${low + span} billion were signed.`);
        expect([figure?.value, figure?.high]).toEqual([low * 1e9, (low + span) * 1e9]);
      }),
    );
  });
});

describe('mayHoldFigure', () => {
  it('lets through any text a figure could be found in', () => {
    for (const [text] of FORMS) expect(mayHoldFigure(`Trade was ${text} last year.`), text).toBe(true);
  });

  it('turns away text with no digit and no number word, so the page reads no further', () => {
    expect(mayHoldFigure('Kazakhstan and China signed a framework deal in Astana.')).toBe(false);
    // Number words inside longer words are not numbers.
    expect(mayHoldFigure('Someone often went to the tenement.')).toBe(false);
  });

  it('never turns away text findFigures reads a figure in', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        if (findFigures(text).length > 0) expect(mayHoldFigure(text)).toBe(true);
      }),
    );
  });
});
