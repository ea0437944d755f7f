import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import {
  EVERY_MENTION,
  allHighlighted,
  highlighted,
  highlightedWhere,
  registeredNames,
  serialized,
  setPage,
  settled,
  settledAfterChange,
  startAnnotator,
  testRelevance,
} from '../../tests/support/content-page';
import { BATCH_CHARS, BATCH_NODES } from './batch-limits';
import { SLICE_BUDGET_MS } from './scheduler';
import { Highlighter } from './highlighter';

/** Annotator's private window size: a text node longer than this is matched in windows. */
const WINDOW_CHARS = 64 * 1024;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Annotator: what it reads', () => {
  it('highlights names in prose and never in editable fields, code, scripts, styles or hidden content', async () => {
    setPage(`
      <h1>Notes on Kazakhstan</h1>
      <p id="prose">Kazakhstan and China signed new deals.</p>
      <div id="editor" contenteditable="true"><p>Draft: Kazakhstan exports oil to China.</p></div>
      <div contenteditable="plaintext-only">Kazakhstan in plain editing</div>
      <textarea>Kazakhstan in a textarea</textarea>
      <input value="Kazakhstan in an input">
      <pre><code>const country = "Kazakhstan";</code></pre>
      <p id="inline">Inline <code>Kazakhstan</code> code.</p>
      <script type="text/plain">Kazakhstan in a script</script>
      <style>/* Kazakhstan in a style */</style>
      <div aria-hidden="true">Kazakhstan hidden from assistive technology</div>
      <svg width="200" height="20"><text x="0" y="15">Kazakhstan in SVG</text></svg>
      <noscript>Kazakhstan in noscript</noscript>
      <select><option>Kazakhstan</option></select>
      <nav>Kazakhstan in the menu</nav>`);
    const { annotator } = startAnnotator();
    await settled(annotator);
    expect(highlightedWhere()).toEqual(['h1', 'prose', 'prose']);
    expect(allHighlighted()).toEqual(['China', 'Kazakhstan', 'Kazakhstan']);
  });

  it('keeps text typed into an editor unhighlighted', async () => {
    setPage(`<p id="prose">Kazakhstan</p><div id="editor" contenteditable="true"><p>Draft</p></div>`);
    const { annotator } = startAnnotator();
    await settled(annotator);
    document.querySelector('#editor p')!.append(' about Russia and China');
    document.querySelector('#editor')!.append(document.createElement('p'));
    document.querySelector('#editor p:last-child')!.textContent = 'Kazakhstan again';
    await settledAfterChange(annotator);
    expect(highlightedWhere()).toEqual(['prose']);
  });

  it('highlights the first visible mention, not one that is hidden, clipped away or screen-reader-only', async () => {
    setPage(`
      <p style="display:none">China (display: none)</p>
      <p style="visibility:hidden">China (visibility: hidden)</p>
      <p style="opacity:0">China (opacity: 0)</p>
      <p><span style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)">China (sr-only)</span></p>
      <div style="height:20px;overflow:hidden"><p style="margin-top:40px">China (clipped away)</p></div>
      <p id="seen">China, seen at last.</p>
      <p id="later">China again.</p>`);
    const { annotator } = startAnnotator({ settings: { ...EVERY_MENTION, policy: 'first' } });
    await settled(annotator);
    expect(highlightedWhere()).toEqual(['seen']);
    expect(annotator.summary()).toMatchObject([{ entityId: 'china', count: 7, highlighted: 1 }]);
  });

  it('enters open shadow roots and follows changes inside them', async () => {
    const body = setPage(`<p>Kazakhstan</p><div id="host"></div>`);
    const shadow = body.querySelector('#host')!.attachShadow({ mode: 'open' });
    shadow.append(document.createElement('p'));
    shadow.firstChild!.textContent = 'China in a shadow root';
    const { annotator } = startAnnotator();
    await settled(annotator);
    expect(allHighlighted()).toEqual(['China', 'Kazakhstan']);
    (shadow.firstChild!.firstChild as Text).data = 'Russia in a shadow root';
    await settledAfterChange(annotator);
    expect(allHighlighted()).toEqual(['Kazakhstan', 'Russia']);
  });

  it('never reads Geolens’s own elements, nor follows changes in them', async () => {
    const body = setPage(`<p>Kazakhstan</p><div id="own">China in the card</div>`);
    const ownUi = new Set([body.querySelector('#own')!]);
    const { annotator } = startAnnotator({ ownUi });
    await settled(annotator);
    expect(allHighlighted()).toEqual(['Kazakhstan']);
    body.querySelector('#own')!.append(' and Russia');
    await settledAfterChange(annotator);
    // A card host made later joins the set, as PageController's CardHost reports it.
    const card = document.createElement('geolens-card');
    card.textContent = 'Astana';
    ownUi.add(card);
    document.documentElement.append(card);
    onTestFinished(() => card.remove());
    await settledAfterChange(annotator);
    expect(allHighlighted()).toEqual(['Kazakhstan']);
  });

  it('never matches across two text nodes', async () => {
    // "Xi" and "Jinping" on two lines: two text nodes, with nothing between them in the walk.
    setPage(`<p id="split">Xi<br>Jinping</p><p>Xi Jinping</p>`);
    const { annotator, matcher } = startAnnotator();
    await settled(annotator);
    expect(allHighlighted()).toEqual(['Xi Jinping']);
    expect(highlightedWhere()).toEqual(['p']);
    expect(matcher.calls).toHaveLength(1);
  });

  it('leaves the page’s DOM byte for byte as it was, while annotating and after', async () => {
    setPage(`<article><h1>Kazakhstan and China</h1><p>Trade through <a href="#">Khorgos</a> grew; <em>Astana</em> agreed.</p></article>`);
    const before = serialized();
    const { annotator } = startAnnotator();
    await settled(annotator);
    expect(allHighlighted()).toHaveLength(4);
    expect(serialized()).toBe(before);
    annotator.destroy();
    expect(serialized()).toBe(before);
  });
});

