/**
 * Everything Geolens does in one frame, switched by the settings: the
 * annotator and the card while active, nothing at all while paused or off.
 */
import type { Category } from '../model/entity';
import { lookAlikeFilter, type Matcher, type Span } from '../matcher';
import type { PageAnnotations } from '../messages/messages';
import { factRelates } from '../relevance/fact-relation';
import type { FigureChecker } from '../relevance/figure-check';
import { splitFactsForPage } from './card/rank-facts';
import { isActiveOn, type Settings } from '../settings/settings';
import type { Destroyable } from '../shared/destroyable';
import { Annotator, type TextMatcher } from './annotator';
import { benchMark, benchMeasure } from './bench-marks';
import { CardHost } from './card/card-host';
import { CardRequests, type CardSource } from './card/card-requests';
import { FigureMarks, type PageFigure } from './figure-marks';
import { runInTasks } from './scheduler';
import { HoverController, isFigure, type HoverItem, type HoverTarget } from './hover-controller';
import type { MentionSpan } from './mention-store';
import type { RelevanceSource } from './page-relevance';

export interface PageData extends CardSource {
  /** The category of the entity a span names, by its `entityIndex`: the one thing highlighting needs. */
  categoryAt(entityIndex: number): Category;
  /** The name of the entity a span names, by its `entityIndex`: only the page summary asks. */
  nameAt(entityIndex: number): string;
  /** The facts' topics and entities and the topic words, to tell which entities relate to the page. */
  loadRelevance(): RelevanceSource;
  /** The figure check's definitions and sourced values, decoded on first need. */
  loadFigureChecker(): FigureChecker;
}

export interface PageControllerOptions {
  doc: Document;
  data: PageData;
  /** Loaded on first need, in a task of its own (see `runInTasks`): a paused page never pays for the automaton. */
  loadMatcher(): Generator<void, Matcher>;
  onChange?(): void;
  openSource(factId: string): void;
}

export class PageController implements Destroyable {
  private annotator: Annotator | null = null;
  private hover: HoverController | null = null;
  private matcher: TextMatcher | null = null;
  private relevance: RelevanceSource | null = null;
  private checker: FigureChecker | null = null;
  /** The figure check's marks, while the setting is on and once the first walk is over. */
  private figures: FigureMarks | null = null;
  /** Each entity's category, filled in as the matcher first names it. */
  private readonly categories = new Map<string, Category>();
  /** Where each entity the matcher has named sits in its entity ids (for `nameAt`). */
  private readonly entityIndexes = new Map<string, number>();
  /** Cancels the matcher's loading while it is under way. */
  private cancelLoading: (() => void) | null = null;
  private readonly card: CardHost;
  private readonly ownUi = new Set<Element>();
  /** What the cards show, asked of the worker once per page; only the latest card asked for is shown. */
  private readonly requests: CardRequests;
  private cycleIndex = -1;
  private cycleScroll: { x: number; y: number } | null = null;

  constructor(
    private readonly options: PageControllerOptions,
    private settings: Settings,
  ) {
    this.card = new CardHost(options.doc, (host) => this.ownUi.add(host));
    this.requests = new CardRequests(options.data);
    this.update(settings);
  }

  get active(): boolean {
    return this.annotator !== null;
  }

