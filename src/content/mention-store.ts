/**
 * Which mentions are highlighted. Pure bookkeeping over opaque node keys, so
 * the rules (categories, first-or-every mention, context rules, main content
 * and visibility, relevance) are unit tested without a DOM. The annotator
 * feeds it matches per text node, with where the node sits, and applies the
 * show/hide diff it returns to the page's highlights.
 *
 * Order is the order the walker met the nodes in (`seq`), never a DOM
 * comparison: comparing two nodes' document positions costs up to the
 * earlier node's index among its siblings, which made sorting a large page's
 * mentions quadratic.
 */
import type { Category } from '../model/entity';
import type { HighlightScope, MentionPolicy } from '../settings/settings';

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

/** Where a text node sits, as the annotator found it. */
export interface NodePlace {
  /** The walker's visit order: smaller means met earlier (document order, for a first walk). */
  seq: number;
  /** In the page's main content (the article), not in its chrome (menus, headers, footers, comments). */
  main: boolean;
}

export interface Mention<N> extends Omit<MentionSpan, 'fallback' | 'inner'> {
  node: N;
  seq: number;
  main: boolean;
  shown: boolean;
  /** Set on a fallback reading: the contextual reading that takes precedence. */
  primary?: Mention<N>;
}

export interface StoreOptions {
  categories: Record<Category, boolean>;
  policy: MentionPolicy;
  /** `related`: only entities with facts that relate to the page are highlighted; `all`: every entity found. */
  scope: HighlightScope;
}

export interface Diff<N> {
  show: Mention<N>[];
  hide: Mention<N>[];
  /** Nodes whose visibility must be checked before their mention can be the entity's highlighted one. */
  check: N[];
  /** Shown mentions whose entity changed between related and background: to be painted the other way. */
  restyle: Mention<N>[];
}

interface Tally<N> {
  count: number;
  met: Mention<N> | null;
  firstMain: Mention<N> | null;
}

const emptyTally = <N>(): Tally<N> => ({ count: 0, met: null, firstMain: null });

/** Counts one more mention that counts, keeping the first met and the first in the main content. */
function countIn<N>(tally: Tally<N>, mention: Mention<N>): void {
  tally.count++;
  if (!tally.met || byWalkOrder(mention, tally.met) < 0) tally.met = mention;
  if (mention.main && (!tally.firstMain || byWalkOrder(mention, tally.firstMain) < 0)) tally.firstMain = mention;
}

interface EntityState<N> {
  mentions: Set<Mention<N>>;
  /** Mentions through unambiguous aliases: these confirm the entity for context rules. */
  confirming: number;
  /** The mention the first-mention policy highlights (or waits to, until its node's visibility is known). */
  first: Mention<N> | null;
  /** Mentions in the main content: relevance is worked out again only when this leaves or reaches zero. */
  inMain: number;
  /** Mentions highlighted now: the badge counts the entities that have any. */
  shown: number;
}

export interface EntitySummary<N> {
  entityId: string;
  /** How many mentions count. */
  count: number;
  /** How many of them are highlighted. */
  highlighted: number;
  /** Whether any of them is in the main content. */
  inMain: boolean;
  /** The one the summary quotes: the first in the main content, else the first met. */
  first: Mention<N>;
}

export const byWalkOrder = (a: { seq: number; start: number }, b: { seq: number; start: number }): number =>
  a.seq - b.seq || a.start - b.start;

