import { describe, expect, it } from 'vitest';
import { bestCandidate, dominantArticle, isChrome, isMainLandmark, nameWeight, paragraphScore, type ElementFacts } from '../../../src/relevance/main-content';

const el = (tag: string, idClass = '', role: string | null = null): ElementFacts => ({ tag, role, idClass });

describe('isChrome', () => {
  it.each([
    el('nav'),
    el('aside'),
    el('menu'),
    el('div', '', 'navigation'),
    el('div', '', 'banner'),
    el('div', '', 'contentinfo'),
    el('div', '', 'complementary'),
    el('div', 'cookie-banner'),
    el('div', 'gdpr_consent'),
    el('section', 'comments'),
    el('div', 'site-nav main'),
    el('ul', 'breadcrumbs'),
  ])('%o is chrome anywhere', (facts) => {
    expect(isChrome(facts, true)).toBe(true);
    expect(isChrome(facts, false)).toBe(true);
  });

  it('takes header and footer for chrome only outside the main content', () => {
    expect(isChrome(el('header'), false)).toBe(true);
    expect(isChrome(el('footer'), false)).toBe(true);
    expect(isChrome(el('div', 'site-header'), false)).toBe(true);
    expect(isChrome(el('header'), true)).toBe(false);
    expect(isChrome(el('footer'), true)).toBe(false);
  });

  it('does not judge page and article wrappers by their class names', () => {
    expect(isChrome(el('body', 'single-post comments-open'), false)).toBe(false);
    expect(isChrome(el('article', 'post has-sidebar'), false)).toBe(false);
    expect(isChrome(el('main', 'with-nav'), false)).toBe(false);
  });

  it('leaves prose alone', () => {
    expect(isChrome(el('p'), true)).toBe(false);
    expect(isChrome(el('div', 'article-body story'), false)).toBe(false);
    expect(isChrome(el('div', 'shareholder-report'), false)).toBe(false);
  });
});

describe('main-content scoring', () => {
  it('knows the main landmarks', () => {
    expect(isMainLandmark(el('main'))).toBe(true);
    expect(isMainLandmark(el('div', '', 'main'))).toBe(true);
    expect(isMainLandmark(el('div', 'main'))).toBe(false);
  });

  it('scores paragraphs as Readability does, and ignores short ones', () => {
    expect(paragraphScore(10, 3)).toBe(0);
    expect(paragraphScore(30, 0)).toBe(1);
    expect(paragraphScore(250, 2)).toBe(5);
    expect(paragraphScore(5000, 0)).toBe(4);
  });

  it('weighs ids and classes', () => {
    expect(nameWeight('article-body')).toBe(25);
    expect(nameWeight('sidebar')).toBe(-25);
    expect(nameWeight('x')).toBe(0);
  });

  it('picks the densest candidate, discounted by link text', () => {
    const prose = { key: 'prose', facts: el('div'), score: 20, text: 4000, linkText: 100 };
    const links = { key: 'links', facts: el('div'), score: 25, text: 2000, linkText: 1800 };
    const comments = { key: 'comments', facts: el('div', 'comment-list'), score: 30, text: 3000, linkText: 0 };
    expect(bestCandidate([links, prose, comments])).toBe('prose');
    expect(bestCandidate([])).toBeNull();
  });

  it('takes one article as the main one only when it holds most of the articles’ text', () => {
    expect(dominantArticle([{ key: 'story', text: 9000 }, { key: 'teaser', text: 300 }])).toBe('story');
    expect(dominantArticle([{ key: 'a', text: 300 }, { key: 'b', text: 300 }, { key: 'c', text: 300 }])).toBeNull();
  });
});