  update(settings: Settings): void {
    this.settings = settings;
    const active = isActiveOn(settings, this.options.doc.location?.hostname ?? '');
    if (!active) return this.stop();
    const storeOptions = { categories: settings.categories, policy: settings.mentionPolicy, scope: settings.highlightScope };
    if (this.annotator) {
      this.annotator.configure(storeOptions);
      return this.syncFigures();
    }
    if (!this.matcher) {
      // The settings may change while it loads: it starts from whatever they are by then.
      this.cancelLoading ??= runInTasks(this.options.loadMatcher(), (matcher) => {
        this.cancelLoading = null;
        const isPerson = (entityIndex: number) => this.options.data.categoryAt(entityIndex) === 'person';
        this.matcher = adaptMatcher(matcher, isPerson, (span) => {
          if (this.entityIndexes.has(span.entityId)) return;
          this.entityIndexes.set(span.entityId, span.entityIndex);
          this.categories.set(span.entityId, this.options.data.categoryAt(span.entityIndex));
        });
        this.update(this.settings);
      });
      return;
    }
    this.annotator = new Annotator({
      doc: this.options.doc,
      matcher: this.matcher,
      categories: this.categories,
      nameOf: (entityId) => {
        const index = this.entityIndexes.get(entityId);
        return index === undefined ? entityId : this.options.data.nameAt(index);
      },
      settings: storeOptions,
      relevance: (this.relevance ??= this.options.data.loadRelevance()),
      ownUi: this.ownUi,
      onChange: () => this.options.onChange?.(),
      onIdle: () => {
        benchMark('geolens:idle');
        this.syncFigures();
      },
      onSlice: (started) => benchMeasure('geolens:slice', started),
    });
    this.hover = new HoverController({
      doc: this.options.doc,
      targetAt: (node, offset) => this.annotator?.mentionAt(node, offset) ?? this.figures?.figureAt(node, offset),
      liveRange: (item) => (isFigure(item) ? this.figures!.liveRange(item) : this.annotator!.liveRange(item)),
      isCard: (target) => this.card.contains(target),
      isCardOpen: () => this.card.isOpen,
      dwellMs: () => this.settings.hoverDelayMs,
      needsModifier: () => this.settings.cardTrigger === 'modifier',
      prefetch: (item) => void this.cardDataOf(item),
      open: (target) => this.openCard(target, false),
      close: () => this.closeCard(),
    });
  }

  /** Starts the figure check once the first walk is over, or takes its marks away when the setting is off. */
  private syncFigures(): void {
    if (!this.settings.checkFigures || !this.annotator) {
      if (!this.figures) return;
      // A figure's card must not outlive its mark.
      this.closeCard();
      this.figures.destroy();
      this.figures = null;
      return;
    }
    if (!this.annotator.idle) return;
    if (this.figures) return this.figures.refresh();
    this.checker ??= this.options.data.loadFigureChecker();
    const relevance = (this.relevance ??= this.options.data.loadRelevance());
    const isCountry = (id: string) => relevance.categoryOf(id) === 'country';
    this.figures = new FigureMarks(this.options.doc, this.checker, this.annotator.mentions, isCountry, () => this.options.onChange?.());
  }

  annotations(): PageAnnotations {
    const doc = this.options.doc;
    const empty = { slices: 0, totalMs: 0, longestMs: 0, longSlices: 0 };
    if (!this.annotator) return { url: doc.location.href, mentions: [], complete: !this.cancelLoading, stats: empty, figures: [] };
    return {
      url: doc.location.href,
      mentions: this.annotator.summary(),
      complete: this.annotator.complete && (this.figures?.done ?? !this.settings.checkFigures),
      stats: { ...this.annotator.stats },
      figures: (this.figures?.figures() ?? []).map(({ text, checked }) => ({
        text,
        metric: checked.metric,
        verdict: checked.verdict,
        factIds: checked.factIds,
      })),
    };
  }

  /** How many entities are annotated now (for the badge). */
  entityCount(): number {
    return this.annotator?.entityCount() ?? 0;
  }

