/**
 * What the content layer's browser tests (src/content/**\/*.browser.test.ts)
 * share: a small dictionary and a matcher over it that records how it was
 * called, a page to annotate, and ways to wait for the annotator to settle
 * and to read what it highlighted. Runs in the browser: no Node APIs.
 */
import { expect, onTestFinished, vi } from 'vitest';
import { Annotator, type AnnotatorOptions, type TextMatcher } from '../../src/content/annotator';
import { HIGHLIGHT_PREFIX, HIGHLIGHT_STYLES, type HighlightStyle } from '../../src/content/highlighter';
import type { MentionSpan, StoreOptions } from '../../src/content/mention-store';
import type { RelevanceSource } from '../../src/content/page-relevance';
import { compileMatcher, type Matcher, type MatcherEntry, type Span } from '../../src/matcher';
import type { FactLink } from '../../src/relevance/fact-relation';
import { TopicMatcher } from '../../src/relevance/topic-words';

export type TestCategory = Exclude<HighlightStyle, 'background'>;

/** The test dictionary: id, category, aliases (proper case unless said). */
export const TEST_ENTITIES: { id: string; category: TestCategory; aliases: string[]; blockers?: string[] }[] = [
  { id: 'china', category: 'country', aliases: ['China'] },
  { id: 'kazakhstan', category: 'country', aliases: ['Kazakhstan'] },
  { id: 'russia', category: 'country', aliases: ['Russia'] },
  { id: 'astana', category: 'place', aliases: ['Astana'], blockers: ['Air Astana'] },
  { id: 'khorgos', category: 'place', aliases: ['Khorgos'] },
  { id: 'xi-jinping', category: 'person', aliases: ['Xi Jinping'] },
  { id: 'sreb', category: 'initiative', aliases: ['Silk Road Economic Belt'] },
];

export const CATEGORIES_OF: ReadonlyMap<string, TestCategory> = new Map(TEST_ENTITIES.map((e) => [e.id, e.category]));

export const ALL_CATEGORIES = Object.fromEntries(
  HIGHLIGHT_STYLES.filter((style) => style !== 'background').map((c) => [c, true]),
) as Record<TestCategory, boolean>;

/** Every mention of every entity, whether or not its facts relate to the page. */
export const EVERY_MENTION: StoreOptions = { categories: ALL_CATEGORIES, policy: 'every', scope: 'all' };

export interface RecordingMatcher extends TextMatcher {
  /** Each `find` call: how long the text was, how many nodes it joined (NUL-separated), and the range scanned. */
  readonly calls: { chars: number; nodes: number; from: number; to: number }[];
}

/** The compiled matcher over TEST_ENTITIES; a span's `entityIndex` is its entity's place in TEST_ENTITIES. */
export function testDictionary(): Matcher {
  const entries: MatcherEntry[] = [];
  for (const entity of TEST_ENTITIES) {
    entity.aliases.forEach((text, aliasIndex) => entries.push({ text, case: 'proper', entityId: entity.id, aliasIndex }));
    for (const blocker of entity.blockers ?? []) entries.push({ text: blocker, case: 'any', entityId: null });
  }
  return compileMatcher(entries);
}

/** A matcher over TEST_ENTITIES that records its calls, in the shape the annotator asks for. */
export function testMatcher(): RecordingMatcher {
  const matcher = testDictionary();
  const calls: RecordingMatcher['calls'] = [];
  const convert = (span: Span): MentionSpan => ({ start: span.start, end: span.end, entityId: span.entityId });
  return {
    calls,
    find(text, from = 0, to = text.length) {
      calls.push({ chars: text.length, nodes: text.split('\0').length, from, to });
      return matcher.match(text, from, to).map(convert);
    },
    get longestAlias() {
      return matcher.longestEntry;
    },
  };
}

/** Facts for the relation rule: `[entities, topic]`. Without any, every entity is background. */
export function testRelevance(facts: FactLink[] = []): RelevanceSource {
  return {
    factsOf: (id) => facts.filter((fact) => fact.entities.includes(id)),
    categoryOf: (id) => CATEGORIES_OF.get(id),
    topics: new TopicMatcher([{ topic: 'trade', words: ['trade', 'export'] }]),
  };
}

/**
 * Puts `html` in the test page's body (parsed inert: no script runs) and
 * empties it again when the test ends.
 */
export function setPage(html: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.adoptNode(node)));
  onTestFinished(() => document.body.replaceChildren());
  return document.body;
}

