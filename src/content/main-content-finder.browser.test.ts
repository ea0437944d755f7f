import { describe, expect, it } from 'vitest';
import { setPage } from '../../tests/support/content-page';
import { MainContent, findMainRoot } from './main-content-finder';

const PROSE = 'Kazakhstan and China signed deals on trade, transit and energy, worth billions, in Astana.';

/** Whether the text of the element with `id` counts as main content. */
function inMain(content: MainContent, id: string): boolean {
  return content.contains(document.getElementById(id)!.firstChild!);
}

describe('MainContent', () => {
  it('takes the main landmark, and tells the article’s text from the page’s chrome around and inside it', () => {
    setPage(`
      <header id="site-header">Site header</header>
      <nav><a id="menu">Menu</a></nav>
      <main id="main">
        <h1 id="title">Title</h1>
        <p id="prose">${PROSE}</p>
        <header><p id="article-header">An article’s own header is the article</p></header>
        <aside><p id="aside">An aside</p></aside>
        <div class="share-buttons"><span id="share">Share</span></div>
        <div class="comments"><p id="comment">A comment</p></div>
      </main>
      <footer><p id="footer">Footer</p></footer>`);
    const content = new MainContent(document);
    expect(content.root.id).toBe('main');
    const ids = ['site-header', 'menu', 'title', 'prose', 'article-header', 'aside', 'share', 'comment', 'footer'];
    expect(Object.fromEntries(ids.map((id) => [id, inMain(content, id)]))).toEqual({
      'site-header': false,
      menu: false,
      title: true,
      prose: true,
      'article-header': true,
      aside: false,
      share: false,
      comment: false,
      footer: false,
    });
  });

  it('without a landmark, takes the one article, or else the densest prose', () => {
    setPage(`<div class="sidebar"><article><p>${PROSE}</p></article></div><article id="story"><p>${PROSE}</p></article>`);
    expect(findMainRoot(document).id).toBe('story');
    setPage(`
      <div id="links"><p><a>One link</a>, <a>another</a></p></div>
      <div id="body"><div id="text"><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p></div></div>`);
    expect(findMainRoot(document).id).toBe('text');
  });

  it('reads text in an open shadow root by its host’s place in the page', () => {
    const body = setPage(`<main><p>${PROSE}</p><div id="host"></div></main><footer><div id="footer-host"></div></footer>`);
    const inside = body.querySelector('#host')!.attachShadow({ mode: 'open' });
    inside.append('In the article');
    const outside = body.querySelector('#footer-host')!.attachShadow({ mode: 'open' });
    outside.append('In the footer');
    const content = new MainContent(document);
    expect(content.contains(inside.firstChild!)).toBe(true);
    expect(content.contains(outside.firstChild!)).toBe(false);
  });
});
