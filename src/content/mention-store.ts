/**
 * Which mentions are highlighted. Pure bookkeeping over opaque node keys, so
 * the rules (categories, first-or-every mention, context rules) are unit
 * tested without a DOM. The annotator feeds it matches per text node and
 * applies the show/hide diff it returns to the page's highlights.
 */
import type { Category } from '../dataset/types';
import type { MentionPolicy } from '../settings/settings';

export interface MentionSpan {
  start: number;
  end: number;
  entityId: string;
  /** Present for ambiguous aliases: they count only when one of these entities is mentioned unambiguously. */
  context?: readonly string[];
  /** Another reading of the same words, which counts only while this one's context is not met. */
  fallback?: MentionSpan;
  /** Shorter names inside these words, which count only while no reading of the whole does. */
  inner?: MentionSpan[];
}

export interface Mention<N> extends Omit<MentionSpan, 'fallback' | 'inner'> {
  node: N;
  shown: boolean;
  /** Set on a fallback reading: the contextual reading that takes precedence. */
  primary?: Mention<N>;
}

export interface StoreOptions {
  categories: Record<Category, boolean>;
  policy: MentionPolicy;
}

export interface Diff<N> {
  show: Mention<N>[];
  hide: Mention<N>[];
}

interface EntityState<N> {
  mentions: Set<Mention<N>>;
  /** Mentions through unambiguous aliases: these confirm the entity for context rules. */
  confirming: number;
  first: Mention<N> | null;
}

export class MentionStore<N> {
  private readonly byNode = new Map<N, Mention<N>[]>();
  private readonly byEntity = new Map<string, EntityState<N>>();
  /** Entities waiting on a context entity, keyed by the entity they wait for. */
  private readonly waitingOn = new Map<string, Set<string>>();
  private readonly dirty = new Set<string>();
  private diff: Diff<N> = { show: [], hide: [] };

  constructor(
    /** Each entity's category: all the store needs to know of an entity. */
    private readonly categories: ReadonlyMap<string, Category>,
    /** Document order of two mentions: negative when `a` comes first. */
    private readonly order: (a: Mention<N>, b: Mention<N>) => number,
    private options: StoreOptions,
  ) {}

  /** Replaces everything known about one text node. */
  setNode(node: N, spans: readonly MentionSpan[]): void {
    this.removeNode(node);
    if (spans.length === 0) return;
    const mentions: Mention<N>[] = [];
    for (const span of spans) this.addReadings(node, span, undefined, mentions);
    this.byNode.set(node, mentions);
    for (const mention of mentions) this.add(mention);
  }

  /**
   * One span becomes a chain of readings, each counting only while the ones
   * before it do not: "Beijing" the government if its context holds, else
   * "Beijing" the city; and names inside an ambiguous phrase if no reading of
   * the phrase holds.
   */
  private addReadings(node: N, span: MentionSpan, primary: Mention<N> | undefined, into: Mention<N>[]): void {
    let last = primary;
    for (let reading: MentionSpan | undefined = span; reading; reading = reading.fallback) {
      // Written out rather than spread: this runs for every mention on the page.
      const mention: Mention<N> = { start: reading.start, end: reading.end, entityId: reading.entityId, node, shown: false };
      if (reading.context) mention.context = reading.context;
      if (last) mention.primary = last;
      into.push(mention);
      last = mention;
    }
    for (const inner of span.inner ?? []) this.addReadings(node, inner, last, into);
  }

  removeNode(node: N): void {
    const mentions = this.byNode.get(node);
    if (!mentions) return;
    this.byNode.delete(node);
    for (const mention of mentions) this.remove(mention);
  }

  /** Every node that has mentions, e.g. to sweep the ones the page removed. */
  nodes(): IterableIterator<N> {
    return this.byNode.keys();
  }

  configure(options: StoreOptions): void {
    this.options = options;
    for (const id of this.byEntity.keys()) this.dirty.add(id);
  }

  /** The show/hide changes since the last call. */
  flush(): Diff<N> {
    for (const id of this.dirty) this.recompute(id);
    this.dirty.clear();
    const diff = this.diff;
    this.diff = { show: [], hide: [] };
    return diff;
  }

  /** The shown mention covering `offset` in `node`, if any. */
  shownAt(node: N, offset: number): Mention<N> | undefined {
    return this.byNode.get(node)?.find((m) => m.shown && m.start <= offset && offset < m.end);
  }

  /** Shown mentions in document order: what keyboard navigation cycles through. */
  shownMentions(): Mention<N>[] {
    const shown: Mention<N>[] = [];
    for (const mentions of this.byNode.values()) for (const m of mentions) if (m.shown) shown.push(m);
    return shown.sort(this.order);
  }

  /**
   * Entities that count on the page (their category is on and their context
   * rule is met), each with its mentions in document order.
   */
  activeEntities(): { entityId: string; mentions: Mention<N>[] }[] {
    const result: { entityId: string; mentions: Mention<N>[]; first: Mention<N> }[] = [];
    for (const [entityId, state] of this.byEntity) {
      if (!this.isEnabled(entityId)) continue;
      const mentions = [...state.mentions].filter((m) => this.counts(m)).sort(this.order);
      if (mentions.length) result.push({ entityId, mentions, first: mentions[0]! });
    }
    return result.sort((a, b) => this.order(a.first, b.first));
  }

