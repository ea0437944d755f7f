import { readFileSync } from 'node:fs';
import { compileDataset } from '../../../src/dataset';
import type { Alias, Category, Entity } from '../../../src/model/entity';
import type { Span } from '../../../src/matcher';

function entity(id: string, category: Category, aliases: Alias[], blockers: string[] = []): Entity {
  return { id, name: aliases[0]?.text ?? id, category, description: `Test entity ${id}.`, aliases, blockers };
}

/** A small dictionary shaped like the real one: nested names, blockers, ambiguous aliases. */
export const ENTITIES: Entity[] = [
  entity('china', 'country', [
    { text: 'China', case: 'proper' },
    { text: 'PRC', case: 'exact' },
    { text: "People's Republic of China", case: 'proper' },
  ]),
  entity('kazakhstan', 'country', [{ text: 'Kazakhstan', case: 'proper' }]),
  entity('russia', 'country', [{ text: 'Russia', case: 'proper' }]),
  entity('turkiye', 'country', [
    { text: 'Türkiye', case: 'proper' },
    { text: 'Turkey', case: 'proper' },
  ]),
  entity('astana', 'place', [{ text: 'Astana', case: 'proper' }], ['Air Astana', 'Astana Times']),
  entity('astana-times', 'organization', [{ text: 'Astana Times', case: 'proper' }]),
  entity('almaty', 'place', [{ text: 'Almaty', case: 'proper' }]),
  entity('almaty-oblast', 'place', [{ text: 'Almaty Oblast', case: 'proper' }]),
  entity('istanbul', 'place', [{ text: 'Istanbul', case: 'proper' }]),
  entity('khorgos', 'place', [{ text: 'Khorgos', case: 'proper' }], ['Khorgos Gateway Fund']),
  entity('beijing', 'place', [{ text: 'Beijing', case: 'proper' }]),
  entity('chinese-government', 'organization', [
    { text: 'Chinese government', case: 'any' },
    { text: 'Beijing', case: 'proper', context: ['kazakhstan'] },
  ]),
  entity('sreb', 'initiative', [{ text: 'Silk Road Economic Belt', case: 'proper' }]),
  entity('silk-road', 'initiative', [{ text: 'Silk Road', case: 'proper', context: ['china'] }]),
  entity('nurly-zhol', 'initiative', [
    { text: 'Nurly Zhol', case: 'proper' },
    { text: 'Bright Road', case: 'proper', context: ['kazakhstan', 'nurly-zhol'] },
  ]),
  entity('xi-jinping', 'person', [
    { text: 'Xi Jinping', case: 'proper' },
    { text: 'Xi', case: 'exact', context: ['china', 'xi-jinping'] },
  ]),
  entity('sco', 'organization', [
    { text: 'Shanghai Cooperation Organisation', case: 'proper' },
    { text: 'SCO', case: 'exact' },
  ]),
  entity('karim-masimov', 'person', [{ text: 'Karim Masimov', case: 'proper' }]),
  entity('masimov-visit', 'event', [{ text: 'visited China in March', case: 'any', context: ['karim-masimov'] }]),
  entity('zhongguo', 'country', [{ text: '中国', case: 'any' }]),
];

/** `[matched text, entity id]` pairs, the easiest form to read in assertions. */
export function readSpans(text: string, spans: readonly Span[]): [string, string][] {
  return spans.map((s) => [text.slice(s.start, s.end), s.entityId]);
}

/**
 * The real entities of seeds/entities.yaml, compiled without documents or
 * facts: the matcher tests then do not break while quotes in facts.yaml are
 * being edited.
 */
export function realEntities(): Entity[] {
  const seed = (name: string) => readFileSync(new URL(`../../../seeds/${name}`, import.meta.url), 'utf8');
  return compileDataset(
    [
      { path: 'seeds/entities.yaml', text: seed('entities.yaml') },
      { path: 'seeds/documents.yaml', text: '[]' },
      { path: 'seeds/facts.yaml', text: '[]' },
    ],
    { version: '0.0.0' },
  ).entities;
}