describe('Annotator: batches, windows and slices', () => {
  it('matches many nodes in few scans, each within the batch limits, with every span in its own node', async () => {
    const count = 3 * BATCH_NODES + 7;
    const body = setPage('');
    for (let i = 0; i < count; i++) {
      const p = document.createElement('p');
      p.textContent = `${i}: Kazakhstan`;
      body.append(p);
    }
    const { annotator, matcher } = startAnnotator();
    await settled(annotator);
    expect(matcher.calls.length).toBe(Math.ceil(count / BATCH_NODES));
    for (const call of matcher.calls) {
      expect(call.nodes).toBeLessThanOrEqual(BATCH_NODES);
      expect(call.chars).toBeLessThan(BATCH_CHARS + 64);
    }
    const texts = highlighted();
    expect(Object.values(texts).flat()).toHaveLength(count);
    expect(new Set(Object.values(texts).flat())).toEqual(new Set(['Kazakhstan']));
  });

  it('cuts a batch at the character limit', async () => {
    const body = setPage('');
    const long = `China ${'x'.repeat(4000)}`;
    for (let i = 0; i < 20; i++) body.append(Object.assign(document.createElement('p'), { textContent: long }));
    const { annotator, matcher } = startAnnotator();
    await settled(annotator);
    expect(matcher.calls.length).toBeGreaterThan(1);
    for (const call of matcher.calls) expect(call.chars - long.length - 1).toBeLessThan(BATCH_CHARS);
    expect(allHighlighted()).toHaveLength(20);
  });

  it('matches a huge text node in windows, finding the names that straddle a window edge', async () => {
    const names = ['Kazakhstan', 'China', 'Russia', 'Astana'];
    // Names at the start, the end, and across each window edge.
    const at = [0, WINDOW_CHARS - 3, 2 * WINDOW_CHARS - 2, 3 * WINDOW_CHARS + 100];
    let text = '';
    at.forEach((start, i) => {
      text += ' '.repeat(start - text.length) + names[i];
    });
    text += ' tail'.repeat(1000);
    const body = setPage('<p id="huge"></p>');
    body.querySelector('#huge')!.append(text);
    const { annotator, matcher } = startAnnotator();
    await settled(annotator);
    const windows = matcher.calls.filter((call) => call.chars === text.length);
    expect(windows.length).toBeGreaterThanOrEqual(Math.ceil(text.length / WINDOW_CHARS));
    for (const { from, to } of windows) expect(to - from).toBeLessThanOrEqual(WINDOW_CHARS + matcher.longestAlias);
    const node = body.querySelector('#huge')!.firstChild as Text;
    const ranges = [...(CSS.highlights.get('geolens-background') as unknown as Set<StaticRange>)].filter((r) => r.startContainer === node);
    expect(ranges.map((r) => [r.startOffset, node.data.slice(r.startOffset, r.endOffset)])).toEqual(at.map((start, i) => [start, names[i]]));
  });

  it('stops a slice at its budget and goes on in the next task, the page getting its turn between', async () => {
    const count = 4 * BATCH_NODES - 10;
    const batches = Math.ceil(count / BATCH_NODES);
    const body = setPage('');
    // One paragraph in four names China: fewer mentions than the highlighter registers all of (REGISTER_ALL_UP_TO).
    for (let i = 0; i < count; i++) body.append(Object.assign(document.createElement('p'), { textContent: i % 4 ? `Plain ${i}` : `China ${i}` }));
    // A clock on which every reading is a budget later than the last: each slice gets through one batch.
    let now = performance.now();
    vi.spyOn(performance, 'now').mockImplementation(() => (now += SLICE_BUDGET_MS + 1));
    const { annotator, matcher } = startAnnotator();
    const pageTurns: number[] = [];
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      pageTurns.push(matcher.calls.length);
      if (!annotator.idle) channel.port2.postMessage(null);
    };
    channel.port2.postMessage(null);
    await settled(annotator);
    vi.restoreAllMocks();
    expect(matcher.calls).toHaveLength(batches);
    expect(annotator.stats.slices).toBe(batches);
    // The page's own tasks ran while the walk was under way, not only before or after it.
    expect(pageTurns.some((calls) => calls > 0 && calls < batches)).toBe(true);
    expect(allHighlighted()).toHaveLength(Math.ceil(count / 4));
  });
});