export class MentionStore<N> {
  private readonly byNode = new Map<N, Mention<N>[]>();
  private readonly byEntity = new Map<string, EntityState<N>>();
  /** Entities waiting on a context entity, keyed by the entity they wait for. */
  private readonly waitingOn = new Map<string, Set<string>>();
  /** What the page found out about each node's visibility; absent until checked. */
  private readonly visibility = new Map<N, boolean>();
  private readonly checking = new Set<N>();
  private readonly dirty = new Set<string>();
  /**
   * Each entity's tally for the summary, kept up to date as mentions come and go: "On this page"
   * asks often, and a large page has thousands of mentions of a few entities. When an entity
   * becomes (un)confirmed, the tallies of the entities waiting on it are worked out again in
   * `recompute`'s pass over their mentions (a fallback reading counts only while its primary does not).
   */
  private readonly tallies = new Map<string, Tally<N>>();
  /** Every highlighted mention, so that keyboard navigation never walks the unhighlighted ones. */
  private readonly shown = new Set<Mention<N>>();
  private diff: Diff<N> = emptyDiff();
  private related: ReadonlySet<string> = new Set();
  private nextSeq = 0;
  /** Set when the entities named in the main content may have changed: relevance must be worked out again. */
  mainMayHaveChanged = false;
  /** The nodes whose mentions changed since `takeChanged`, once someone follows them (the figure check). */
  private changed: Set<N> | null = null;

  constructor(
    /** Each entity's category: all the store needs to know of an entity. */
    private readonly categories: ReadonlyMap<string, Category>,
    private options: StoreOptions,
  ) {}

  /** Replaces everything known about one text node. */
  setNode(node: N, spans: readonly MentionSpan[], place: NodePlace = { seq: this.nextSeq, main: true }): void {
    this.removeNode(node);
    this.nextSeq = Math.max(this.nextSeq, place.seq + 1);
    if (spans.length === 0) return;
    this.changed?.add(node);
    const mentions: Mention<N>[] = [];
    for (const span of spans) this.addReadings(node, place, span, undefined, mentions);
    this.byNode.set(node, mentions);
    for (const mention of mentions) this.add(mention);
  }

  /**
   * One span becomes a chain of readings, each counting only while the ones
   * before it do not: "Beijing" the government if its context holds, else
   * "Beijing" the city; and names inside an ambiguous phrase if no reading of
   * the phrase holds.
   */
  private addReadings(node: N, place: NodePlace, span: MentionSpan, primary: Mention<N> | undefined, into: Mention<N>[]): void {
    let last = primary;
    for (let reading: MentionSpan | undefined = span; reading; reading = reading.fallback) {
      // Written out rather than spread: this runs for every mention on the page.
      const mention: Mention<N> = {
        start: reading.start,
        end: reading.end,
        entityId: reading.entityId,
        node,
        seq: place.seq,
        main: place.main,
        shown: false,
      };
      if (reading.context) mention.context = reading.context;
      if (last) mention.primary = last;
      into.push(mention);
      last = mention;
    }
    for (const inner of span.inner ?? []) this.addReadings(node, place, inner, last, into);
  }

  removeNode(node: N): void {
    const mentions = this.byNode.get(node);
    if (!mentions) return;
    this.changed?.add(node);
    this.byNode.delete(node);
    this.visibility.delete(node);
    this.checking.delete(node);
    for (const mention of mentions) this.remove(mention);
  }

  /** From now on, remember each node whose mentions are set or removed, for `takeChanged`. */
  followChanges(): void {
    this.changed ??= new Set();
  }

  /** The nodes whose mentions changed since the last call, and forgets them. */
  takeChanged(): N[] {
    if (!this.changed) return [];
    const nodes = [...this.changed];
    this.changed.clear();
    return nodes;
  }

  /** Every node that has mentions, e.g. to sweep the ones the page removed. */
  nodes(): IterableIterator<N> {
    return this.byNode.keys();
  }

  configure(options: StoreOptions): void {
    this.options = options;
    for (const id of this.byEntity.keys()) this.dirty.add(id);
  }

  /** What the page found out about a node the last diff asked to check. */
  setVisibility(node: N, visible: boolean): void {
    this.checking.delete(node);
    const mentions = this.byNode.get(node);
    if (!mentions) return;
    this.visibility.set(node, visible);
    for (const mention of mentions) this.dirty.add(mention.entityId);
  }

  /** The entities with facts that relate to the page (worked out by the annotator from `namedInMain`). */
  setRelated(related: ReadonlySet<string>): void {
    const before = this.related;
    this.related = related;
    for (const [id, state] of this.byEntity) {
      if (before.has(id) === related.has(id)) continue;
      this.dirty.add(id);
      for (const mention of state.mentions) if (mention.shown) this.diff.restyle.push(mention);
    }
  }

