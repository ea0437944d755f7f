/**
 * Finds a page's main content and tells, for a text node, whether it is in
 * it: the DOM side of src/relevance/main-content.ts, which holds the rules.
 * It reads the page once, when first asked, and then answers each node with
 * one walk up its ancestors, remembered per element.
 */
import {
  bestCandidate,
  dominantArticle,
  isChrome,
  isMainLandmark,
  paragraphScore,
  type Candidate,
  type ElementFacts,
} from '../relevance/main-content';

/** A page with more paragraphs than this is judged by its first ones: enough to find where the prose is. */
const MAX_PARAGRAPHS = 600;
/** How many of the best-scoring elements get their link text measured: the rest cannot win. */
const FINALISTS = 5;

export function elementFacts(element: Element): ElementFacts {
  const id = element.id;
  const className = element.getAttribute('class') ?? '';
  return { tag: element.localName, role: element.getAttribute('role'), idClass: id ? `${id} ${className}` : className };
}

/** The parent element, across the boundary of an open shadow root. */
function parentOf(node: Node): Element | null {
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === Node.ELEMENT_NODE) return parent as Element;
  return parent.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? ((parent as ShadowRoot).host ?? null) : null;
}

export class MainContent {
  readonly root: Element;
  /** Per element: whether text in it is main content (it sits in the root, with no chrome between). */
  private readonly memo = new WeakMap<Element, boolean>();

  constructor(doc: Document) {
    this.root = findMainRoot(doc);
  }

  /** The last element asked about and its answer: text nodes come in walk order, often several to a paragraph. */
  private lastElement: Element | null = null;
  private lastAnswer = false;

  /** Whether a text node is in the main content and not in chrome inside it. */
  contains(node: Node): boolean {
    const parent = parentOf(node);
    if (!parent) return false;
    if (parent !== this.lastElement) {
      this.lastElement = parent;
      this.lastAnswer = this.elementIsMain(parent);
    }
    return this.lastAnswer;
  }

  private elementIsMain(element: Element): boolean {
    const known = this.memo.get(element);
    if (known !== undefined) return known;
    const path: Element[] = [];
    let result = false;
    for (let e: Element | null = element; e; e = parentOf(e)) {
      const cached = this.memo.get(e);
      if (cached !== undefined) {
        result = cached;
        break;
      }
      if (e === this.root) {
        result = true;
        break;
      }
      path.push(e);
    }
    // Walking back down: an element is main content if its parent is and it is not chrome itself.
    for (let i = path.length - 1; i >= 0; i--) {
      const e = path[i]!;
      if (result && isChromeElement(e)) result = false;
      this.memo.set(e, result);
    }
    return result;
  }
}

/** The main content's root element: landmarks first, then text density, else the body. */
export function findMainRoot(doc: Document): Element {
  const body = doc.body ?? doc.documentElement;
  // By tag first: the browser keeps elements indexed by tag, so this costs no walk over the page.
  const landmarks: Element[] = [...doc.getElementsByTagName('main')];
  const byRole = doc.querySelector('[role="main"]');
  if (byRole) landmarks.push(byRole);
  for (const landmark of landmarks) {
    if (isMainLandmark(elementFacts(landmark)) && !insideChrome(landmark) && landmark.querySelector('p, h1, h2, article')) return landmark;
  }
  const articles = [...doc.getElementsByTagName('article')].filter((article) => !insideChrome(article));
  if (articles.length === 1) return articles[0]!;
  if (articles.length > 1) {
    const dominant = dominantArticle(articles.map((article) => ({ key: article, text: paragraphText(article) })));
    if (dominant) return dominant;
  }
  return densestElement(body) ?? body;
}

/** `isChrome` for an element inside the main content, without reading the attributes of the many elements that have none. */
function isChromeElement(element: Element): boolean {
  if (!element.hasAttributes()) return isChrome({ tag: element.localName, role: null, idClass: '' }, true);
  return isChrome(elementFacts(element), true);
}

function insideChrome(element: Element): boolean {
  for (let e: Element | null = element.parentElement; e; e = e.parentElement) if (isChrome(elementFacts(e), false)) return true;
  return false;
}

function paragraphText(root: Element): number {
  let total = 0;
  for (const p of root.querySelectorAll('p')) total += p.textContent?.length ?? 0;
  return total;
}

/** Readability's scoring, on at most `MAX_PARAGRAPHS` paragraphs. */
function densestElement(body: Element): Element | null {
  const scores = new Map<Element, number>();
  const paragraphs = body.getElementsByTagName('p');
  const count = Math.min(paragraphs.length, MAX_PARAGRAPHS);
  for (let i = 0; i < count; i++) {
    const p = paragraphs[i]!;
    const text = p.textContent ?? '';
    const score = paragraphScore(text.length, commasIn(text));
    if (score === 0) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + score);
    const grandparent = parent.parentElement;
    if (grandparent) scores.set(grandparent, (scores.get(grandparent) ?? 0) + score / 2);
  }
  const finalists = [...scores].sort((a, b) => b[1] - a[1]).slice(0, FINALISTS);
  const candidates: Candidate<Element>[] = finalists
    .filter(([element]) => !insideChrome(element) && !isChrome(elementFacts(element), false))
    .map(([element, score]) => {
      let linkText = 0;
      for (const link of element.querySelectorAll('a')) linkText += link.textContent?.length ?? 0;
      return { key: element, facts: elementFacts(element), score, text: element.textContent?.length ?? 0, linkText };
    });
  return bestCandidate(candidates);
}

function commasIn(text: string): number {
  let count = 0;
  for (let i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) count++;
  return count;
}
