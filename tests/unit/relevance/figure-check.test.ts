import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realDataset } from '../../support/real-dataset';
import { applyContextRules, confirmedEntities } from '../../../src/matcher/context-rules';
import { lookAlikeFilter } from '../../../src/matcher/look-alike';
import { matcherFromEntities } from '../../../src/matcher/matcher-from-entities';
import { figureCheckData, FigureChecker, sentencesOf, theTwoCountries, type EntitySpan } from '../../../src/relevance/figure-check';
import { ROOT } from '../../e2e/harness';
import { SEED_FIGURES } from '../../e2e/seed-figures';

const dataset = realDataset();
const matcher = matcherFromEntities(dataset.entities);
const people = new Set(dataset.entities.filter((e) => e.category === 'person').map((e) => e.id));
const checker = new FigureChecker(figureCheckData(dataset.metrics ?? [], dataset.facts));
const countries = new Set(dataset.entities.filter((e) => e.category === 'country').map((e) => e.id));
const isCountry = (id: string) => countries.has(id);

/** The mentions a page would show: the matcher, the look-alike rule and the context rules. */
function mentionsIn(text: string) {
  const isPerson = (index: number) => people.has(matcher.entityIds[index] ?? '');
  const spans = matcher.match(text, 0, text.length, lookAlikeFilter(isPerson));
  return applyContextRules(spans, confirmedEntities(spans));
}

function check(text: string) {
  return checker.figuresIn(text, mentionsIn(text)).map((f) => [f.text, f.metric, f.verdict]);
}

describe('sentencesOf', () => {
  it('ends a sentence at a full stop before a capital, never inside "$23.6" or "U.S. officials"', () => {
    const text = 'Deals worth $23.6 billion were signed. U.S. officials said so. 2014’s growth was 4.3%.';
    expect(sentencesOf(text).map((s) => text.slice(s.start, s.end).trim())).toEqual([
      'Deals worth $23.6 billion were signed.',
      'U.S. officials said so.',
      '2014’s growth was 4.3%.',
    ]);
  });
});

describe('FigureChecker on the seed articles', () => {
  // Paragraph by paragraph, as the page reads its blocks, each with the closing names of the one before.
  const found = dataset.documents.flatMap((document) => {
    let carried: EntitySpan[] = [];
    return readFileSync(join(ROOT, 'seeds', document.id), 'utf8')
      .split(/\n\s*\n/)
      .flatMap((paragraph) => {
        const mentions = mentionsIn(paragraph);
        const figures = checker.figuresIn(paragraph, mentions, carried);
        carried = theTwoCountries(mentions, isCountry);
        return figures;
      });
  });

  it('finds every figure of a fact with a metric, and each agrees with its own fact', () => {
    for (const fact of dataset.facts) {
      if (fact.metric === undefined) continue;
      const metric = dataset.metrics?.find((m) => m.id === fact.metric);
      for (const figure of fact.figures.filter((f) => f.unit === metric?.unit)) {
        const match = found.find((f) => f.metric === fact.metric && f.agreesWith.includes(fact.id) && f.text.includes(figure.text ?? '\0'));
        expect(match, `${fact.id}: ${figure.text}`).toBeDefined();
      }
    }
  });

  it('marks nothing that states no metric, and every mark agrees', () => {
    expect(found.map((f) => [f.text, f.metric, f.verdict])).toEqual(SEED_FIGURES);
  });

  it('says a paragraph may state a metric whenever it does: the page reads no other', () => {
    let stating = 0;
    for (const document of dataset.documents) {
      let carried: EntitySpan[] = [];
      let before = new Set<string>();
      for (const paragraph of readFileSync(join(ROOT, 'seeds', document.id), 'utf8').split(/\n\s*\n/)) {
        const mentions = mentionsIn(paragraph);
        const named = new Set(mentions.map((m) => m.entityId).filter((id) => checker.neededEntities.has(id)));
        if (checker.figuresIn(paragraph, mentions, carried).length > 0) {
          stating++;
          const withCarried = new Set([...named, ...[...before].filter(isCountry)]);
          expect(checker.mayCheck(named) || checker.mayCheck(withCarried), paragraph.slice(0, 80)).toBe(true);
        }
        carried = theTwoCountries(mentions, isCountry);
        before = named;
      }
    }
    expect(stating).toBeGreaterThan(5);
    expect(checker.mayCheck(new Set(['china']))).toBe(false);
    expect(checker.mayCheck(new Set(['china', 'kazakhstan']))).toBe(true);
  });

  it('sets the December 2014 deals against both sources, which differ', () => {
    const deals = found.filter((f) => f.metric === 'china-kazakhstan-deals-december-2014');
    for (const figure of deals) {
      expect(figure.factIds.sort()).toEqual(['deals-december-2014-china-bystander', 'deals-december-2014-china-power']);
      expect(figure.agreesWith).toHaveLength(1);
    }
  });
});

