/**
 * The annotator: walks the page's text, matches it, and keeps highlights in
 * step with the page and the settings. It only reads the page; its one
 * visible effect is the highlight registry, which `destroy()` empties.
 */
import type { Category } from '../model/entity';
import type { PageMention } from '../messages/messages';
import { BATCH_CHARS, BATCH_NODES } from './batch-limits';
import type { FigureMarksSource } from './figure-marks';
import { Highlighter, type HighlightStyle } from './highlighter';
import { MainContent } from './main-content-finder';
import { MentionStore, type Mention, type MentionSpan, type StoreOptions } from './mention-store';
import { BLOCK_SELECTOR, PageRelevance, type RelevanceSource } from './page-relevance';
import type { PageRelationContext } from '../relevance/fact-relation';
import type { Destroyable } from '../shared/destroyable';
import { SLICE_BUDGET_MS, emptyStats, nextTask, recordSlice, type SliceStats } from './scheduler';
import { TextWalker, isInsideSkippedSubtree } from './text-walker';
import { VisibilityChecker } from './visibility-checker';

export interface TextMatcher {
  /** Spans in `text`, scanning only [from, to) (word boundaries still judged on the whole text). */
  find(text: string, from?: number, to?: number): MentionSpan[];
  /** The longest alias: how far a window must reach past its end. */
  readonly longestAlias: number;
}

/**
 * Text nodes longer than this are matched in windows across slices: a single
 * node can hold megabytes, and matching it in one go would be a long task.
 */
const WINDOW_CHARS = 64 * 1024;
/**
 * While the walk goes on, highlight changes reach the page at most this often. Each commit makes
 * Chromium invalidate the paint of the whole page, so on a large page every commit costs a walk of
 * every layout object in the next frame; a commit per slice paid that in most frames of the walk.
 * The first commit is at once (the reader sees the first highlights without delay), the last one
 * when the walk is over.
 */
export const HIGHLIGHT_COMMIT_INTERVAL_MS = 250;

/** A long text node part-way through matching. */
interface PartialNode {
  node: Text;
  data: string;
  next: number;
  spans: MentionSpan[];
}

export interface AnnotatorOptions {
  doc: Document;
  matcher: TextMatcher;
  /** Each entity's category, which decides its highlight. */
  categories: ReadonlyMap<string, Category>;
  /** An entity's name, for the page summary: asked only when the popup wants one. */
  nameOf(entityId: string): string;
  settings: StoreOptions;
  /** The dataset's facts and topic words, for judging which entities relate to the page. */
  relevance: RelevanceSource;
  /** Geolens's own elements (the card host): never read, never observed. */
  ownUi: ReadonlySet<Element>;
  /** Called after highlights changed, at most once per slice. */
  onChange?: () => void;
  /** Called each time the walk has caught up with the page (the first walk is over, or the changes since read). */
  onIdle?: () => void;
  /** Called at the end of each slice with when it started: for whoever times the page's work (the bench). */
  onSlice?: (started: number) => void;
}


/** Moves a span (and its alternative readings) by `delta` code units, in place: spans are fresh from the matcher. */
function shiftSpan(span: MentionSpan, delta: number): MentionSpan {
  span.start += delta;
  span.end += delta;
  if (span.fallback) shiftSpan(span.fallback, delta);
  if (span.inner) for (const inner of span.inner) shiftSpan(inner, delta);
  return span;
}

export class Annotator implements Destroyable {
  readonly stats: SliceStats = emptyStats();
  private readonly store: MentionStore<Text>;
  private readonly highlighter: Highlighter;
  private readonly observer: MutationObserver;
  private readonly visibility: VisibilityChecker;
  private readonly relevance: PageRelevance;
  /** Found when the first mention needs it: the page has been parsed by then. */
  private mainContent: MainContent | null = null;
  /** The walker's visit count: mentions are ordered by it rather than by comparing DOM positions. */
  private seq = 0;
  /** Visibility checks asked and not answered yet: the page's annotations are not complete before they are. */
  private checksPending = 0;
  private walker: TextWalker;
  private pending = new Set<Node>();
  private sweepNeeded = false;
  private partial: PartialNode | null = null;
  private scheduled = false;
  private destroyed = false;
  /** True once the first walk over the page has finished. */
  idle = false;
  /** When the highlights last took the walk's changes, and the timer that commits the next ones. */
  private lastCommit = -Infinity;
  private commitTimer: ReturnType<typeof setTimeout> | 0 = 0;

