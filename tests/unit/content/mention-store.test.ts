import { describe, expect, it } from 'vitest';
import { MentionStore, type Mention, type MentionSpan, type StoreOptions } from '../../../src/content/mention-store';
import { CATEGORIES, type Category } from '../../../src/dataset/types';

/** Nodes are numbers here; document order is numeric order. */
const order = (a: Mention<number>, b: Mention<number>) => a.node - b.node || a.start - b.start;
const entities = new Map<string, Category>([
  ['china', 'country'],
  ['kazakhstan', 'country'],
  ['xi-jinping', 'person'],
  ['beijing-government', 'organization'],
  ['beijing', 'place'],
]);
const allOn = Object.fromEntries(CATEGORIES.map((c) => [c, true])) as Record<Category, boolean>;
const options = (patch: Partial<StoreOptions> = {}): StoreOptions => ({ categories: allOn, policy: 'first', ...patch });
const span = (entityId: string, start = 0, extra: Partial<MentionSpan> = {}): MentionSpan => ({
  start,
  end: start + 5,
  entityId,
  ...extra,
});
const shownIds = (store: MentionStore<number>) => store.shownMentions().map((m) => `${m.entityId}@${m.node}`);

describe('MentionStore', () => {
  it('shows only the first mention of each entity by default', () => {
    const store = new MentionStore(entities, order, options());
    store.setNode(2, [span('china')]);
    store.setNode(1, [span('china'), span('kazakhstan', 10)]);
    store.flush();
    expect(shownIds(store)).toEqual(['china@1', 'kazakhstan@1']);
  });

  it('shows every mention when the policy says so, and goes back live', () => {
    const store = new MentionStore(entities, order, options({ policy: 'every' }));
    store.setNode(1, [span('china')]);
    store.setNode(2, [span('china')]);
    store.flush();
    expect(shownIds(store)).toEqual(['china@1', 'china@2']);
    store.configure(options({ policy: 'first' }));
    const diff = store.flush();
    expect(diff.hide.map((m) => m.node)).toEqual([2]);
    expect(shownIds(store)).toEqual(['china@1']);
  });

  it('hides a switched-off category and brings it back', () => {
    const store = new MentionStore(entities, order, options());
    store.setNode(1, [span('china'), span('xi-jinping', 10)]);
    store.flush();
    store.configure(options({ categories: { ...allOn, person: false } }));
    store.flush();
    expect(shownIds(store)).toEqual(['china@1']);
    expect(store.activeEntities().map((e) => e.entityId)).toEqual(['china']);
    store.configure(options());
    store.flush();
    expect(shownIds(store)).toEqual(['china@1', 'xi-jinping@1']);
  });

  it('moves the first mention on when the first one is removed', () => {
    const store = new MentionStore(entities, order, options());
    store.setNode(1, [span('china')]);
    store.setNode(3, [span('china')]);
    store.flush();
    store.removeNode(1);
    store.flush();
    expect(shownIds(store)).toEqual(['china@3']);
  });

  it('keeps a contextual mention hidden until its context entity appears', () => {
    const store = new MentionStore(entities, order, options());
    store.setNode(1, [span('xi-jinping', 0, { context: ['china'] })]);
    store.flush();
    expect(shownIds(store)).toEqual([]);
    expect(store.activeEntities()).toEqual([]);
    store.setNode(2, [span('china')]);
    store.flush();
    expect(shownIds(store)).toEqual(['xi-jinping@1', 'china@2']);
  });

  it('drops a contextual mention again when its context leaves the page', () => {
    const store = new MentionStore(entities, order, options());
    store.setNode(1, [span('xi-jinping', 0, { context: ['china'] })]);
    store.setNode(2, [span('china')]);
    store.flush();
    store.removeNode(2);
    store.flush();
    expect(shownIds(store)).toEqual([]);
  });

  it('does not let a contextual mention confirm another contextual one', () => {
    const store = new MentionStore(entities, order, options());
    store.setNode(1, [span('china', 0, { context: ['xi-jinping'] }), span('xi-jinping', 10, { context: ['china'] })]);
    store.flush();
    expect(shownIds(store)).toEqual([]);
  });

  it('uses the fallback reading while the primary reading lacks its context', () => {
    const store = new MentionStore(entities, order, options());
    const beijing = span('beijing-government', 0, { context: ['china'], fallback: span('beijing') });
    store.setNode(1, [beijing]);
    store.flush();
    expect(shownIds(store)).toEqual(['beijing@1']);
    store.setNode(2, [span('china')]);
    store.flush();
    expect(shownIds(store)).toEqual(['beijing-government@1', 'china@2']);
  });

  it('counts every occurrence and reports entities in order of first mention', () => {
    const store = new MentionStore(entities, order, options());
    store.setNode(2, [span('china'), span('china', 20)]);
    store.setNode(1, [span('kazakhstan')]);
    store.flush();
    const summary = store.activeEntities().map((e) => [e.entityId, e.mentions.length, e.mentions.filter((m) => m.shown).length]);
    expect(summary).toEqual([
      ['kazakhstan', 1, 1],
      ['china', 2, 1],
    ]);
  });

  it('finds the shown mention under an offset', () => {
    const store = new MentionStore(entities, order, options());
    store.setNode(1, [span('china', 10)]);
    store.flush();
    expect(store.shownAt(1, 12)?.entityId).toBe('china');
    expect(store.shownAt(1, 15)).toBeUndefined();
    expect(store.shownAt(1, 9)).toBeUndefined();
  });
});

describe('MentionStore with names inside ambiguous phrases', () => {
  it('counts the inner name only while no reading of the phrase holds', () => {
    const store = new MentionStore(entities, order, options());
    // "Xi visited China": the whole is contextual on Kazakhstan; "China" inside it stands alone otherwise.
    const phrase = span('xi-jinping', 0, { end: 16, context: ['kazakhstan'], inner: [span('china', 11)] });
    store.setNode(1, [phrase]);
    store.flush();
    expect(shownIds(store)).toEqual(['china@1']);
    store.setNode(2, [span('kazakhstan')]);
    store.flush();
    expect(shownIds(store)).toEqual(['xi-jinping@1', 'kazakhstan@2']);
  });
});