  isRelated(entityId: string): boolean {
    return this.related.has(entityId);
  }

  /** The show/hide changes since the last call. */
  flush(): Diff<N> {
    for (const id of this.dirty) this.recompute(id);
    this.dirty.clear();
    const diff = this.diff;
    this.diff = emptyDiff();
    return diff;
  }

  /** The shown mention covering `offset` in `node`, if any. */
  shownAt(node: N, offset: number): Mention<N> | undefined {
    return this.byNode.get(node)?.find((m) => m.shown && m.start <= offset && offset < m.end);
  }

  /** The mentions of one node that count (context rules met), shown or not, whatever the categories: what the figure check reads. */
  countingIn(node: N): Mention<N>[] {
    return this.byNode.get(node)?.filter((m) => this.counts(m)) ?? [];
  }

  /** Shown mentions in walk order: what keyboard navigation cycles through. */
  shownMentions(): Mention<N>[] {
    return [...this.shown].sort(byWalkOrder);
  }

  /**
   * Entities that count on the page (their category is on and their context
   * rule is met), in the order their first mention was met. One pass over the
   * mentions, no sorting of them: the popup asks for this while the page loads.
   */
  activeEntities(): EntitySummary<N>[] {
    const found: { summary: EntitySummary<N>; met: Mention<N> }[] = [];
    for (const [entityId, state] of this.byEntity) {
      if (!this.isEnabled(entityId)) continue;
      let tally = this.tallies.get(entityId);
      if (!tally) this.tallies.set(entityId, (tally = this.tally(state)));
      const { count, met, firstMain } = tally;
      if (met) found.push({ summary: { entityId, count, highlighted: state.shown, inMain: firstMain !== null, first: firstMain ?? met }, met });
    }
    return found.sort((a, b) => byWalkOrder(a.met, b.met)).map(({ summary }) => summary);
  }

  /** An entity's mentions that count, the first of them, and the first in the main content. */
  private tally(state: EntityState<N>): Tally<N> {
    const tally = emptyTally<N>();
    for (const m of state.mentions) if (this.counts(m)) countIn(tally, m);
    return tally;
  }