  constructor(private readonly options: AnnotatorOptions) {
    const { doc } = options;
    this.store = new MentionStore<Text>(options.categories, options.settings);
    this.highlighter = new Highlighter(doc);
    this.relevance = new PageRelevance(this.store, options.relevance);
    this.visibility = new VisibilityChecker(doc.defaultView as Window & typeof globalThis, (node, visible) => {
      this.checksPending--;
      this.store.setVisibility(node, visible);
      if (this.destroyed) return;
      this.paint();
      this.commitHighlights();
    });
    this.observer = new MutationObserver((records) => this.enqueue(records));
    // The document itself, not its root element: document.open() replaces the root.
    this.observe(doc);
    this.walker = new TextWalker([doc.body ?? doc.documentElement], options.ownUi, (root) => this.observe(root));
    this.schedule();
  }

  configure(settings: StoreOptions): void {
    this.store.configure(settings);
    this.paint();
    // The reader changed a setting: it shows at once.
    this.highlighter.commit();
  }

  /** The shown mention under a caret position, for the card's hit-testing. */
  mentionAt(node: Node, offset: number): Mention<Text> | undefined {
    return node.nodeType === Node.TEXT_NODE ? this.store.shownAt(node as Text, offset) : undefined;
  }

  /** What the figure check reads: an entity's main-content mentions, a node's mentions that count, and which nodes changed. */
  readonly mentions: FigureMarksSource = {
    mainMentionsOf: (entityId) => this.store.mainMentionsOf(entityId, Infinity),
    countingIn: (node) => this.store.countingIn(node),
    followChanges: () => this.store.followChanges(),
    takeChanged: () => this.store.takeChanged(),
  };

  shownMentions(): Mention<Text>[] {
    return this.store.shownMentions();
  }

  presentEntities(): Set<string> {
    return this.store.presentEntities();
  }

  /** The page as the relation rule sees it, for sorting a card's facts into related and background. */
  relationContext(): PageRelationContext {
    return this.relevance.context();
  }

  /** Whether the annotations are settled: the first walk is over and every visibility check answered. */
  get complete(): boolean {
    return this.idle && this.checksPending === 0;
  }

  /** Entities named in the same block (paragraph, heading, list item…) as a mention. */
  entitiesNear(mention: Mention<Text>): Set<string> {
    const block = mention.node.parentElement?.closest(BLOCK_SELECTOR) ?? mention.node.parentElement;
    return block ? this.store.entitiesIn((node) => block.contains(node)) : new Set();
  }

  focus(mention: Mention<Text> | null): void {
    this.highlighter.setFocus(mention);
  }

  liveRange(mention: Mention<Text>): Range {
    return this.highlighter.liveRange(mention);
  }

  /** How many entities are highlighted: the badge's number, without building the full summary. */
  entityCount(): number {
    return this.store.highlightedEntityCount();
  }

  /** What the popup's "On this page" and the `page-annotations` message report. */
  summary(): PageMention[] {
    return this.store.activeEntities().map(({ entityId, count, highlighted, inMain, first }) => ({
      entityId,
      name: this.options.nameOf(entityId),
      category: this.options.categories.get(entityId)!,
      text: first.node.data.slice(first.start, first.end),
      count,
      highlighted,
      relevant: this.store.isRelated(entityId),
      inMain,
    }));
  }

  destroy(): void {
    this.destroyed = true;
    this.observer.disconnect();
    this.visibility.destroy();
    if (this.commitTimer) clearTimeout(this.commitTimer);
    this.highlighter.destroy();
    this.pending.clear();
  }

  private readonly observed = new WeakSet<Node>();

