/**
 * The figure check on the page (docs/figure-check.md): reads the blocks of
 * text that hold a main-content mention of an entity some metric needs,
 * hands each block's text and mentions to `FigureChecker`, and paints the
 * figures it checks in a `Highlight` of their own. Like the entity
 * highlights it only reads the page: `destroy()` unregisters the highlight
 * and nothing else was ever changed.
 *
 * It starts when the annotator's first walk is over. Each time the annotator
 * settles again after the page changed, `refresh()` drops the marks whose
 * text the page changed or removed and reads again the blocks of the nodes
 * whose mentions changed (the store keeps them for it): never the whole page.
 */
import { mayHoldFigure } from '../dataset/parse-figure';
import { opensWithReference, theTwoCountries, type CheckedFigure, type EntitySpan, type FigureChecker } from '../relevance/figure-check';
import type { Destroyable } from '../shared/destroyable';
import { benchMeasure } from './bench-marks';
import { HIGHLIGHT_PREFIX } from './highlighter';
import type { Mention } from './mention-store';
import { BLOCK_SELECTOR } from './page-relevance';
import { SLICE_BUDGET_MS, nextTask } from './scheduler';

export const FIGURE_HIGHLIGHT = `${HIGHLIGHT_PREFIX}figure`;
/** Longer than this, a "block" is a whole section with no paragraphs of its own: its sentences are not told apart well enough to check. */
const MAX_BLOCK_CHARS = 20_000;
/** Mentions looked at between two checks of the clock while the blocks are gathered. */
const MENTIONS_PER_STEP = 200;

/** A checked figure as the page holds it: the words, and where they are. */
export interface PageFigure {
  checked: CheckedFigure;
  /** The figure as the page writes it. */
  text: string;
  /** The text node pieces the figure covers, in order (a figure may span inline elements). */
  pieces: { node: Text; start: number; end: number }[];
  /** Its range in the highlight. */
  range: StaticRange;
}

export interface FigureMarksSource {
  /** An entity's main-content mentions that count, in the order they were found. */
  mainMentionsOf(entityId: string): Iterable<Mention<Text>>;
  /** A node's mentions that count, shown or not. */
  countingIn(node: Text): readonly Mention<Text>[];
  /** From now on, remember the nodes whose mentions change. */
  followChanges(): void;
  /** The nodes whose mentions changed since the last call (or since `followChanges`). */
  takeChanged(): Text[];
}

export class FigureMarks implements Destroyable {
  private readonly highlight = new Highlight();
  private readonly registry: HighlightRegistry;
  private readonly found: PageFigure[] = [];
  private readonly byNode = new Map<Text, PageFigure[]>();
  private stopped = false;
  /** Registered with the first figure: a registry change makes the browser repaint the whole page, and most pages have no figure. */
  private registered = false;
  /** Work not yet done, oldest first: the first reading, then each refresh's. */
  private readonly runs: Generator<void>[] = [];
  /** Set when a refresh added figures out of page order. */
  private reordered = false;
  /** True once every block has been read. */
  done = false;

  constructor(
    private readonly doc: Document,
    private readonly checker: FigureChecker,
    private readonly source: FigureMarksSource,
    /** Whether an entity is a country: "the two countries" refers to the paragraph before's only two. */
    private readonly isCountry: (entityId: string) => boolean,
    /** Told when the marks changed (a figure was found). */
    private readonly onChange: () => void = () => {},
  ) {
    this.registry = (doc.defaultView as (Window & typeof globalThis) | null)?.CSS.highlights ?? CSS.highlights;
    this.source.followChanges();
    this.run(this.readBlocks(this.neededMentions()));
  }

  /**
   * After the page changed and the annotator settled: drops the marks whose
   * text is no longer what was checked, and reads the blocks of those marks
   * and of the nodes whose mentions changed.
   */
  refresh(): void {
    if (this.stopped) return;
    const again: Element[] = [];
    for (const figure of [...this.found]) {
      if (stillReads(figure)) continue;
      this.drop(figure);
      const block = blockOf(figure.pieces[0]!.node);
      if (block?.isConnected) again.push(block);
    }
    const changed = this.source.takeChanged();
    if (again.length === 0 && changed.length === 0) return;
    this.reordered = true;
    this.run(this.readBlocks(this.neededMentionsIn(changed), again));
    // Marks dropped with nothing to read again: the list changed all the same.
    this.onChange();
  }

  /** Checked figures in the order of the page. */
  figures(): readonly PageFigure[] {
    return this.found;
  }