  /** How many entities count on the page; cheap enough to call after every change. */
  activeEntityCount(): number {
    let count = 0;
    for (const [entityId, state] of this.byEntity) {
      if (!this.isEnabled(entityId)) continue;
      // The first mention that counts settles it; the loop rarely goes past it.
      for (const mention of state.mentions) {
        if (this.counts(mention)) {
          count++;
          break;
        }
      }
    }
    return count;
  }

  /** Entities that count in the given nodes (e.g. the text nodes of one paragraph). */
  entitiesIn(accept: (node: N) => boolean): Set<string> {
    const ids = new Set<string>();
    for (const [node, mentions] of this.byNode) {
      if (!accept(node)) continue;
      for (const mention of mentions) if (this.counts(mention)) ids.add(mention.entityId);
    }
    return ids;
  }

  /** Entities present on the page at all, whatever the settings: used to rank card facts. */
  presentEntities(): Set<string> {
    const present = new Set<string>();
    for (const [id, state] of this.byEntity) if ([...state.mentions].some((m) => this.counts(m))) present.add(id);
    return present;
  }

  private state(id: string): EntityState<N> {
    let state = this.byEntity.get(id);
    if (!state) this.byEntity.set(id, (state = { mentions: new Set(), confirming: 0, first: null }));
    return state;
  }

  private add(mention: Mention<N>): void {
    const state = this.state(mention.entityId);
    state.mentions.add(mention);
    const conditional = this.isConditional(mention);
    if (conditional) {
      for (const other of this.contextOf(mention)) {
        let waiting = this.waitingOn.get(other);
        if (!waiting) this.waitingOn.set(other, (waiting = new Set()));
        waiting.add(mention.entityId);
      }
    } else if (++state.confirming === 1) {
      this.wake(mention.entityId);
    }
    if (this.dirty.has(mention.entityId) || !this.isEnabled(mention.entityId) || !this.counts(mention)) {
      if (conditional) this.dirty.add(mention.entityId);
      return;
    }
    // The common case stays O(1): only the new mention and the current first are compared.
    if (this.options.policy === 'every') return this.show(mention);
    if (!state.first || this.order(mention, state.first) < 0) {
      if (state.first) this.hide(state.first);
      state.first = mention;
      this.show(mention);
    }
  }

  private remove(mention: Mention<N>): void {
    const state = this.byEntity.get(mention.entityId);
    if (!state) return;
    state.mentions.delete(mention);
    if (mention.shown) this.hide(mention);
    if (!this.isConditional(mention) && --state.confirming === 0) this.wake(mention.entityId);
    if (state.first === mention) {
      state.first = null;
      this.dirty.add(mention.entityId);
    }
  }

  /** An entity became (un)confirmed: everything waiting on it must be looked at again. */
  private wake(entityId: string): void {
    for (const waiting of this.waitingOn.get(entityId) ?? []) this.dirty.add(waiting);
  }

  private isEnabled(entityId: string): boolean {
    const category = this.categories.get(entityId);
    return category !== undefined && this.options.categories[category] !== false;
  }

  /** Ambiguous readings neither confirm their entity nor count without their context. */
  private isConditional(mention: Mention<N>): boolean {
    return !!mention.context?.length || !!mention.primary;
  }

  /** The entities whose presence decides whether this reading counts: its own context and its primaries'. */
  private contextOf(mention: Mention<N>): string[] {
    const ids: string[] = [];
    for (let m: Mention<N> | undefined = mention; m; m = m.primary) if (m.context) ids.push(...m.context);
    return ids;
  }

  private contextMet(mention: Mention<N>): boolean {
    return !mention.context?.length || mention.context.some((id) => (this.byEntity.get(id)?.confirming ?? 0) > 0);
  }

  private counts(mention: Mention<N>): boolean {
    if (!this.contextMet(mention)) return false;
    // A fallback stands only while no reading before it does.
    for (let primary = mention.primary; primary; primary = primary.primary) if (this.contextMet(primary)) return false;
    return true;
  }

  private recompute(entityId: string): void {
    const state = this.byEntity.get(entityId);
    if (!state) return;
    const enabled = this.isEnabled(entityId);
    const wanted = new Set<Mention<N>>();
    let first: Mention<N> | null = null;
    if (enabled) {
      for (const mention of state.mentions) {
        if (!this.counts(mention)) continue;
        if (this.options.policy === 'every') wanted.add(mention);
        if (!first || this.order(mention, first) < 0) first = mention;
      }
      if (this.options.policy === 'first' && first) wanted.add(first);
    }
    state.first = first;
    for (const mention of state.mentions) {
      if (mention.shown && !wanted.has(mention)) this.hide(mention);
      else if (!mention.shown && wanted.has(mention)) this.show(mention);
    }
  }

  private show(mention: Mention<N>): void {
    mention.shown = true;
    this.diff.show.push(mention);
  }

  private hide(mention: Mention<N>): void {
    mention.shown = false;
    this.diff.hide.push(mention);
  }
}
