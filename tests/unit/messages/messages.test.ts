import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { decodeCardDataFile, encodeCardDataFile } from '../../../src/background/card-data-file';
import { cardDataFor, factsDataFor, indexCardData } from '../../../src/background/card-data-index';
import { realDataset } from '../../support/real-dataset';
import { TAB_REQUESTS, WORKER_REQUESTS, routeOf } from '../../../src/messages/messages';

const dataset = realDataset();
const index = indexCardData(decodeCardDataFile(encodeCardDataFile(dataset)));
const valid = (schema: v.GenericSchema, value: unknown) => v.safeParse(schema, value).success;

describe('routeOf', () => {
  it('names the route of a message of a known type, and of nothing else', () => {
    expect(routeOf(WORKER_REQUESTS, { type: 'entity-card', entityId: 'china' })).toBe('entity-card');
    expect(routeOf(TAB_REQUESTS, { type: 'entity-card', entityId: 'china' })).toBeUndefined();
    for (const message of [null, 'entity-card', {}, { type: 7 }, { type: 'toString' }, { type: '__proto__' }]) {
      expect(routeOf(WORKER_REQUESTS, message)).toBeUndefined();
    }
  });
});

describe('requests to the worker', () => {
  const { request } = WORKER_REQUESTS['annotations-changed'];

  it('take a badge report of a count and one of the three toolbar states', () => {
    for (const state of ['active', 'paused', 'off']) expect(valid(request, { type: 'annotations-changed', count: 3, state })).toBe(true);
    expect(valid(request, { type: 'annotations-changed', count: 3, state: 'disabled' })).toBe(false);
    expect(valid(request, { type: 'annotations-changed', count: -1, state: 'active' })).toBe(false);
    expect(valid(request, { type: 'annotations-changed', count: '3', state: 'active' })).toBe(false);
  });

  it('take a card request only with its fields', () => {
    expect(valid(WORKER_REQUESTS['entity-card'].request, { type: 'entity-card', entityId: 'china' })).toBe(true);
    expect(valid(WORKER_REQUESTS['entity-card'].request, { type: 'entity-card' })).toBe(false);
    expect(valid(WORKER_REQUESTS['figure-card'].request, { type: 'figure-card', metric: 'm', factIds: ['a'] })).toBe(true);
    expect(valid(WORKER_REQUESTS['figure-card'].request, { type: 'figure-card', metric: 'm', factIds: 'a' })).toBe(false);
  });
});

describe('the worker’s answers', () => {
  it('pass the page’s check as the worker gives them, for every entity and metric of the seeds', () => {
    for (const entity of dataset.entities) {
      const answer = cardDataFor(index, entity.id);
      expect(v.parse(WORKER_REQUESTS['entity-card'].reply, answer)).toEqual(answer);
    }
    for (const metric of dataset.metrics ?? []) {
      const factIds = dataset.facts.filter((f) => f.metric === metric.id).map((f) => f.id);
      const answer = factsDataFor(index, metric.id, factIds);
      expect(answer).not.toBeNull();
      expect(v.parse(WORKER_REQUESTS['figure-card'].reply, answer)).toEqual(answer);
    }
    expect(v.parse(WORKER_REQUESTS['entity-card'].reply, null)).toBeNull();
  });

  it('are refused when they are not of the shape the card reads', () => {
    const answer = cardDataFor(index, 'kazakhstan')!;
    const { reply } = WORKER_REQUESTS['entity-card'];
    expect(valid(reply, { ...answer, facts: [{ id: 'x' }] })).toBe(false);
    expect(valid(reply, { ...answer, entity: { ...answer.entity, category: 'planet' } })).toBe(false);
    expect(valid(reply, undefined)).toBe(false);
  });
});

describe('requests to a tab', () => {
  it('move through the annotations only forwards or backwards by one', () => {
    const { request } = TAB_REQUESTS['cycle-annotations'];
    expect(valid(request, { type: 'cycle-annotations', direction: 1 })).toBe(true);
    expect(valid(request, { type: 'cycle-annotations', direction: -1 })).toBe(true);
    expect(valid(request, { type: 'cycle-annotations', direction: 2 })).toBe(false);
  });

  it('are answered with the page’s annotations as the annotator reports them', () => {
    const annotations = {
      url: 'https://news.example/a',
      mentions: [{ entityId: 'china', name: 'China', category: 'country', text: 'China', count: 2, highlighted: 1, relevant: true, inMain: true }],
      complete: true,
      stats: { slices: 3, totalMs: 4.5, longestMs: 2.25, longSlices: 0 },
      figures: [{ text: '$18 billion', metric: 'trade', verdict: 'agrees', factIds: ['f'] }],
    };
    expect(v.parse(TAB_REQUESTS['page-annotations'].reply, annotations)).toEqual(annotations);
    expect(valid(TAB_REQUESTS['page-annotations'].reply, { ...annotations, complete: 'yes' })).toBe(false);
  });
});
