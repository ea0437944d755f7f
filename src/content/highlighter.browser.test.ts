import { describe, expect, it, vi } from 'vitest';
import { highlighted, registeredNames, serialized, setPage } from '../../tests/support/content-page';
import { FOCUS_HIGHLIGHT, HIGHLIGHT_STYLES, Highlighter, highlightName } from './highlighter';

function mentionsIn(text: Text, ...words: string[]) {
  return words.map((word) => {
    const start = text.data.indexOf(word);
    return { node: text, start, end: start + word.length };
  });
}

describe('Highlighter', () => {
  it('registers one highlight per style and one for the focus, and unregisters only its own', () => {
    const page = new Highlight();
    CSS.highlights.set('page-own', page);
    const highlighter = new Highlighter(document);
    expect(registeredNames()).toEqual([...HIGHLIGHT_STYLES.map(highlightName), FOCUS_HIGHLIGHT].sort());
    expect(CSS.highlights.get(FOCUS_HIGHLIGHT)!.priority).toBeGreaterThan(CSS.highlights.get(highlightName('country'))!.priority);
    highlighter.destroy();
    expect(registeredNames()).toEqual([]);
    expect(CSS.highlights.get('page-own')).toBe(page);
    CSS.highlights.delete('page-own');
  });

  it('paints a mention as a static range over its words, moves it between styles, and takes it away', () => {
    const body = setPage('<p>Kazakhstan and China</p>');
    const before = serialized();
    const [kazakhstan, china] = mentionsIn(body.querySelector('p')!.firstChild as Text, 'Kazakhstan', 'China') as [never, never];
    const highlighter = new Highlighter(document);
    highlighter.show(kazakhstan, 'country');
    highlighter.show(china, 'background');
    // Recorded, not yet handed to the highlights: a commit does that, all at once.
    expect(highlighter.uncommitted).toBe(true);
    expect(highlighted()).toEqual({});
    highlighter.commit();
    expect(highlighter.uncommitted).toBe(false);
    expect(highlighted()).toEqual({ country: ['Kazakhstan'], background: ['China'] });
    expect([...CSS.highlights.get(highlightName('country'))!][0]).toBeInstanceOf(StaticRange);
    highlighter.show(china, 'country');
    highlighter.show(china, 'country');
    highlighter.commit();
    expect(highlighted()).toEqual({ country: ['Kazakhstan', 'China'] });
    highlighter.setFocus(china);
    expect(highlighted().focus).toEqual(['China']);
    highlighter.hide(china);
    highlighter.commit();
    expect(highlighted()).toEqual({ country: ['Kazakhstan'] });
    highlighter.hide(china);
    // Shown and hidden between two commits: the highlights never see it.
    const [astana] = mentionsIn(body.querySelector('p')!.firstChild as Text, 'China') as [never];
    highlighter.show(astana, 'place');
    highlighter.hide(astana);
    highlighter.commit();
    expect(highlighted()).toEqual({ country: ['Kazakhstan'] });
    expect(serialized()).toBe(before);
    highlighter.destroy();
  });

  it('paints in the registry of the document it was given, which for a frame is the frame’s own', async () => {
    const body = setPage('<iframe></iframe>');
    const frame = body.querySelector('iframe')!;
    const win = frame.contentWindow as Window & typeof globalThis;
    const doc = frame.contentDocument!;
    doc.body.append(doc.createElement('p'));
    doc.body.firstChild!.textContent = 'Astana';
    const highlighter = new Highlighter(doc);
    highlighter.show({ node: doc.body.firstChild!.firstChild as Text, start: 0, end: 6 }, 'place');
    highlighter.commit();
    expect(highlighted(win)).toEqual({ place: ['Astana'] });
    expect(registeredNames(window)).toEqual([]);
    highlighter.destroy();
    expect(registeredNames(win)).toEqual([]);
  });

  it('measures a mention with a live range that stays inside its node after the text shrank', () => {
    const body = setPage('<p>Kazakhstan</p>');
    const text = body.querySelector('p')!.firstChild as Text;
    const highlighter = new Highlighter(document);
    const mention = { node: text, start: 0, end: 10 };
    expect(highlighter.liveRange(mention).toString()).toBe('Kazakhstan');
    text.data = 'Kazakh';
    expect(highlighter.liveRange(mention).toString()).toBe('Kazakh');
    highlighter.destroy();
  });

  it('past its limit, registers only the ranges near the viewport, and follows the reader who scrolls', async () => {
    const body = setPage(Array.from({ length: 12 }, (_, i) => `<p style="margin: 0 0 4000px">Astana ${i}</p>`).join(''));
    const mentions = [...body.querySelectorAll('p')].map((p) => ({ node: p.firstChild as Text, start: 0, end: 6 }));
    const highlighter = new Highlighter(document, 5);
    for (const mention of mentions.slice(0, 4)) highlighter.show(mention, 'place');
    highlighter.commit();
    // Under the limit: every range, near or not.
    expect(highlighter.windowed).toBe(false);
    expect(highlighted().place).toHaveLength(4);
    for (const mention of mentions.slice(4)) highlighter.show(mention, 'place');
    highlighter.commit();
    expect(highlighter.windowed).toBe(true);
    const near = () => [...(CSS.highlights.get(highlightName('place')) ?? [])].map((r) => (r.startContainer as Text).data);
    // 4,000 px apart: only the first paragraph is within two viewports of the top.
    await expect.poll(near).toEqual(['Astana 0']);
    body.querySelectorAll('p')[7]!.scrollIntoView({ block: 'center' });
    await expect.poll(near).toEqual(['Astana 7']);
    // Taken away while near: it goes at once, and does not come back with the next scroll.
    highlighter.hide(mentions[7]!);
    highlighter.commit();
    expect(near()).toEqual([]);
    window.scrollTo(0, 0);
    await expect.poll(near).toEqual(['Astana 0']);
    highlighter.destroy();
    expect(registeredNames()).toEqual([]);
  });

  it('leaves an empty focus alone: Chromium repaints the whole page for any change, a clear of nothing included', () => {
    const body = setPage('<p>Kazakhstan</p>');
    const mention = { node: body.querySelector('p')!.firstChild as Text, start: 0, end: 10 };
    const highlighter = new Highlighter(document);
    highlighter.show(mention, 'country');
    highlighter.commit();
    const clear = vi.spyOn(Highlight.prototype, 'clear');
    const add = vi.spyOn(Highlight.prototype, 'add');
    highlighter.setFocus(null);
    expect(clear).not.toHaveBeenCalled();
    highlighter.setFocus(mention);
    highlighter.setFocus(mention);
    expect(add).toHaveBeenCalledTimes(1);
    expect(highlighted().focus).toEqual(['Kazakhstan']);
    highlighter.setFocus(null);
    expect(clear).toHaveBeenCalledTimes(1);
    vi.restoreAllMocks();
    highlighter.destroy();
  });
});
