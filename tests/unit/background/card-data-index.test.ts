import { describe, expect, it } from 'vitest';
import { decodeCardDataFile, encodeCardDataFile } from '../../../src/background/card-data-file';
import { cardDataFor, factsDataFor, indexCardData } from '../../../src/background/card-data-index';
import { realDataset } from '../../support/real-dataset';

const dataset = realDataset();
/** As the worker has it: the packaged file, read back. */
const index = indexCardData(decodeCardDataFile(encodeCardDataFile(dataset)));
const kazakhstan = dataset.entities.find((e) => e.name === 'Kazakhstan')!;

describe('cardDataFor', () => {
  it('answers with the entity as the card shows it, without aliases or blockers', () => {
    const answer = cardDataFor(index, kazakhstan.id)!;
    expect(answer.entity).toEqual({ id: kazakhstan.id, name: 'Kazakhstan', category: kazakhstan.category, description: kazakhstan.description });
  });

  it('lists every fact that involves the entity, in dataset order, and no other', () => {
    const answer = cardDataFor(index, kazakhstan.id)!;
    const expected = dataset.facts.filter((f) => f.entities.includes(kazakhstan.id));
    expect(expected.length).toBeGreaterThan(3);
    expect(answer.facts.map((f) => f.id)).toEqual(expected.map((f) => f.id));
    expect(answer.facts.find((f) => f.id === 'export-share-china')).toBeDefined();
  });

  it('includes the documents its facts cite and those of differing sources, without their text', () => {
    const withDiffers = dataset.facts.find((f) => f.differs?.length)!;
    const entityId = withDiffers.entities[0]!;
    const answer = cardDataFor(index, entityId)!;
    const ids = answer.documents.map((d) => d.id);
    expect(ids).toContain(withDiffers.source.document);
    for (const other of withDiffers.differs!) expect(ids).toContain(other.document);
    expect(new Set(ids).size).toBe(ids.length);
    for (const document of answer.documents) expect(document).not.toHaveProperty('text');
  });

  it('leaves out a year figure the period states, so the card shows each period once', () => {
    const deal = cardDataFor(index, 'li-keqiang')!.facts.find((f) => f.id === 'deals-december-2014-china-power')!;
    expect(deal.period).toBe('2014-12');
    expect(deal.figures.map((figure) => figure.text)).toEqual(['$14 billion']);
    const oil = cardDataFor(index, 'kazakhstan')!.facts.find((f) => f.id === 'pipeline-oil-2013')!;
    expect(oil.figures.map((figure) => figure.unit)).toEqual(['barrels']);
  });

  it('drops a year figure that the period states, even when it is the only figure: the card always shows the period', () => {
    const announced = cardDataFor(index, 'xi-jinping')!.facts.find((f) => f.id === 'sreb-announced-in-astana-2013')!;
    expect(announced.figures).toEqual([]);
    expect(announced.period).toBe('2013-09');
  });

  it('answers null for an id the dataset does not have', () => {
    expect(cardDataFor(index, 'no-such-entity')).toBeNull();
  });

  it('answers an entity no fact involves with an empty fact list', () => {
    const synthetic = indexCardData(decodeCardDataFile(encodeCardDataFile({ ...dataset, entities: [...dataset.entities, { ...kazakhstan, id: 'lonely' }] })));
    const answer = cardDataFor(synthetic, 'lonely')!;
    expect(answer.facts).toEqual([]);
    expect(answer.documents).toEqual([]);
  });
});

describe('factsDataFor', () => {
  const deals = ['deals-december-2014-china-power', 'deals-december-2014-china-bystander'];

  it('answers a figure card with the metric, the facts asked for in that order, and the documents of both sources', () => {
    const answer = factsDataFor(index, 'china-kazakhstan-deals-december-2014', deals)!;
    expect(answer.metric.id).toBe('china-kazakhstan-deals-december-2014');
    expect(answer.metric.label.length).toBeGreaterThan(0);
    expect(answer.facts.map((f) => f.id)).toEqual(deals);
    const cited = new Set(answer.facts.map((f) => f.source.document));
    expect(new Set(answer.documents.map((d) => d.id))).toEqual(cited);
    for (const document of answer.documents) expect(document).not.toHaveProperty('text');
  });

  it('answers null for an unknown metric or no known fact', () => {
    expect(factsDataFor(index, 'no-such-metric', deals)).toBeNull();
    expect(factsDataFor(index, 'china-kazakhstan-deals-december-2014', ['no-such-fact'])).toBeNull();
  });
});

describe('the card data file', () => {
  it('gives back what cards show: entities without aliases, every fact, documents without their text, metrics by name', () => {
    const file = decodeCardDataFile(encodeCardDataFile(dataset));
    expect(file.entities).toEqual(dataset.entities.map(({ id, name, category, description }) => ({ id, name, category, description })));
    expect(file.facts).toEqual(dataset.facts);
    expect(file.documents).toEqual(dataset.documents.map(({ text: _text, ...meta }) => meta));
    expect(file.metrics).toEqual((dataset.metrics ?? []).map(({ id, label, unit }) => ({ id, label, unit })));
  });

  it('refuses a file of another format', () => {
    expect(() => decodeCardDataFile(JSON.stringify({ entities: [], facts: [], documents: [], metrics: [] }))).toThrow(/not a geolens-card-data/);
    expect(() => decodeCardDataFile('[]')).toThrow();
  });
});
