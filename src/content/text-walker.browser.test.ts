import { describe, expect, it } from 'vitest';
import { setPage } from '../../tests/support/content-page';
import { SKIPPED_ELEMENTS, TextWalker, isInsideSkippedSubtree } from './text-walker';

/** Everything the walker returns, as text. */
function walk(walker: TextWalker): string[] {
  const texts: string[] = [];
  for (let node = walker.next(); node; node = walker.next()) if (node.data.trim()) texts.push(node.data.trim());
  return texts;
}

describe('TextWalker', () => {
  it('reads prose in document order and nothing inside a skipped element', () => {
    // Every skipped element holds text (where it can), between two pieces of prose.
    const skipped = [...SKIPPED_ELEMENTS].filter((name) => !['head', 'title'].includes(name));
    const body = setPage(`<p>read-start</p><div id="skips"></div><p>read <em>end</em></p>`);
    const skips = body.querySelector('#skips')!;
    for (const name of skipped) {
      const element = document.createElement(name);
      // Inert, so that the text is only text.
      if (name === 'script') element.setAttribute('type', 'text/plain');
      element.append(`skip-${name}`);
      skips.append(element, `read-after-${name}`);
    }
    const texts = walk(new TextWalker([body], new Set()));
    expect(texts).toEqual(['read-start', ...skipped.map((name) => `read-after-${name}`), 'read', 'end']);
  });

  it('skips editable regions, hidden-from-AT and navigation subtrees, and Geolens’s own elements', () => {
    const body = setPage(`
      <div contenteditable="true"><p>skip-editable</p></div>
      <div contenteditable=""><p>skip-editable-empty</p></div>
      <div contenteditable="plaintext-only">skip-plaintext</div>
      <div contenteditable="false">read-not-editable</div>
      <div aria-hidden="true"><span>skip-aria-hidden</span></div>
      <div aria-hidden="false">read-aria-shown</div>
      <div role="navigation"><a>skip-role-navigation</a></div>
      <nav><a>skip-nav</a></nav>
      <div id="own">skip-own-ui</div>
      <p>read-prose</p>`);
    const ownUi = new Set([body.querySelector('#own')!]);
    expect(walk(new TextWalker([body], ownUi))).toEqual(['read-not-editable', 'read-aria-shown', 'read-prose']);
  });

  it('rejects a skipped root as a whole, and returns a text root as it is', () => {
    const body = setPage(`<code>skip-root</code><p>read</p>`);
    const walker = new TextWalker([body.firstElementChild!, body.lastElementChild!.firstChild!], new Set());
    expect(walk(walker)).toEqual(['read']);
  });

  it('enters open shadow roots after the tree around them, reports them, and never reads a closed one', () => {
    const body = setPage(`<div id="open"></div><p>read-light</p><div id="closed"></div>`);
    const open = body.querySelector('#open')!.attachShadow({ mode: 'open' });
    open.append('read-shadow', document.createElement('code'));
    open.lastChild!.textContent = 'skip-code-in-shadow';
    body.querySelector('#closed')!.attachShadow({ mode: 'closed' }).append('skip-closed');
    const reported: ShadowRoot[] = [];
    expect(walk(new TextWalker([body], new Set(), (root) => reported.push(root)))).toEqual(['read-light', 'read-shadow']);
    expect(reported).toEqual([open]);
  });

  it('can stop at any node and resume, and takes more roots after it has run dry', () => {
    const body = setPage(`<p>one</p><p>two</p>`);
    const walker = new TextWalker([body], new Set());
    expect(walker.next()?.data).toBe('one');
    expect(walker.next()?.data).toBe('two');
    expect(walker.next()).toBeNull();
    const added = document.createElement('p');
    added.append('three');
    body.append(added);
    walker.push(added);
    walker.push(document.createTextNode('four'));
    // Pushed roots are a stack: the latest first.
    expect(walk(walker)).toEqual(['four', 'three']);
  });
});

describe('isInsideSkippedSubtree', () => {
  it('tells whether a node that arrives later sits where the walker never reads', () => {
    const body = setPage(`
      <p id="prose">prose</p>
      <pre><span id="in-pre">code</span></pre>
      <div contenteditable><b id="in-editor">draft</b></div>
      <div contenteditable="false"><b id="not-editable">text</b></div>
      <div aria-hidden="true"><i id="hidden">hidden</i></div>
      <div id="own"><span id="in-own">card</span></div>`);
    const own = new Set([body.querySelector('#own')!]);
    const inside = (id: string) => isInsideSkippedSubtree(body.querySelector(`#${id}`)!.firstChild!, own);
    expect(inside('prose')).toBe(false);
    expect(inside('not-editable')).toBe(false);
    expect(inside('in-pre')).toBe(true);
    expect(inside('in-editor')).toBe(true);
    expect(inside('hidden')).toBe(true);
    expect(inside('in-own')).toBe(true);
  });

  it('treats the whole document as skipped while it is in design mode', () => {
    const body = setPage(`<p id="prose">prose</p>`);
    const node = body.querySelector('#prose')!.firstChild!;
    document.designMode = 'on';
    try {
      expect(isInsideSkippedSubtree(node, new Set())).toBe(true);
    } finally {
      document.designMode = 'off';
    }
    expect(isInsideSkippedSubtree(node, new Set())).toBe(false);
  });
});
