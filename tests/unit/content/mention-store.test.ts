import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MentionStore, type MentionSpan, type NodePlace, type StoreOptions } from '../../../src/content/mention-store';
import { CATEGORIES, type Category } from '../../../src/model/entity';

/**
 * Nodes are numbers here, met in numeric order; unless a test says otherwise
 * each is in the main content and visible, as the annotator would find out.
 */
class TestStore extends MentionStore<number> {
  override setNode(node: number, spans: readonly MentionSpan[], place: NodePlace = { seq: node, main: true }): void {
    super.setNode(node, spans, place);
    this.setVisibility(node, true);
  }
}
const entities = new Map<string, Category>([
  ['china', 'country'],
  ['kazakhstan', 'country'],
  ['xi-jinping', 'person'],
  ['beijing-government', 'organization'],
  ['beijing', 'place'],
]);
const allOn = Object.fromEntries(CATEGORIES.map((c) => [c, true])) as Record<Category, boolean>;
const options = (patch: Partial<StoreOptions> = {}): StoreOptions => ({ categories: allOn, policy: 'first', scope: 'all', ...patch });
const span = (entityId: string, start = 0, extra: Partial<MentionSpan> = {}): MentionSpan => ({
  start,
  end: start + 5,
  entityId,
  ...extra,
});
const shownIds = (store: MentionStore<number>) => store.shownMentions().map((m) => `${m.entityId}@${m.node}`);

describe('MentionStore', () => {
  it('shows only the first mention of each entity by default', () => {
    const store = new TestStore(entities, options());
    store.setNode(2, [span('china')]);
    store.setNode(1, [span('china'), span('kazakhstan', 10)]);
    store.flush();
    expect(shownIds(store)).toEqual(['china@1', 'kazakhstan@1']);
  });

  it('shows every mention when the policy says so, and goes back live', () => {
    const store = new TestStore(entities, options({ policy: 'every' }));
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
    const store = new TestStore(entities, options());
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
    const store = new TestStore(entities, options());
    store.setNode(1, [span('china')]);
    store.setNode(3, [span('china')]);
    store.flush();
    store.removeNode(1);
    store.flush();
    expect(shownIds(store)).toEqual(['china@3']);
  });

  it('keeps a contextual mention hidden until its context entity appears', () => {
    const store = new TestStore(entities, options());
    store.setNode(1, [span('xi-jinping', 0, { context: ['china'] })]);
    store.flush();
    expect(shownIds(store)).toEqual([]);
    expect(store.activeEntities()).toEqual([]);
    store.setNode(2, [span('china')]);
    store.flush();
    expect(shownIds(store)).toEqual(['xi-jinping@1', 'china@2']);
  });

  it('drops a contextual mention again when its context leaves the page', () => {
    const store = new TestStore(entities, options());
    store.setNode(1, [span('xi-jinping', 0, { context: ['china'] })]);
    store.setNode(2, [span('china')]);
    store.flush();
    store.removeNode(2);
    store.flush();
    expect(shownIds(store)).toEqual([]);
  });

  it('does not let a contextual mention confirm another contextual one', () => {
    const store = new TestStore(entities, options());
    store.setNode(1, [span('china', 0, { context: ['xi-jinping'] }), span('xi-jinping', 10, { context: ['china'] })]);
    store.flush();
    expect(shownIds(store)).toEqual([]);
  });

  it('uses the fallback reading while the primary reading lacks its context', () => {
    const store = new TestStore(entities, options());
    const beijing = span('beijing-government', 0, { context: ['china'], fallback: span('beijing') });
    store.setNode(1, [beijing]);
    store.flush();
    expect(shownIds(store)).toEqual(['beijing@1']);
    store.setNode(2, [span('china')]);
    store.flush();
    expect(shownIds(store)).toEqual(['beijing-government@1', 'china@2']);
  });

  it('counts every occurrence and reports entities in order of first mention', () => {
    const store = new TestStore(entities, options());
    store.setNode(2, [span('china'), span('china', 20)]);
    store.setNode(1, [span('kazakhstan')]);
    store.flush();
    const summary = store.activeEntities().map((e) => [e.entityId, e.count, e.highlighted]);
    expect(summary).toEqual([
      ['kazakhstan', 1, 1],
      ['china', 2, 1],
    ]);
  });

  it('finds the shown mention under an offset', () => {
    const store = new TestStore(entities, options());
    store.setNode(1, [span('china', 10)]);
    store.flush();
    expect(store.shownAt(1, 12)?.entityId).toBe('china');
    expect(store.shownAt(1, 15)).toBeUndefined();
    expect(store.shownAt(1, 9)).toBeUndefined();
  });

  it('lists the mentions of a node that count, shown or not and whatever the categories', () => {
    const store = new TestStore(entities, options({ categories: { ...allOn, country: false } }));
    const beijing = span('beijing-government', 20, { context: ['china'], fallback: span('beijing', 20) });
    store.setNode(1, [span('china'), span('china', 10), beijing]);
    store.flush();
    expect(store.countingIn(1).map((m) => `${m.entityId}@${m.start}`)).toEqual(['china@0', 'china@10', 'beijing-government@20']);
    expect(store.countingIn(2)).toEqual([]);
  });
});