  /** Keyboard path to the annotations, entities and checked figures alike: the next (or previous) one is scrolled to and its card opened. */
  cycle(direction: 1 | -1): void {
    if (!this.annotator) return;
    const items = this.cycleItems();
    if (items.length === 0) return;
    const win = this.options.doc.defaultView!;
    this.cycleScroll ??= { x: win.scrollX, y: win.scrollY };
    this.cycleIndex = (this.cycleIndex + direction + items.length) % items.length;
    const { item, node } = items[this.cycleIndex]!;
    const range = isFigure(item) ? this.figures!.liveRange(item) : this.annotator.liveRange(item);
    const reduceMotion = win.matchMedia('(prefers-reduced-motion: reduce)').matches;
    node.parentElement?.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'instant' : 'smooth' });
    this.annotator.focus(isFigure(item) ? null : item);
    this.hover?.adopt(item);
    this.openCard({ item, range }, true);
  }

  /**
   * The highlighted mentions (already in walk order) with the checked figures merged in by
   * position: each figure finds its place by binary search, so the every-mention policy's
   * thousands of mentions cost a few DOM comparisons per figure, not a sort of them all.
   */
  private cycleItems(): { item: HoverItem; node: Text; start: number }[] {
    const items: { item: HoverItem; node: Text; start: number }[] = this.annotator!.shownMentions().map((m) => ({ item: m, node: m.node, start: m.start }));
    const before = (a: { node: Text; start: number }, b: { node: Text; start: number }) =>
      a.node === b.node ? a.start < b.start : !!(a.node.compareDocumentPosition(b.node) & Node.DOCUMENT_POSITION_FOLLOWING);
    for (const figure of this.figures?.figures() ?? []) {
      const entry = { item: figure, node: figure.pieces[0]!.node, start: figure.pieces[0]!.start };
      let low = 0;
      let high = items.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (before(items[mid]!, entry)) low = mid + 1;
        else high = mid;
      }
      items.splice(low, 0, entry);
    }
    return items;
  }

  destroy(): void {
    this.cancelLoading?.();
    this.cancelLoading = null;
    this.stop();
    this.card.destroy();
  }

  private stop(): void {
    this.closeCard();
    this.hover?.destroy();
    this.hover = null;
    this.figures?.destroy();
    this.figures = null;
    this.annotator?.destroy();
    this.annotator = null;
    this.options.onChange?.();
  }

  private cardDataOf(item: HoverItem) {
    return isFigure(item) ? this.requests.figure(item.checked.metric, item.checked.factIds) : this.requests.entity(item.entityId);
  }

  private openCard({ item, range }: HoverTarget, fromKeyboard: boolean): void {
    if (isFigure(item)) return this.openFigureCard(item, range, fromKeyboard);
    const mention = item;
    // The reader may move on (or Geolens be paused) while the worker answers: `deliver` drops such an answer.
    this.requests.deliver(this.requests.entity(mention.entityId), (data) => {
      if (!this.annotator) return;
      const page = this.annotator.relationContext();
      const { related, background } = splitFactsForPage(
        data.entity.id,
        data.facts,
        { onPage: this.annotator.presentEntities(), nearby: this.annotator.entitiesNear(mention) },
        (fact) => factRelates(fact, data.entity.id, page),
      );
      this.card.show(
        {
          getBoundingClientRect: () => range.getBoundingClientRect(),
          contextElement: mention.node.parentElement ?? undefined,
        },
        {
          entity: data.entity,
          related,
          background,
          scope: data.scope,
          documents: new Map(data.documents.map((d) => [d.id, d])),
          onOpenSource: (factId) => this.options.openSource(factId),
        },
        { focus: fromKeyboard },
      );
    });
  }

  private openFigureCard(figure: PageFigure, range: Range, fromKeyboard: boolean): void {
    const { checked, text, pieces } = figure;
    this.requests.deliver(this.requests.figure(checked.metric, checked.factIds), (data) => {
      if (!this.figures) return;
      this.card.showFigure(
        {
          getBoundingClientRect: () => range.getBoundingClientRect(),
          contextElement: pieces[0]!.node.parentElement ?? undefined,
        },
        {
          text,
          verdict: checked.verdict,
          agreesWith: checked.agreesWith,
          ...(checked.year !== undefined ? { year: checked.year } : {}),
          data,
          onOpenSource: (factId) => this.options.openSource(factId),
        },
        { focus: fromKeyboard },
      );
    });
  }

  private closeCard(): void {
    this.requests.drop();
    const wasCycling = this.cycleScroll;
    this.card.hide();
    this.hover?.forget();
    this.annotator?.focus(null);
    // Esc after keyboard navigation returns the reader to where they were.
    if (wasCycling) this.options.doc.defaultView?.scrollTo(wasCycling.x, wasCycling.y);
    this.cycleScroll = null;
    this.cycleIndex = -1;
  }
}

/**
 * The matcher's spans in the shape the mention store keeps, without look-alikes
 * (names that run on into a longer name: src/matcher/look-alike.ts); `seen`
 * is told of each span first.
 */
function adaptMatcher(matcher: Matcher, isPerson: (entityIndex: number) => boolean, seen: (span: Span) => void): TextMatcher {
  const lookAlike = lookAlikeFilter(isPerson);
  // Only the keys a span has: this runs for every match on the page.
  const convert = (span: Span): MentionSpan => {
    seen(span);
    const mention: MentionSpan = { start: span.start, end: span.end, entityId: span.entityId };
    if (span.contextual) mention.context = span.context;
    if (span.fallback) mention.fallback = convert(span.fallback);
    if (span.inner) mention.inner = span.inner.map(convert);
    return mention;
  };
  return {
    find: (text, from, to) => matcher.match(text, from, to, lookAlike).map(convert),
    get longestAlias() {
      return matcher.longestEntry;
    },
  };
}