/** The page as a string, to check that Geolens leaves it byte for byte as it was. */
export function serialized(doc: Document = document): string {
  return new XMLSerializer().serializeToString(doc.documentElement);
}

/** An annotator on the test page over the test dictionary, destroyed when the test ends. */
export function startAnnotator(options: Partial<AnnotatorOptions> = {}): { annotator: Annotator; matcher: RecordingMatcher } {
  const matcher = (options.matcher as RecordingMatcher | undefined) ?? testMatcher();
  const annotator = new Annotator({
    doc: document,
    matcher,
    categories: CATEGORIES_OF,
    nameOf: (id) => id,
    settings: EVERY_MENTION,
    relevance: testRelevance(),
    ownUi: new Set(),
    ...options,
  });
  onTestFinished(() => annotator.destroy());
  return { annotator, matcher };
}

/** Waits until the annotator has read the page and heard back from every visibility check. */
export async function settled(annotator: Annotator): Promise<void> {
  await expect.poll(() => annotator.complete, { timeout: 10_000, interval: 5 }).toBe(true);
}

/**
 * Waits until the annotator has read a change the test just made to the page:
 * it must have noticed it (its mutation observer reports before this returns
 * from its first await), and then settle. A test that then asserts nothing
 * changed cannot pass just because the annotator had not got round to it.
 */
export async function settledAfterChange(annotator: Annotator): Promise<void> {
  const slices = annotator.stats.slices;
  await Promise.resolve();
  expect(annotator.idle, 'the annotator noticed the change').toBe(false);
  await settled(annotator);
  expect(annotator.stats.slices).toBeGreaterThan(slices);
}

/** The text of every range in Geolens's highlights, per highlight name (without the prefix); empty ones left out. */
export function highlighted(win: Window & typeof globalThis = window): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, highlight] of win.CSS.highlights as unknown as Map<string, Set<AbstractRange>>) {
    if (!name.startsWith(HIGHLIGHT_PREFIX) || highlight.size === 0) continue;
    result[name.slice(HIGHLIGHT_PREFIX.length)] = [...highlight].map((r) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset));
  }
  return result;
}

/** Every highlighted text, whatever its highlight, sorted. */
export function allHighlighted(win: Window & typeof globalThis = window): string[] {
  return Object.values(highlighted(win)).flat().sort();
}

/** The names Geolens has registered in a window's highlight registry. */
export function registeredNames(win: Window & typeof globalThis = window): string[] {
  return [...(win.CSS.highlights as unknown as Map<string, unknown>).keys()].filter((name) => name.startsWith(HIGHLIGHT_PREFIX)).sort();
}

/** The element whose text holds each highlighted range, by id (or tag name), sorted. */
export function highlightedWhere(): string[] {
  return [...(CSS.highlights as unknown as Map<string, Set<AbstractRange>>)]
    .filter(([name]) => name.startsWith(HIGHLIGHT_PREFIX))
    .flatMap(([, h]) => [...h].map((r) => r.startContainer.parentElement!.closest('[id]')?.id ?? r.startContainer.parentElement!.localName))
    .sort();
}

/** Resolves after the browser has run the next animation frame's callbacks (and so any rAF work queued before). */
export function nextFrame(win: Window = window): Promise<void> {
  return new Promise((resolve) => win.requestAnimationFrame(() => resolve()));
}

/** The viewport point in the middle of the n-th occurrence of `text` in the page's text. */
export function pointAt(text: string, occurrence = 0, root: Node = document.body): { x: number; y: number; node: Text } {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (let index = node.data.indexOf(text); index !== -1; index = node.data.indexOf(text, index + 1)) {
      if (seen++ !== occurrence) continue;
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + text.length);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, node };
    }
  }
  throw new Error(`"${text}" (#${occurrence}) is not on the page`);
}

/**
 * The card's container inside the closed shadow root that CardHost attaches
 * after this is called: the page cannot reach it, so the test catches the
 * root as it is attached (the spy goes when the test ends).
 */
export function watchCard(): () => HTMLElement | null {
  const attach = vi.spyOn(Element.prototype, 'attachShadow');
  onTestFinished(() => attach.mockRestore());
  return () => {
    const root = attach.mock.results.find((r) => r.type === 'return')?.value as ShadowRoot | undefined;
    return root?.querySelector<HTMLElement>('.card') ?? null;
  };
}
