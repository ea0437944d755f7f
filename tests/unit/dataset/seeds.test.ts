import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileDataset, type SeedFile } from '../../../src/dataset/compile-dataset';
import { foldAlias } from '../../../src/dataset/fold-alias';
import { CATEGORIES } from '../../../src/model/entity';
import type { Fact } from '../../../src/model/fact';
import { UNITS } from '../../../src/dataset/units';

const SEEDS = join(import.meta.dirname, '../../../seeds');
const DOC_000 = '000_c38c9ff3b957afb9.txt';
const DOC_003 = '003_f91fa2385afbab65.txt';

function readSeeds(): SeedFile[] {
  return readdirSync(SEEDS)
    .filter((name) => /\.(ya?ml|txt)$/.test(name))
    .sort()
    .map((name) => ({ path: `seeds/${name}`, text: readFileSync(join(SEEDS, name), 'utf8') }));
}

const dataset = compileDataset(readSeeds(), { version: '0.0.0+seeds' });
const factsOf = (document: string) => dataset.facts.filter((fact) => fact.source.document === document);
const documentText = (id: string) => dataset.documents.find((document) => document.id === id)?.text ?? '';
const fact = (id: string): Fact => {
  const found = dataset.facts.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no fact ${id}`);
  return found;
};
/** Figure words compared with plain spaces: the documents use non-breaking ones in places. */
const figureWords = (facts: readonly Fact[]) =>
  new Set(facts.flatMap((item) => item.figures.map((figure) => figure.text.replace(/\s+/g, ' '))));
/** The amounts, percentages and years a document states, in its words. */
const statedFigures = (document: string) =>
  documentText(document)
    .replace(/\s+/g, ' ')
    .match(/\$\d[\d.,]*(?: (?:billion|million))?|\d[\d.]*(?:%| percent)|\b(?:19|20)\d\d\b|\d[\d.,]* million/g) ?? [];

describe('the seed documents', () => {
  // Whatever documents are added later, these two stay as published.
  it('name their publication, title and date', () => {
    const cited = dataset.documents.map(({ id, title, publication, date }) => ({ id, title, publication, date }));
    expect(cited).toContainEqual({ id: DOC_000, title: 'China’s Silk Road in the Spotlight as Xi Heads to Kazakhstan', publication: 'China Power', date: '2015-05-07' });
    expect(cited).toContainEqual({ id: DOC_003, title: 'China Tilts Kazakhstan Away From Russia', publication: 'China Bystander', date: '2015-04-01' });
    for (const id of [DOC_000, DOC_003]) expect(dataset.documents.find((document) => document.id === id)?.dateInferred, id).toMatch(/\S/);
  });

  it('are every .txt file of seeds/', () => {
    const files = readSeeds().filter((file) => file.path.endsWith('.txt')).map((file) => file.path.slice('seeds/'.length));
    expect(dataset.documents.map((document) => document.id).sort()).toEqual(files);
  });

  it('lose the comment and sharing boilerplate of 003', () => {
    const text = documentText(DOC_003);
    expect(text.endsWith('at Moscow — and the West’s — expense.')).toBe(true);
    for (const boilerplate of ['1 Comment', 'Leave a Reply', 'Pingback', 'Connecting to %s']) {
      expect(text).not.toContain(boilerplate);
    }
  });

  it('keep 000 whole', () => {
    expect(documentText(DOC_000)).toBe(readFileSync(join(SEEDS, DOC_000), 'utf8').trimEnd());
  });
});

describe('the seed facts', () => {
  it('quote their document verbatim, figures included', () => {
    for (const item of dataset.facts) {
      expect(documentText(item.source.document), item.id).toContain(item.source.quote);
      for (const figure of item.figures) expect(item.source.quote, item.id).toContain(figure.text);
    }
  });

  it.each([
    [DOC_000, ['one-day', '2013', '$14 billion', '2014', '$23.6 billion', '$40 billion', '$22.4 billion', '21.5 percent', '$28 billion', '86 million']],
    [
      DOC_003,
      ['$40 billion', 'four months', '$23.6 billion', '$18 billion', '2015', '2009', '1.5%', '5.1%', '4.3%', '2014', '6%', '2013', '$84 billion', 'One-fifth', 'twice', '$44 billion', '36%', '18%'],
    ],
  ])('record every figure of %s', (document, expected) => {
    const recorded = figureWords(factsOf(document));
    for (const words of expected) expect(recorded, words).toContain(words);
  });

  it.each([DOC_000, DOC_003])('are checked by a pattern that finds the figures %s states', (document) => {
    expect(statedFigures(document).length).toBeGreaterThan(5);
  });

  it.each(dataset.documents.map((document) => document.id))('leave no amount, percentage or year of %s unrecorded', (document) => {
    const recorded = figureWords(factsOf(document));
    for (const words of statedFigures(document)) expect(recorded, words).toContain(words);
  });

  it('link the two December 2014 deal totals as a disagreement, both ways', () => {
    const china_power = fact('deals-december-2014-china-power');
    const bystander = fact('deals-december-2014-china-bystander');
    expect(china_power.source.document).toBe(DOC_000);
    expect(bystander.source.document).toBe(DOC_003);
    expect(china_power.differs).toEqual([
      { factId: bystander.id, document: DOC_003, figures: [expect.objectContaining({ value: 18e9, unit: 'USD', text: '$18 billion' })] },
    ]);
    expect(bystander.differs).toEqual([
      { factId: china_power.id, document: DOC_000, figures: [expect.objectContaining({ value: 14e9, unit: 'USD', text: '$14 billion' })] },
    ]);
  });

  it('do not link the $40 billion trade target with the $40 billion of deals', () => {
    const target = fact('trade-target-2015');
    const deals = fact('deals-four-months');
    expect(target.figures).toContainEqual(expect.objectContaining({ value: 40e9, unit: 'USD' }));
    expect(deals.figures).toContainEqual(expect.objectContaining({ value: 40e9, unit: 'USD' }));
    expect(target.metric).not.toBe(deals.metric);
    expect(target.differs).toBeUndefined();
    expect(deals.differs).toBeUndefined();
  });

  it('treat the $23.6 billion March deals, stated by both documents, as agreeing', () => {
    const march = dataset.facts.filter((item) => item.metric === 'china-kazakhstan-deals-march-2015');
    expect(march.map((item) => item.source.document).sort()).toEqual([DOC_000, DOC_003]);
    expect(march.every((item) => item.differs === undefined)).toBe(true);
  });

  it('link no facts other than the December 2014 deal totals', () => {
    const linked = dataset.facts.filter((item) => item.differs !== undefined).map((item) => item.id);
    expect(linked.sort()).toEqual(['deals-december-2014-china-bystander', 'deals-december-2014-china-power']);
  });

  it('record money in full US dollars and shares as percent', () => {
    const figures = dataset.facts.flatMap((item) => item.figures);
    expect(figures.find((figure) => figure.text === '$84 billion')).toMatchObject({ value: 84e9, unit: 'USD' });
    expect(figures.find((figure) => figure.text === 'One-fifth')).toMatchObject({ value: 20, unit: 'percent' });
    expect(figures.find((figure) => figure.text === 'twice')).toMatchObject({ value: 2, unit: 'ratio' });
  });
});

describe('the facts.yaml header', () => {
  it('names every unit the build accepts', () => {
    const header = readFileSync(join(SEEDS, 'facts.yaml'), 'utf8').split('\n').filter((line) => line.startsWith('#')).join('\n');
    for (const unit of UNITS) expect(header, unit).toMatch(new RegExp(`[\\s(,]${unit.replace('/', '\\/')}[\\s,)]`));
  });
});

describe('the seed entities', () => {
  it('use all six categories', () => {
    expect(new Set(dataset.entities.map((entity) => entity.category))).toEqual(new Set(CATEGORIES));
  });

  it('each have a one-sentence description and at least one alias', () => {
    for (const entity of dataset.entities) {
      expect(entity.description, entity.id).toMatch(/^[A-Z].*[.]$/);
      expect(entity.aliases.length, entity.id).toBeGreaterThan(0);
    }
  });

  it.each([
    'china', 'kazakhstan', 'russia', 'switzerland', 'central-asia', 'eurasia', 'the-west', 'soviet-union', 'xinjiang',
    'xi-jinping', 'li-keqiang', 'karim-masimov', 'aidar-amrebayev', 'zhang-duo',
    'astana', 'beijing', 'moscow', 'almaty', 'almaty-oblast', 'horgos', 'lianyungang', 'davos', 'great-hall-of-the-people',
    'mfa-china', 'xinhua', 'astana-times', 'akorda-press-service', 'iwep', 'first-president-foundation', 'eurasian-economic-union',
    'sco', 'aiib', 'ebrd', 'silk-road-fund', 'world-economic-forum', 'boao-forum-for-asia', 'china-power', 'china-bystander',
    'silk-road-economic-belt', 'nurly-zhol', 'horgos-ftz', 'kazakhstan-china-oil-pipeline', 'lianyungang-almaty-rail', 'loans-for-oil',
    'victory-day-2015', 'li-keqiang-kazakhstan-visit-2014', 'masimov-china-visit-2015',
  ])('include %s', (id) => {
    expect(dataset.entities.map((entity) => entity.id)).toContain(id);
  });

  // The raw files: China Bystander is named only in the pingback line that stripping removes.
  it('are each named in at least one document file by one of their aliases', () => {
    const texts = readSeeds()
      .filter((file) => file.path.endsWith('.txt'))
      .map((file) => foldAlias(file.text))
      .join('\n');
    for (const entity of dataset.entities) {
      expect(entity.aliases.some((alias) => texts.includes(foldAlias(alias.text))), entity.id).toBe(true);
    }
  });

  it('are each the subject of a fact, apart from the photo credit and the two publications', () => {
    const inFacts = new Set(dataset.facts.flatMap((item) => item.entities));
    const without = dataset.entities.map((entity) => entity.id).filter((id) => !inFacts.has(id));
    expect(without.sort()).toEqual(['akorda-press-service', 'china-bystander', 'china-power']);
  });

  it.each([
    ['karim-masimov', ['Masimov', 'Massimov']],
    ['horgos', ['Horgos', 'Khorgos']],
    ['kazakhstan', ['Kazakh']],
    ['china', ['Chinese']],
    ['russia', ['Russian']],
    ['soviet-union', ['Soviet']],
    ['central-asia', ['Central Asian']],
    ['xinjiang', ['Uyghur Autonomous Region']],
  ])('give %s the variants the documents use', (id, variants) => {
    const aliases = dataset.entities.find((entity) => entity.id === id)?.aliases.map((alias) => alias.text) ?? [];
    for (const variant of variants) expect(aliases).toContain(variant);
  });

  it.each([
    ['aiib', 'AIIB'],
    ['sco', 'SCO'],
    ['ebrd', 'EBRD'],
    ['horgos-ftz', 'FTZ'],
    ['xi-jinping', 'Xi'],
  ])('match the acronym or short name of %s in exact case only', (id, text) => {
    const alias = dataset.entities.find((entity) => entity.id === id)?.aliases.find((candidate) => candidate.text === text);
    expect(alias?.case).toBe('exact');
  });

  it.each([
    ['xi-jinping', 'Xi'],
    ['silk-road-economic-belt', 'Silk Road'],
    ['nurly-zhol', 'Bright Road'],
  ])('let the ambiguous alias of %s fire only in context', (id, text) => {
    const alias = dataset.entities.find((entity) => entity.id === id)?.aliases.find((candidate) => candidate.text === text);
    expect(alias?.context?.length).toBeGreaterThan(0);
  });

  it('never use "Li" alone as an alias', () => {
    const aliases = dataset.entities.flatMap((entity) => entity.aliases.map((alias) => foldAlias(alias.text)));
    expect(aliases).not.toContain('li');
  });
});