  /** The figure covering `offset` in `node`, if any. */
  figureAt(node: Node, offset: number): PageFigure | undefined {
    return this.byNode.get(node as Text)?.find((figure) =>
      figure.pieces.some((piece) => piece.node === node && piece.start <= offset && offset < piece.end),
    );
  }

  /** A live Range over the figure, for placing its card. */
  liveRange(figure: PageFigure): Range {
    const range = this.doc.createRange();
    const first = figure.pieces[0]!;
    const last = figure.pieces.at(-1)!;
    range.setStart(first.node, Math.min(first.start, first.node.length));
    range.setEnd(last.node, Math.min(last.end, last.node.length));
    return range;
  }

  destroy(): void {
    this.stopped = true;
    this.highlight.clear();
    if (this.registered) this.registry.delete(FIGURE_HIGHLIGHT);
    this.found.length = 0;
    this.byNode.clear();
  }

  private run(work: Generator<void>): void {
    this.runs.push(work);
    this.done = false;
    if (this.runs.length === 1) nextTask(this.slice);
  }

  private readonly slice = (): void => {
    if (this.stopped) return;
    const started = performance.now();
    const deadline = started + SLICE_BUDGET_MS;
    const before = this.found.length;
    while (this.runs.length > 0 && performance.now() < deadline) {
      if (this.runs[0]!.next().done) this.runs.shift();
    }
    benchMeasure('geolens:slice', started);
    benchMeasure('geolens:figures', started);
    const finished = this.runs.length === 0;
    if (finished) {
      this.done = true;
      if (this.reordered) this.found.sort(byPageOrder);
      this.reordered = false;
    } else nextTask(this.slice);
    if (this.found.length !== before || finished) this.onChange();
  };

  /** The main-content mentions of the entities some metric needs: on most pages a small part of all mentions. */
  private *neededMentions(): Generator<Mention<Text>> {
    for (const entityId of this.checker.neededEntities) yield* this.source.mainMentionsOf(entityId);
  }

  /** The same, among the mentions of some nodes (those the page changed). */
  private *neededMentionsIn(nodes: Iterable<Text>): Generator<Mention<Text>> {
    for (const node of nodes) {
      for (const m of this.source.countingIn(node)) if (m.main && this.checker.neededEntities.has(m.entityId)) yield m;
    }
  }

  /**
   * The work, one short step per yield: gather the blocks of `mentions` with the needed entities
   * each names, then read in page order those that could state a metric (and `blocks`), one by one.
   */
  private *readBlocks(mentions: Iterable<Mention<Text>>, blocks: Iterable<Element> = []): Generator<void> {
    const named = new Map<Element, Named>();
    const blockOfParent = new Map<Element, Element | null>();
    let seen = 0;
    for (const m of mentions) {
      if (++seen % MENTIONS_PER_STEP === 0) yield;
      const node = m.node;
      const parent = node.parentElement;
      if (!parent || !node.isConnected) continue;
      let block = blockOfParent.get(parent);
      if (block === undefined) blockOfParent.set(parent, (block = blockOf(node)));
      if (!block) continue;
      let entry = named.get(block);
      if (!entry) named.set(block, (entry = { ids: new Set(), seq: m.seq }));
      entry.ids.add(m.entityId);
      entry.seq = Math.min(entry.seq, m.seq);
    }
    const again = new Set(blocks);
    const toRead: { block: Element; seq: number }[] = [...again].map((block) => ({ block, seq: -1 }));
    for (const [block, { ids, seq }] of named) {
      if (!again.has(block) && (this.checker.mayCheck(ids) || this.mayCheckWithCarried(block, ids, named))) toRead.push({ block, seq });
      // A paragraph that names none of them may still open with "the two countries" this one names.
      const next = block.nextElementSibling;
      if (next && !named.has(next) && !again.has(next) && next.matches(BLOCK_SELECTOR) && this.mayCheckWithCarried(next, new Set(), named)) {
        toRead.push({ block: next, seq: seq + 0.5 });
      }
    }
    toRead.sort((a, b) => a.seq - b.seq);
    for (const { block } of toRead) {
      yield;
      const previous = block.previousElementSibling;
      if (block.isConnected) this.readBlock(block, previous && named.has(previous) ? previous : null);
    }
  }

  /** Whether a block could state a metric with the countries of the paragraph before it, which "the two countries" may stand for. */
  private mayCheckWithCarried(block: Element, ids: ReadonlySet<string>, named: ReadonlyMap<Element, Named>): boolean {
    const previous = block.previousElementSibling && named.get(block.previousElementSibling);
    if (!previous) return false;
    const withCarried = new Set(ids);
    for (const id of previous.ids) if (this.isCountry(id)) withCarried.add(id);
    return withCarried.size > ids.size && this.checker.mayCheck(withCarried);
  }