describe('Annotator: highlight commits', () => {
  it('hands a long walk’s highlights to the page in a few commits: the first at once, the rest at most every interval', async () => {
    const count = 8 * BATCH_NODES;
    const body = setPage('');
    for (let i = 0; i < count; i++) body.append(Object.assign(document.createElement('p'), { textContent: i % 4 ? `Plain ${i}` : `China ${i}` }));
    // Each reading of the clock is a budget later: one batch per slice, and the walk takes many intervals.
    let now = performance.now();
    vi.spyOn(performance, 'now').mockImplementation(() => (now += SLICE_BUDGET_MS + 1));
    const original = Highlighter.prototype.commit;
    const commitSlices: number[] = [];
    const { annotator } = startAnnotator();
    vi.spyOn(Highlighter.prototype, 'commit').mockImplementation(function (this: Highlighter) {
      commitSlices.push(annotator.stats.slices);
      original.call(this);
    });
    await settled(annotator);
    vi.restoreAllMocks();
    const slices = annotator.stats.slices;
    expect(slices).toBeGreaterThanOrEqual(8);
    // The reader sees the first highlights at once, after the first slice...
    expect(commitSlices[0]).toBe(1);
    // ...then the walk's changes reach the page every HIGHLIGHT_COMMIT_INTERVAL_MS, not once a slice...
    expect(commitSlices.length).toBeLessThanOrEqual(Math.ceil(slices / 2));
    // ...and everything is there once the walk is over.
    expect(allHighlighted()).toHaveLength(count / 4);
  });
});

