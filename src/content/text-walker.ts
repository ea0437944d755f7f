/**
 * Finds the text Geolens may annotate. Whole subtrees are rejected at their
 * root element, so nothing inside scripts, styles, form fields, code, SVG,
 * MathML, editable regions or hidden-from-AT content is ever read.
 */

/**
 * Elements whose text is not prose a reader hovers over (navigation, controls,
 * code), or is not ours to touch (scripts, styles, form fields).
 */
export const SKIPPED_ELEMENTS = new Set([
  'head',
  'title',
  'nav',
  'button',
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'code',
  'pre',
  'kbd',
  'samp',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'video',
  'audio',
]);

/** The same rules as a selector, for checking the ancestors of nodes that arrive later. */
export const SKIPPED_SELECTOR = [
  ...SKIPPED_ELEMENTS,
  '[contenteditable]:not([contenteditable="false"])',
  '[aria-hidden="true"]',
  '[role="navigation"]',
].join(',');

export function isSkippedElement(element: Element, ownUi: ReadonlySet<Element>): boolean {
  if (SKIPPED_ELEMENTS.has(element.localName) || ownUi.has(element)) return true;
  // Most elements in prose (em, a, span) carry no attributes: skip three lookups for them.
  if (!element.hasAttributes()) return false;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return element.getAttribute('aria-hidden') === 'true' || element.getAttribute('role') === 'navigation';
}

/** Whether a node that appeared later sits inside a subtree the walker would have rejected. */
export function isInsideSkippedSubtree(node: Node, ownUi: ReadonlySet<Element>): boolean {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  if (!element) return false;
  if (element.closest(SKIPPED_SELECTOR)) return true;
  for (const ui of ownUi) if (ui.contains(element)) return true;
  const doc = element.ownerDocument;
  return doc.designMode === 'on';
}

/**
 * A resumable walk over the text nodes under some roots, entering open shadow
 * roots as it meets them. `next()` returns null when everything is read, so
 * callers can stop at a deadline and pick up where they left off.
 *
 * The TreeWalker has no filter callback: calling back into JS for every node
 * costs more than the walk itself, so skipped subtrees are stepped over here.
 */
export class TextWalker {
  private readonly roots: Node[];
  private walker: TreeWalker | null = null;
  private readonly ownUi: ReadonlySet<Element>;

  constructor(
    roots: Iterable<Node>,
    ownUi: ReadonlySet<Element>,
    /** Told about each open shadow root met, so its changes can be observed too. */
    private readonly onShadowRoot: (root: ShadowRoot) => void = () => {},
  ) {
    this.roots = [...roots].reverse();
    this.ownUi = ownUi;
  }

  /** More roots to read, e.g. nodes added by the page since the walk started. */
  push(root: Node): void {
    this.roots.push(root);
  }

  next(): Text | null {
    for (;;) {
      const walker = this.walker;
      if (walker) {
        let node = walker.nextNode();
        while (node) {
          if (node.nodeType === TEXT_NODE) return node as Text;
          const element = node as Element;
          if (isSkippedElement(element, this.ownUi)) {
            node = skipSubtree(walker);
            continue;
          }
          this.enterShadow(element);
          node = walker.nextNode();
        }
        this.walker = null;
      }
      const root = this.roots.pop();
      if (!root) return null;
      if (root.nodeType === TEXT_NODE) return root as Text;
      if (root.nodeType === ELEMENT_NODE) {
        if (isSkippedElement(root as Element, this.ownUi)) continue;
        this.enterShadow(root as Element);
      }
      const doc = root.ownerDocument ?? (root as Document);
      this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    }
  }

  /** Open shadow roots are read after the current tree; closed ones are invisible here, as they should be. */
  private enterShadow(element: Element): void {
    const shadow = element.shadowRoot;
    if (!shadow) return;
    this.roots.unshift(shadow);
    this.onShadowRoot(shadow);
  }
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Moves the walker to the first node after the current node's subtree. */
function skipSubtree(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}