  private drop(figure: PageFigure): void {
    this.found.splice(this.found.indexOf(figure), 1);
    this.highlight.delete(figure.range);
    for (const piece of figure.pieces) {
      const list = this.byNode.get(piece.node)?.filter((f) => f !== figure);
      if (list?.length) this.byNode.set(piece.node, list);
      else this.byNode.delete(piece.node);
    }
  }

  private readBlock(block: Element, previous: Element | null): void {
    // Read again after a change: what it says now decides its marks.
    if (this.found.length > 0) for (const figure of this.found.filter((f) => block.contains(f.pieces[0]!.node))) this.drop(figure);
    const whole = block.textContent ?? '';
    if (whole.length > MAX_BLOCK_CHARS || !mayHoldFigure(whole)) return;
    const { text, nodes, starts, spans } = this.textOf(block);
    if (spans.length === 0) return;
    // The paragraph just before, for a first sentence that says "the two countries".
    const before = previous && opensWithReference(text) ? this.textOf(previous) : null;
    const carried = before ? theTwoCountries(before.spans, this.isCountry) : [];
    for (const checked of this.checker.figuresIn(text, spans, carried)) {
      const pieces = piecesOf(nodes, starts, checked.start, checked.end);
      if (pieces.length === 0) continue;
      const first = pieces[0]!;
      const last = pieces.at(-1)!;
      // A figure is painted once, even when a block holds another block that was read too.
      if (this.byNode.get(first.node)?.some((f) => f.pieces[0]!.node === first.node && f.pieces[0]!.start === first.start)) continue;
      const range = new StaticRange({ startContainer: first.node, startOffset: first.start, endContainer: last.node, endOffset: last.end });
      const figure: PageFigure = { checked, text: text.slice(checked.start, checked.end), pieces, range };
      this.found.push(figure);
      for (const piece of pieces) {
        let list = this.byNode.get(piece.node);
        if (!list) this.byNode.set(piece.node, (list = []));
        list.push(figure);
      }
      this.highlight.add(range);
      if (!this.registered) this.registry.set(FIGURE_HIGHLIGHT, this.highlight);
      this.registered = true;
    }
  }

  /** A block's text as one string, its text nodes with where each starts, and its counting mentions in order. */
  private textOf(block: Element): { text: string; nodes: Text[]; starts: number[]; spans: EntitySpan[] } {
    const nodes: Text[] = [];
    const starts: number[] = [];
    const spans: EntitySpan[] = [];
    let text = '';
    const walker = this.doc.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const tag = node.parentElement?.localName;
      if (tag === 'script' || tag === 'style' || tag === 'template') continue;
      const start = text.length;
      nodes.push(node);
      starts.push(start);
      text += node.data;
      for (const m of this.source.countingIn(node)) spans.push({ start: start + m.start, end: start + m.end, entityId: m.entityId });
    }
    spans.sort((a, b) => a.start - b.start);
    return { text, nodes, starts, spans };
  }
}

/** The needed entities a block names, and the walk order of its first mention of one. */
interface Named {
  ids: Set<string>;
  seq: number;
}

/** The block (paragraph, list item…) a text node's figures are read in. */
function blockOf(node: Text): Element | null {
  const parent = node.parentElement;
  return parent?.closest(BLOCK_SELECTOR) ?? parent;
}

/** Whether the page still shows, where the figure was found, the words that were checked. */
function stillReads(figure: PageFigure): boolean {
  let text = '';
  for (const { node, start, end } of figure.pieces) {
    if (!node.isConnected || end > node.data.length) return false;
    text += node.data.slice(start, end);
  }
  return text === figure.text;
}

function byPageOrder(a: PageFigure, b: PageFigure): number {
  const x = a.pieces[0]!;
  const y = b.pieces[0]!;
  if (x.node === y.node) return x.start - y.start;
  return x.node.compareDocumentPosition(y.node) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** The parts of the text nodes that [start, end) of their joined text covers. */
function piecesOf(nodes: readonly Text[], starts: readonly number[], start: number, end: number): PageFigure['pieces'] {
  const pieces: PageFigure['pieces'] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const from = starts[i]!;
    const to = from + node.data.length;
    if (to <= start || from >= end) continue;
    pieces.push({ node, start: Math.max(start, from) - from, end: Math.min(end, to) - from });
  }
  return pieces;
}