describe('Annotator: changes to the page', () => {
  it('reads text the page adds, edits and removes', async () => {
    const body = setPage(`<p id="a">Kazakhstan</p><p id="b">nothing yet</p><p id="c">China</p>`);
    const { annotator } = startAnnotator();
    await settled(annotator);
    expect(allHighlighted()).toEqual(['China', 'Kazakhstan']);

    body.append(Object.assign(document.createElement('p'), { textContent: 'Breaking: Russia signs.' }));
    await settledAfterChange(annotator);
    expect(allHighlighted()).toEqual(['China', 'Kazakhstan', 'Russia']);

    (body.querySelector('#b')!.firstChild as Text).data = 'Now Astana';
    await settledAfterChange(annotator);
    expect(allHighlighted()).toEqual(['Astana', 'China', 'Kazakhstan', 'Russia']);

    (body.querySelector('#a')!.firstChild as Text).data = 'Kazakh steppe';
    body.querySelector('#c')!.remove();
    await settledAfterChange(annotator);
    expect(allHighlighted()).toEqual(['Astana', 'Russia']);
    expect(annotator.summary().map((m) => m.entityId).sort()).toEqual(['astana', 'russia']);
  });

  it('moves the highlight to the next mention when the first one goes', async () => {
    const body = setPage(`<p id="first">China first</p><p id="second">China second</p>`);
    const { annotator } = startAnnotator({ settings: { ...EVERY_MENTION, policy: 'first' } });
    await settled(annotator);
    expect(highlightedWhere()).toEqual(['first']);
    body.querySelector('#first')!.remove();
    await settledAfterChange(annotator);
    expect(highlightedWhere()).toEqual(['second']);
  });

  it('follows the page replacing its article, as a single-page app does', async () => {
    const body = setPage(`<main><article id="one"><p>Kazakhstan and China, on trade.</p></article></main>`);
    const { annotator } = startAnnotator();
    await settled(annotator);
    const next = document.createElement('article');
    next.id = 'two';
    next.append(Object.assign(document.createElement('p'), { textContent: 'Russia and Astana.' }));
    body.querySelector('main')!.replaceChildren(next);
    await settledAfterChange(annotator);
    expect(allHighlighted()).toEqual(['Astana', 'Russia']);
    expect(annotator.summary().every((m) => m.inMain)).toBe(true);
  });

  it('stops reading once destroyed, and leaves no highlight registered', async () => {
    const body = setPage(`<p>Kazakhstan</p>`);
    const { annotator, matcher } = startAnnotator();
    await settled(annotator);
    expect(registeredNames().length).toBeGreaterThan(0);
    annotator.destroy();
    expect(registeredNames()).toEqual([]);
    const calls = matcher.calls.length;
    body.append(Object.assign(document.createElement('p'), { textContent: 'China' }));
    await Promise.resolve();
    // Its observer is gone: the change does not even wake it.
    expect(annotator.idle).toBe(true);
    expect(matcher.calls).toHaveLength(calls);
  });
});

describe('Annotator: settings and relevance', () => {
  it('paints related entities in their category and the rest with the background mark', async () => {
    setPage(`<article><p>Trade through Khorgos links China and Kazakhstan; Russia watches.</p></article>`);
    const { annotator } = startAnnotator({ relevance: testRelevance([{ entities: ['khorgos', 'china'], topic: 'trade' }]) });
    await settled(annotator);
    expect(highlighted()).toEqual({ place: ['Khorgos'], country: ['China'], background: ['Kazakhstan', 'Russia'] });
  });

  it('shows only related entities when the scope says so', async () => {
    setPage(`<article><p>Trade through Khorgos links China and Kazakhstan.</p></article>`);
    const { annotator } = startAnnotator({
      settings: { ...EVERY_MENTION, scope: 'related' },
      relevance: testRelevance([{ entities: ['khorgos', 'china'], topic: 'trade' }]),
    });
    await settled(annotator);
    expect(highlighted()).toEqual({ place: ['Khorgos'], country: ['China'] });
    expect(annotator.entityCount()).toBe(2);
  });

  it('applies new settings live: a category switched off, then back on', async () => {
    setPage(`<p>Kazakhstan and Astana, and Kazakhstan again.</p>`);
    const { annotator } = startAnnotator();
    await settled(annotator);
    expect(allHighlighted()).toEqual(['Astana', 'Kazakhstan', 'Kazakhstan']);
    annotator.configure({ ...EVERY_MENTION, categories: { ...EVERY_MENTION.categories, country: false } });
    expect(allHighlighted()).toEqual(['Astana']);
    annotator.configure({ ...EVERY_MENTION, policy: 'first' });
    await settled(annotator);
    expect(allHighlighted()).toEqual(['Astana', 'Kazakhstan']);
  });

  it('finds the mention under a caret position, and paints the keyboard focus over it', async () => {
    const body = setPage(`<p>Kazakhstan and China</p>`);
    const { annotator } = startAnnotator();
    await settled(annotator);
    const text = body.querySelector('p')!.firstChild as Text;
    expect(annotator.mentionAt(text, 3)?.entityId).toBe('kazakhstan');
    expect(annotator.mentionAt(text, 12)).toBeUndefined();
    const china = annotator.mentionAt(text, 16)!;
    expect(china.entityId).toBe('china');
    expect(annotator.liveRange(china).toString()).toBe('China');
    annotator.focus(china);
    expect(highlighted().focus).toEqual(['China']);
    annotator.focus(null);
    expect(highlighted().focus).toBeUndefined();
  });
});
