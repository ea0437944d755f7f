/**
 * The figure check on the page (docs/figure-check.md): reads the blocks of
 * text that hold a main-content mention of an entity some metric needs,
 * hands each block's text and mentions to `FigureChecker`, and paints the
 * figures it checks in a `Highlight` of their own. Like the entity
 * highlights it only reads the page: `destroy()` unregisters the highlight
 * and nothing else was ever changed.
 *
 * It runs once, when the annotator's first walk is over; text the page adds
 * or changes later is not checked again.
 */
import { mayHoldFigure } from '../dataset/parse-figure';
import type { CheckedFigure, EntitySpan, FigureChecker } from '../relevance/figure-check';
import { benchMeasure } from './bench-marks';
import { HIGHLIGHT_PREFIX } from './highlighter';
import type { Mention } from './mention-store';
import { BLOCK_SELECTOR } from './page-relevance';
import { SLICE_BUDGET_MS, nextTask } from './scheduler';

export const FIGURE_HIGHLIGHT = `${HIGHLIGHT_PREFIX}figure`;
/** Longer than this, a "block" is a whole section with no paragraphs of its own: its sentences are not told apart well enough to check. */
const MAX_BLOCK_CHARS = 20_000;
/** Nodes looked at between two checks of the clock while the blocks are gathered. */
const NODES_PER_STEP = 200;

/** A checked figure as the page holds it: the words, and where they are. */
export interface PageFigure {
  checked: CheckedFigure;
  /** The figure as the page writes it. */
  text: string;
  /** The text node pieces the figure covers, in order (a figure may span inline elements). */
  pieces: { node: Text; start: number; end: number }[];
}

export interface FigureMarksSource {
  /** Every text node with mentions. */
  nodes(): Iterable<Text>;
  /** A node's mentions that count, shown or not. */
  countingIn(node: Text): readonly Mention<Text>[];
}

export class FigureMarks {
  private readonly highlight = new Highlight();
  private readonly registry: HighlightRegistry;
  private readonly found: PageFigure[] = [];
  private readonly byNode = new Map<Text, PageFigure[]>();
  private stopped = false;
  /** True once every block has been read. */
  done = false;

  constructor(
    private readonly doc: Document,
    private readonly checker: FigureChecker,
    private readonly source: FigureMarksSource,
    /** Told when the marks changed (a figure was found). */
    private readonly onChange: () => void = () => {},
  ) {
    this.registry = (doc.defaultView as (Window & typeof globalThis) | null)?.CSS.highlights ?? CSS.highlights;
    this.registry.set(FIGURE_HIGHLIGHT, this.highlight);
    const steps = this.steps();
    const slice = () => {
      if (this.stopped) return;
      const started = performance.now();
      const deadline = started + SLICE_BUDGET_MS;
      const before = this.found.length;
      let finished = false;
      while (performance.now() < deadline) {
        if (steps.next().done) {
          finished = true;
          break;
        }
      }
      benchMeasure('geolens:slice', started);
      if (finished) this.done = true;
      else nextTask(slice);
      if (this.found.length !== before || finished) this.onChange();
    };
    nextTask(slice);
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
    this.registry.delete(FIGURE_HIGHLIGHT);
    this.found.length = 0;
    this.byNode.clear();
  }

  /** The work, one short step per yield: gather the blocks, then read them one by one. */
  private *steps(): Generator<void> {
    const blocks = new Set<Element>();
    let seen = 0;
    for (const node of this.source.nodes()) {
      if (++seen % NODES_PER_STEP === 0) yield;
      if (!node.isConnected || !this.source.countingIn(node).some((m) => m.main && this.checker.needs(m.entityId))) continue;
      const parent = node.parentElement;
      const block = parent?.closest(BLOCK_SELECTOR) ?? parent;
      if (block) blocks.add(block);
    }
    for (const block of blocks) {
      yield;
      if (block.isConnected) this.readBlock(block);
    }
  }

  private readBlock(block: Element): void {
    const whole = block.textContent ?? '';
    if (whole.length > MAX_BLOCK_CHARS || !mayHoldFigure(whole)) return;
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
    if (spans.length === 0) return;
    spans.sort((a, b) => a.start - b.start);
    for (const checked of this.checker.figuresIn(text, spans)) {
      const pieces = piecesOf(nodes, starts, checked.start, checked.end);
      if (pieces.length === 0) continue;
      const first = pieces[0]!;
      const last = pieces.at(-1)!;
      // A figure is painted once, even when a block holds another block that was read too.
      if (this.byNode.get(first.node)?.some((f) => f.pieces[0]!.node === first.node && f.pieces[0]!.start === first.start)) continue;
      const figure: PageFigure = { checked, text: text.slice(checked.start, checked.end), pieces };
      this.found.push(figure);
      for (const piece of pieces) {
        let list = this.byNode.get(piece.node);
        if (!list) this.byNode.set(piece.node, (list = []));
        list.push(figure);
      }
      this.highlight.add(
        new StaticRange({ startContainer: first.node, startOffset: first.start, endContainer: last.node, endOffset: last.end }),
      );
    }
  }
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
