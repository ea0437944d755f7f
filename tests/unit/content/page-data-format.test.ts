import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { realDataset } from '../../support/real-dataset';
import {
  PAGE_DATA_GLOBAL,
  categoryAt,
  decodeFigureCheck,
  decodeMatcher,
  decodeRelevance,
  nameAt,
  pageDataDefine,
  type EncodedPageData,
} from '../../../src/content/page-data-format';
import { matcherFromEntities } from '../../../src/matcher';
import { CATEGORIES } from '../../../src/model/entity';
import { decodeRelevanceData, encodeRelevanceData } from '../../../src/relevance/relevance-data';

const dataset = realDataset();
/** What the content script gets: the build's define, read back as the literal it is. */
const define = pageDataDefine(dataset);
const data = JSON.parse(define[PAGE_DATA_GLOBAL]!) as EncodedPageData;
const order = matcherFromEntities(dataset.entities).entityIds;
const byId = new Map(dataset.entities.map((e) => [e.id, e]));

describe('the page data format', () => {
  it('defines one global, the one the content script declares', () => {
    expect(Object.keys(define)).toEqual([PAGE_DATA_GLOBAL]);
    const reader = readFileSync(new URL('../../../src/content/page-data.ts', import.meta.url), 'utf8');
    expect(reader).toContain(`declare const ${PAGE_DATA_GLOBAL}:`);
  });

  it('gives back every entity’s category and name, in the matcher’s order', () => {
    expect(order.map((_, i) => categoryAt(data, i))).toEqual(order.map((id) => byId.get(id)!.category));
    expect(order.map((_, i) => nameAt(data, i))).toEqual(order.map((id) => byId.get(id)!.name));
  });

  it('covers every entity that has an alias, since only those can be highlighted', () => {
    expect(new Set(order)).toEqual(new Set(dataset.entities.filter((e) => e.aliases.length > 0).map((e) => e.id)));
  });

  it('has room for every category in one digit', () => {
    expect(CATEGORIES.length).toBeLessThanOrEqual(10);
  });

  it('gives back a matcher that finds what the compiled one finds, its spans pointing into the columns', () => {
    const text = 'Xi Jinping visited Kazakhstan and met Nursultan Nazarbayev in Astana.';
    const spans = decodeMatcher(data).match(text);
    expect(spans).toEqual(matcherFromEntities(dataset.entities).match(text));
    expect(spans.length).toBeGreaterThan(1);
    for (const span of spans) expect(nameAt(data, span.entityIndex)).toBe(byId.get(span.entityId)!.name);
  });

  it('gives back the relevance data and the figure check’s metrics', () => {
    const relevance = decodeRelevance(data);
    expect(relevance).toEqual(decodeRelevanceData(encodeRelevanceData({ facts: dataset.facts, topics: dataset.topics, entities: dataset.entities })));
    expect(decodeFigureCheck(data).metrics.map((m) => m.id)).toEqual((dataset.metrics ?? []).map((m) => m.id));
  });
});
