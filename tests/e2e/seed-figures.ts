/**
 * The figures the figure check marks on the seed articles, in document order, as `[text, metric,
 * verdict]`: the unit test of the rules and the end-to-end test on the rendered articles expect the
 * same list. The 2015 trade target's sentence names "the two countries" only: it takes them from
 * the sentence that ends the paragraph before (docs/figure-check.md).
 */
export const SEED_FIGURES: [string, string, 'agrees' | 'differs'][] = [
  ['over $14 billion', 'china-kazakhstan-deals-december-2014', 'agrees'],
  ['$23.6 billion', 'china-kazakhstan-deals-march-2015', 'agrees'],
  ['$40 billion', 'china-kazakhstan-trade-target-2015', 'agrees'],
  ['$22.4 billion', 'china-kazakhstan-trade-2014', 'agrees'],
  ['21.5 percent', 'china-kazakhstan-trade-change-2014', 'agrees'],
  ['over $28 billion', 'china-kazakhstan-trade-2013', 'agrees'],
  ['more than 86 million barrels', 'kazakhstan-china-pipeline-oil-2013', 'agrees'],
  ['$23.6 billion', 'china-kazakhstan-deals-march-2015', 'agrees'],
  ['$18 billion', 'china-kazakhstan-deals-december-2014', 'agrees'],
  ['1.5%', 'kazakhstan-gdp-growth-forecast-2015', 'agrees'],
  ['5.1%', 'kazakhstan-gdp-growth-forecast-2015', 'agrees'],
  ['4.3%', 'kazakhstan-gdp-growth-2014', 'agrees'],
  ['6%', 'kazakhstan-gdp-growth-2013', 'agrees'],
  ['One-fifth', 'kazakhstan-export-share-china', 'agrees'],
  ['$84 billion', 'kazakhstan-exports-per-year', 'agrees'],
  ['twice', 'kazakhstan-export-share-china-to-russia', 'agrees'],
  ['36%', 'kazakhstan-import-share-russia', 'agrees'],
  ['$44 billion', 'kazakhstan-imports-per-year', 'agrees'],
  ['18%', 'kazakhstan-import-share-china', 'agrees'],
];