describe('FigureChecker on crafted sentences', () => {
  it.each([
    ['About a fifth of Kazakhstan’s exports go to China.', 'a fifth', 'agrees'],
    ['Roughly 20 per cent of Kazakhstan’s exports go to China.', '20 per cent', 'agrees'],
    ['China takes 25% of Kazakhstan’s exports.', '25%', 'differs'],
    ['Kazakhstan sells abroad about $84bn a year.', '$84bn', 'agrees'],
    ['Kazakhstan’s exports are worth $90 billion.', '$90 billion', 'differs'],
    ['Russia supplies 36 per cent of Kazakhstan’s imports.', '36 per cent', 'agrees'],
    ['Li Keqiang signed deals worth $14-18 billion in Astana.', '$14-18 billion', 'agrees'],
    ['Li Keqiang signed deals worth $20 billion.', '$20 billion', 'differs'],
    ['Trade between China and Kazakhstan fell 21.5% in 2014.', '21.5%', 'agrees'],
  ])('%s', (sentence, text, verdict) => {
    const [figure, ...more] = checker.figuresIn(sentence, mentionsIn(sentence));
    expect(more).toEqual([]);
    expect(figure?.text).toContain(text);
    expect(figure?.verdict).toBe(verdict);
  });

  it.each([
    // No cue of the metric
    'Kazakhstan has 19 million people, China 1.4 billion.',
    'A fifth of Kazakhstan’s territory borders China.',
    // A change, not the export share, and not to China
    'Kazakhstan’s exports to Russia fell 20%.',
    // A cue and a unit but not the entities
    'A fifth of Uzbekistan’s exports go to China.',
    // No figure at all, or only years, dates, prices and scores
    'China beat Kazakhstan 3-1 in Astana on 27/03/2015 at 19:30; tickets cost $12.',
    'Kazakhstan’s exports grew in 2014 and 2015.',
    // The unit does not fit: a share in dollars, a share in barrels
    'China buys $5 billion of Kazakhstan’s exports.',
  ])('checks nothing in %j', (sentence) => {
    expect(check(sentence)).toEqual(
      sentence.startsWith('China buys') ? [['$5 billion', 'kazakhstan-exports-per-year', 'differs']] : [],
    );
  });

  it('reads a sentence with no name on from the sentence before', () => {
    expect(check('He met Li Keqiang in Astana in December. On that occasion, $18 billion in joint ventures was inked.')).toEqual([
      ['$18 billion', 'china-kazakhstan-deals-december-2014', 'agrees'],
    ]);
    // ... but only the next one: two sentences on, the names are gone.
    expect(check('He met Li Keqiang in December. It rained. $18 billion in joint ventures was inked.')).toEqual([]);
  });

  it('reads "the two countries" at a paragraph’s start as the only two countries the paragraph before names', () => {
    const before = 'Li Keqiang flew from Beijing to Astana, where China and Kazakhstan signed deals.';
    const after = 'Despite this, the two countries will struggle to lift their trade to $40 billion this year, their goal.';
    const figures = (text: string, from: EntitySpan[]) => checker.figuresIn(text, mentionsIn(text), from).map((f) => [f.text, f.metric, f.verdict]);
    const carried = theTwoCountries(mentionsIn(before), isCountry);
    expect(carried.map((c) => c.entityId).sort()).toEqual(['china', 'kazakhstan']);
    expect(figures(after, carried)).toEqual([['$40 billion', 'china-kazakhstan-trade-target-2015', 'agrees']]);
    // Without the words that refer back, or without the paragraph before, the figure names nothing.
    expect(figures(after.replace('the two countries', 'traders'), carried)).toEqual([]);
    expect(figures(after, [])).toEqual([]);
    // Three countries before: "the two" could be any pair.
    expect(theTwoCountries(mentionsIn(`${before} Russia looked on.`), isCountry)).toEqual([]);
  });

  it('a year beside a figure picks the metric of that period', () => {
    expect(check('China–Kazakhstan trade was $28 billion in 2013 and $22.4 billion in 2014.')).toEqual([
      ['$28 billion', 'china-kazakhstan-trade-2013', 'agrees'],
      ['$22.4 billion', 'china-kazakhstan-trade-2014', 'agrees'],
    ]);
  });

  it('gives the metric of another period, and says so, when the page’s year matches none', () => {
    const [figure] = checker.figuresIn('China–Kazakhstan trade reached $31 billion in 2019.', mentionsIn('China–Kazakhstan trade reached $31 billion in 2019.'));
    expect(figure?.year).toBe(2019);
    expect(figure?.verdict).toBe('differs');
  });

  it('reads no block that names nothing', () => {
    expect(checker.figuresIn('Exports were one-fifth of $84 billion.', [])).toEqual([]);
  });
});