describe('MentionStore with names inside ambiguous phrases', () => {
  it('counts the inner name only while no reading of the phrase holds', () => {
    const store = new TestStore(entities, options());
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

describe('MentionStore: main content, visibility and relevance', () => {
  /** A store whose nodes' places and visibility the test sets itself, as the annotator would. */
  const plain = (patch: Partial<StoreOptions> = {}) => new MentionStore<number>(entities, options(patch));

  it('highlights the first mention in the main content, not the first in the page chrome', () => {
    const store = plain();
    store.setNode(1, [span('china')], { seq: 1, main: false });
    store.setNode(2, [span('china')], { seq: 2, main: true });
    const diff = store.flush();
    expect(diff.check).toEqual([2]);
    expect(diff.show).toEqual([]);
    store.setVisibility(2, true);
    expect(store.flush().show.map((m) => m.node)).toEqual([2]);
    expect(store.activeEntities().map((e) => [e.entityId, e.count, e.inMain, e.first.node])).toEqual([['china', 2, true, 2]]);
    expect(store.highlightedEntityCount()).toBe(1);
  });

  it('moves on to the next main-content mention when the first turns out hidden', () => {
    const store = plain();
    store.setNode(1, [span('china')], { seq: 1, main: true });
    store.setNode(2, [span('china')], { seq: 2, main: true });
    expect(store.flush().check).toEqual([1]);
    store.setVisibility(1, false);
    const diff = store.flush();
    expect(diff.check).toEqual([2]);
    store.setVisibility(2, true);
    expect(store.flush().show.map((m) => m.node)).toEqual([2]);
  });

  it('counts an entity named only in the chrome, but highlights none of its mentions', () => {
    const store = plain();
    store.setNode(1, [span('kazakhstan')], { seq: 1, main: false });
    const diff = store.flush();
    expect(diff.check).toEqual([]);
    expect(store.shownMentions()).toEqual([]);
    expect(store.activeEntities().map((e) => [e.entityId, e.inMain])).toEqual([['kazakhstan', false]]);
    expect(store.namedInMain()).toEqual(new Set());
  });

  it('keeps every mention, chrome included, under the every-mention policy', () => {
    const store = plain({ policy: 'every' });
    store.setNode(1, [span('china')], { seq: 1, main: false });
    store.setNode(2, [span('china')], { seq: 2, main: true });
    expect(store.flush().show.map((m) => m.node)).toEqual([1, 2]);
  });

  it('orders by the walk, not by the order nodes were handed in', () => {
    const store = new TestStore(entities, options({ policy: 'every' }));
    store.setNode(5, [span('china')], { seq: 5, main: true });
    store.setNode(3, [span('china'), span('kazakhstan', 10)], { seq: 3, main: true });
    store.flush();
    expect(store.shownMentions().map((m) => m.node)).toEqual([3, 3, 5]);
    expect(store.activeEntities().map((e) => e.entityId)).toEqual(['china', 'kazakhstan']);
  });

  it('highlights only related entities in the related scope, and follows relevance live', () => {
    const store = new TestStore(entities, options({ scope: 'related' }));
    store.setNode(1, [span('china'), span('kazakhstan', 10)]);
    store.flush();
    expect(shownIds(store)).toEqual([]);
    store.setRelated(new Set(['kazakhstan']));
    store.flush();
    expect(shownIds(store)).toEqual(['kazakhstan@1']);
    store.configure(options({ scope: 'all' }));
    store.flush();
    expect(shownIds(store)).toEqual(['china@1', 'kazakhstan@1']);
  });

  it('asks to restyle the shown mentions of an entity whose relevance changed', () => {
    const store = new TestStore(entities, options({ scope: 'all' }));
    store.setNode(1, [span('china'), span('kazakhstan', 10)]);
    store.flush();
    store.setRelated(new Set(['china']));
    const diff = store.flush();
    expect(diff.restyle.map((m) => m.entityId)).toEqual(['china']);
    expect(store.isRelated('china')).toBe(true);
  });

  it('names in the main content only what counts there', () => {
    const store = plain();
    store.setNode(1, [span('xi-jinping', 0, { context: ['china'] })], { seq: 1, main: true });
    store.setNode(2, [span('china')], { seq: 2, main: false });
    expect(store.namedInMain()).toEqual(new Set(['xi-jinping']));
    store.setNode(3, [span('kazakhstan')], { seq: 3, main: true });
    expect(store.mainMayHaveChanged).toBe(true);
    expect(store.namedInMain()).toEqual(new Set(['xi-jinping', 'kazakhstan']));
    expect(store.mainMayHaveChanged).toBe(false);
  });
});

describe('MentionStore summary under changes', () => {
  // The tallies are kept between questions: after any sequence of changes, the summary must be
  // what a store that met only the final nodes would say.
  const spanArb = fc.oneof(
    fc.constantFrom('china', 'kazakhstan', 'xi-jinping').map((id) => span(id)),
    fc.constant(span('beijing-government', 0, { context: ['china'], fallback: span('beijing') })),
    fc.constant(span('xi-jinping', 0, { context: ['china', 'kazakhstan'] })),
  );
  const step = fc.record({ node: fc.integer({ min: 1, max: 6 }), spans: fc.array(spanArb, { maxLength: 3 }), main: fc.boolean(), ask: fc.boolean(), flush: fc.boolean() });
  const summaryOf = (store: MentionStore<number>) =>
    store.activeEntities().map((e) => [e.entityId, e.count, e.inMain, e.first.node, e.first.entityId]);

  it('equals a fresh store’s after every step, asked or not in between, flushed or not', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 25 }), (steps) => {
        const store = new TestStore(entities, options());
        const final = new Map<number, { spans: MentionSpan[]; main: boolean }>();
        for (const { node, spans, main, ask, flush } of steps) {
          // Spans of one node may not overlap: place them apart.
          const placed = spans.map((s, i) => ({ ...s, start: i * 10, end: i * 10 + 5, ...(s.fallback ? { fallback: { ...s.fallback, start: i * 10, end: i * 10 + 5 } } : {}) }));
          store.setNode(node, placed, { seq: node, main });
          if (placed.length) final.set(node, { spans: placed, main });
          else final.delete(node);
          // A flush works out again the entities whose context changed, and their tallies with them.
          if (flush) store.flush();
          if (ask) summaryOf(store);
        }
        const fresh = new TestStore(entities, options());
        for (const [node, { spans, main }] of [...final].sort((a, b) => a[0] - b[0])) fresh.setNode(node, spans, { seq: node, main });
        expect(summaryOf(store)).toEqual(summaryOf(fresh));
        store.flush();
        fresh.flush();
        expect(summaryOf(store)).toEqual(summaryOf(fresh));
      }),
      { numRuns: 500 },
    );
  });
});