  /** How many entities are highlighted; cheap enough to call after every change. */
  highlightedEntityCount(): number {
    let count = 0;
    for (const state of this.byEntity.values()) if (state.shown > 0) count++;
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

  /** Entities the page's main content names (whatever the settings): what facts must find to relate. */
  namedInMain(): Set<string> {
    this.mainMayHaveChanged = false;
    const named = new Set<string>();
    for (const [id, state] of this.byEntity) {
      for (const mention of state.mentions) {
        if (mention.main && this.counts(mention)) {
          named.add(id);
          break;
        }
      }
    }
    return named;
  }

  /** Entities present on the page at all, whatever the settings. */
  presentEntities(): Set<string> {
    const present = new Set<string>();
    for (const [id, state] of this.byEntity) {
      for (const mention of state.mentions) {
        if (this.counts(mention)) {
          present.add(id);
          break;
        }
      }
    }
    return present;
  }

  /** The first `limit` main-content mentions of an entity that count, in the order they were found. */
  mainMentionsOf(entityId: string, limit: number): Mention<N>[] {
    const found: Mention<N>[] = [];
    for (const mention of this.byEntity.get(entityId)?.mentions ?? []) {
      if (found.length === limit) break;
      if (mention.main && this.counts(mention)) found.push(mention);
    }
    return found;
  }

  private state(id: string): EntityState<N> {
    let state = this.byEntity.get(id);
    if (!state) this.byEntity.set(id, (state = { mentions: new Set(), confirming: 0, first: null, inMain: 0, shown: 0 }));
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
    if (mention.main && state.inMain++ === 0) this.mainMayHaveChanged = true;
    const counts = this.counts(mention);
    // Kept as the matching goes: adding a mention changes no other mention's count but through `wake`.
    const tally = this.tallies.get(mention.entityId);
    if (tally && counts) countIn(tally, mention);
    if (this.dirty.has(mention.entityId) || !this.isWanted(mention.entityId) || !counts) {
      if (conditional) this.dirty.add(mention.entityId);
      return;
    }
    // The common case stays O(1): only the new mention and the current first are compared.
    if (this.options.policy === 'every') return this.show(mention);
    if (!this.isCandidate(mention)) return;
    if (!state.first || byWalkOrder(mention, state.first) < 0) {
      if (state.first?.shown) this.hide(state.first);
      state.first = mention;
      this.showIfVisible(mention);
    }
  }

  private remove(mention: Mention<N>): void {
    const tally = this.tallies.get(mention.entityId);
    if (tally && this.counts(mention)) {
      // The first of them gone: worked out again when next asked (rare: a page takes text away).
      if (tally.met === mention || tally.firstMain === mention) this.tallies.delete(mention.entityId);
      else tally.count--;
    }
    const state = this.byEntity.get(mention.entityId);
    if (!state) return;
    state.mentions.delete(mention);
    if (mention.shown) this.hide(mention);
    if (mention.main && --state.inMain === 0) this.mainMayHaveChanged = true;
    if (!this.isConditional(mention) && --state.confirming === 0) this.wake(mention.entityId);
    if (state.first === mention) {
      state.first = null;
      this.dirty.add(mention.entityId);
    }
  }

  /** An entity became (un)confirmed: everything waiting on it must be looked at again. */
  private wake(entityId: string): void {
    this.mainMayHaveChanged = true;
    // Only the readings that wait on this entity can change whether they count; `recompute` tallies them again.
    for (const waiting of this.waitingOn.get(entityId) ?? []) {
      this.tallies.delete(waiting);
      this.dirty.add(waiting);
    }
  }

  private isEnabled(entityId: string): boolean {
    const category = this.categories.get(entityId);
    return category !== undefined && this.options.categories[category] !== false;
  }

  /** Whether the entity's mentions are highlighted at all under the settings. */
  private isWanted(entityId: string): boolean {
    return this.isEnabled(entityId) && (this.options.scope === 'all' || this.related.has(entityId));
  }

  /** Whether a mention may be the one the first-mention policy highlights: in the article, and not known to be hidden. */
  private isCandidate(mention: Mention<N>): boolean {
    return mention.main && this.visibility.get(mention.node) !== false;
  }

  private showIfVisible(mention: Mention<N>): void {
    const visible = this.visibility.get(mention.node);
    if (visible === true) return this.show(mention);
    if (visible === undefined && !this.checking.has(mention.node)) {
      this.checking.add(mention.node);
      this.diff.check.push(mention.node);
    }
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
    const wanted = new Set<Mention<N>>();
    let first: Mention<N> | null = null;
    const isWanted = this.isWanted(entityId);
    // The same pass keeps the summary's tally, so that "On this page" never walks the mentions.
    const tally = emptyTally<N>();
    for (const mention of state.mentions) {
      if (!this.counts(mention)) continue;
      countIn(tally, mention);
      if (!isWanted) continue;
      if (this.options.policy === 'every') wanted.add(mention);
      else if (this.isCandidate(mention) && (!first || byWalkOrder(mention, first) < 0)) first = mention;
    }
    this.tallies.set(entityId, tally);
    state.first = first;
    if (first && this.visibility.get(first.node) === true) wanted.add(first);
    for (const mention of state.mentions) {
      if (mention.shown && !wanted.has(mention)) this.hide(mention);
      else if (!mention.shown && wanted.has(mention)) this.show(mention);
    }
    if (first && !first.shown) this.showIfVisible(first);
  }

  private show(mention: Mention<N>): void {
    mention.shown = true;
    this.shown.add(mention);
    this.byEntity.get(mention.entityId)!.shown++;
    this.diff.show.push(mention);
  }

  private hide(mention: Mention<N>): void {
    mention.shown = false;
    this.shown.delete(mention);
    const state = this.byEntity.get(mention.entityId);
    if (state) state.shown--;
    this.diff.hide.push(mention);
  }
}

function emptyDiff<N>(): Diff<N> {
  return { show: [], hide: [], check: [], restyle: [] };
}