  /** A document's observer does not see into shadow roots: each open one is observed on its own. */
  private observe(root: Node): void {
    if (this.observed.has(root)) return;
    this.observed.add(root);
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  private enqueue(records: MutationRecord[]): void {
    const ownUi = this.options.ownUi;
    for (const record of records) {
      if (record.type === 'characterData') {
        this.pending.add(record.target);
        continue;
      }
      if (ownUi.has(record.target as Element)) continue;
      for (const node of record.addedNodes) if (!ownUi.has(node as Element)) this.pending.add(node);
      if (record.removedNodes.length) this.sweepNeeded = true;
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled || this.destroyed) return;
    this.scheduled = true;
    this.idle = false;
    nextTask(() => this.runSlice());
  }

  private runSlice(): void {
    this.scheduled = false;
    if (this.destroyed) return;
    const started = performance.now();
    const deadline = started + SLICE_BUDGET_MS;
    if (this.sweepNeeded) this.sweep();
    this.takePending();
    let done = false;
    for (;;) {
      if (this.partial && !this.continuePartial(deadline)) break;
      if (!this.matchBatch()) {
        done = !this.partial;
        if (done) break;
        continue;
      }
      if (performance.now() > deadline) break;
    }
    this.paint();
    recordSlice(this.stats, performance.now() - started);
    this.options.onSlice?.(started);
    if (done && this.pending.size === 0) {
      this.idle = true;
      this.commitHighlights();
      this.options.onIdle?.();
    } else {
      this.commitHighlights();
      this.schedule();
    }
  }

  /** Nodes the page added or changed go to the walker, unless they sit where we never read. */
  private takePending(): void {
    if (this.pending.size === 0) return;
    const ownUi = this.options.ownUi;
    // Siblings added together share a parent: judge each parent once, not each child.
    const skippedParent = new Map<Node, boolean>();
    for (const node of this.pending) {
      if (!node.isConnected) continue;
      const type = node.nodeType;
      if (type !== Node.TEXT_NODE && type !== Node.ELEMENT_NODE) continue;
      const parent = node.parentNode;
      let skipped = parent ? skippedParent.get(parent) : undefined;
      if (skipped === undefined) {
        skipped = parent ? isInsideSkippedSubtree(parent, ownUi) : false;
        if (parent) skippedParent.set(parent, skipped);
      }
      if (skipped) {
        if (type === Node.TEXT_NODE) this.store.removeNode(node as Text);
        continue;
      }
      this.walker.push(node);
    }
    this.pending = new Set();
  }

  /**
   * Reads the next batch of text nodes and matches them in one scan: the
   * nodes' text is joined with NUL (never part of a name, and a word
   * boundary like a node edge) so spans never cross nodes, and one call
   * replaces thousands of small ones. Returns false when the walk is done
   * (or stopped at a node long enough to need windows).
   */
  private matchBatch(): boolean {
    const nodes = this.batchNodes;
    const parts = this.batchParts;
    nodes.length = 0;
    parts.length = 0;
    let chars = 0;
    let more = true;
    while (chars < BATCH_CHARS && nodes.length < BATCH_NODES) {
      const text = this.walker.next();
      if (!text) {
        more = false;
        break;
      }
      const data = text.data;
      if (data.length > WINDOW_CHARS) {
        this.partial = { node: text, data, next: 0, spans: [] };
        more = false;
        break;
      }
      nodes.push(text);
      parts.push(data);
      chars += data.length + 1;
    }
    if (nodes.length > 0) this.distribute(nodes, parts, this.options.matcher.find(parts.join('\0')));
    return more;
  }

  private readonly batchNodes: Text[] = [];
  private readonly batchParts: string[] = [];

  /** Hands each node of a batch the spans that fall in it, shifted to its own offsets. */
  private distribute(nodes: Text[], parts: string[], spans: MentionSpan[]): void {
    let next = 0;
    let offset = 0;
    for (let i = 0; i < nodes.length; i++) {
      const end = offset + parts[i]!.length;
      let mine: MentionSpan[] | undefined;
      while (next < spans.length && spans[next]!.start < end) {
        (mine ??= []).push(shiftSpan(spans[next]!, -offset));
        next++;
      }
      this.seq++;
      if (mine) this.store.setNode(nodes[i]!, mine, this.placeOf(nodes[i]!));
      else this.store.removeNode(nodes[i]!);
      offset = end + 1;
    }
  }

  /**
   * Matches a long node window by window until done (true) or out of time
   * (false). Each window starts where the last kept span ended and keeps only
   * spans that start inside it, which is exactly leftmost-longest over the whole.
   */
  private continuePartial(deadline: number): boolean {
    const partial = this.partial!;
    const { data } = partial;
    const { matcher } = this.options;
    while (partial.next < data.length) {
      // The page may have changed the node meanwhile; the mutation queue will bring it back.
      if (partial.node.data !== data) {
        this.partial = null;
        return true;
      }
      const windowEnd = partial.next + WINDOW_CHARS;
      let next = windowEnd;
      for (const span of matcher.find(data, partial.next, Math.min(data.length, windowEnd + matcher.longestAlias))) {
        if (span.start >= windowEnd) break;
        partial.spans.push(span);
        next = Math.max(next, span.end);
      }
      partial.next = next;
      if (performance.now() > deadline) return partial.next >= data.length ? this.finishPartial() : false;
    }
    return this.finishPartial();
  }

  private finishPartial(): boolean {
    const { node, spans } = this.partial!;
    this.partial = null;
    this.seq++;
    this.store.setNode(node, spans, this.placeOf(node));
    return true;
  }

  /** Where a node with mentions sits: its place in the walk, and whether it is in the main content. */
  private placeOf(node: Text): { seq: number; main: boolean } {
    this.mainContent ??= new MainContent(this.options.doc);
    return { seq: this.seq, main: this.mainContent.contains(node) };
  }

  /** Releases the mentions of text the page has removed. */
  private sweep(): void {
    this.sweepNeeded = false;
    const gone: Text[] = [];
    for (const node of this.store.nodes()) if (!node.isConnected) gone.push(node);
    for (const node of gone) this.store.removeNode(node);
    // The page replaced its article (a single-page app moving on): find the new one and read the text again.
    if (this.mainContent && !this.mainContent.root.isConnected) {
      this.mainContent = null;
      for (const node of this.store.nodes()) this.walker.push(node);
    }
  }

  /**
   * Commits the highlight changes now when the page is annotated (nothing more is coming) or the
   * last commit is `HIGHLIGHT_COMMIT_INTERVAL_MS` old; else when it will be.
   */
  private commitHighlights(): void {
    if (!this.highlighter.uncommitted) return;
    const wait = this.lastCommit + HIGHLIGHT_COMMIT_INTERVAL_MS - performance.now();
    if (this.complete || wait <= 0) {
      if (this.commitTimer) clearTimeout(this.commitTimer);
      this.commitTimer = 0;
      this.highlighter.commit();
      this.lastCommit = performance.now();
      return;
    }
    this.commitTimer ||= setTimeout(() => {
      this.commitTimer = 0;
      if (!this.destroyed) this.commitHighlights();
    }, wait);
  }

  private paint(): void {
    // Relevance first: which entities relate decides which are highlighted, and how.
    if (this.store.mainMayHaveChanged) this.store.setRelated(this.relevance.update());
    const { show, hide, check, restyle } = this.store.flush();
    for (const node of check) {
      this.checksPending++;
      this.visibility.check(node);
    }
    if (show.length === 0 && hide.length === 0 && restyle.length === 0) return;
    // A mention can be shown and hidden within one flush; its final state is what counts.
    for (const mention of hide) if (!mention.shown) this.highlighter.hide(mention);
    for (const mention of show) if (mention.shown) this.highlighter.show(mention, this.styleOf(mention));
    for (const mention of restyle) if (mention.shown) this.highlighter.show(mention, this.styleOf(mention));
    this.options.onChange?.();
  }

  /** An entity with related facts gets its category's highlight; one with background only, the quiet mark. */
  private styleOf(mention: Mention<Text>): HighlightStyle {
    return this.store.isRelated(mention.entityId) ? this.options.categories.get(mention.entityId)! : 'background';
  }
}
