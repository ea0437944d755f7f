/**
 * Where a page's main content is, and what is page chrome: the rules, kept
 * pure (plain element facts in, decisions out) so they are unit tested
 * without a DOM. src/content/main-content-finder.ts reads the facts off the
 * page and applies them. In the spirit of Mozilla's Readability, smaller:
 *
 *  1. landmarks first: one `main` (or role=main) is the main content; else
 *     the `article` that holds most of the articles' paragraph text, if it
 *     holds most of it; else
 *  2. text density: every paragraph of some length scores its parent fully
 *     and its grandparent half, by its length and commas; names such as
 *     "article-body" add to an element's score and "comments" or "sidebar"
 *     take from it; the densest scorer, discounted by its share of link
 *     text, is the main content;
 *  3. nothing scores (a page without paragraphs): the whole body is.
 *
 * Inside it, page chrome still is not main content: navigation, asides,
 * menus, cookie banners and comment sections (by element, ARIA role, or id
 * and class names). `header` and `footer` are chrome only outside the main
 * content: inside an article they hold its headline and byline.
 */

/** What the rules need to know of an element. */
export interface ElementFacts {
  /** Lower-case tag name. */
  tag: string;
  role: string | null;
  /** The id and class attribute, joined by a space. */
  idClass: string;
}

const CHROME_TAGS = new Set(['nav', 'aside', 'menu', 'dialog']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'menu', 'menubar', 'search', 'dialog', 'alertdialog']);
/** Names sites give their chrome: whole words of an id or class ("site-nav", "cookie_banner", "comments"). */
const CHROME_NAMES =
  /(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|sidebar|cookies?|consent|gdpr|comments?|disqus|masthead|newsletter|subscribe|social|share|sharing|related|promo|advert|ads?|sponsored)(?:$|[\s_-])/i;
/** Chrome only when outside the main content: a header or footer of the article is part of it. */
const OUTER_CHROME_TAGS = new Set(['header', 'footer']);
const OUTER_CHROME_NAMES = /(?:^|[\s_-])(?:header|footer|topbar|bottombar)(?:$|[\s_-])/i;

const NAMED_BY_STRUCTURE = new Set(['html', 'body', 'main', 'article']);

/** Whether an element is page chrome; `insideMain` says whether it sits inside the main content. */
export function isChrome(element: ElementFacts, insideMain: boolean): boolean {
  if (CHROME_TAGS.has(element.tag)) return true;
  if (element.role !== null && CHROME_ROLES.has(element.role)) return true;
  // Sites name their page and article wrappers after their state ("comments-open", "has-sidebar"): only lesser elements go by name.
  if (NAMED_BY_STRUCTURE.has(element.tag)) return false;
  if (CHROME_NAMES.test(element.idClass)) return true;
  if (insideMain) return false;
  return OUTER_CHROME_TAGS.has(element.tag) || OUTER_CHROME_NAMES.test(element.idClass);
}

/** Whether an element is a main-content landmark (`main` or role=main). */
export function isMainLandmark(element: ElementFacts): boolean {
  return element.tag === 'main' || element.role === 'main';
}

/** Paragraphs shorter than this are captions, bylines or buttons, not prose. */
export const MIN_PARAGRAPH_CHARS = 25;

/** Readability's paragraph score: one point, one per comma, one per hundred characters (at most three). */
export function paragraphScore(textLength: number, commas: number): number {
  if (textLength < MIN_PARAGRAPH_CHARS) return 0;
  return 1 + commas + Math.min(3, Math.floor(textLength / 100));
}

const POSITIVE_NAMES = /article|body|content|entry|main|page|post|text|blog|story|prose/i;
const NEGATIVE_NAMES = /comment|meta|footer|footnote|sidebar|sponsor|share|social|related|promo|widget|banner|nav|menu|cookie|masthead/i;

/** What an element's id and class say of it: +25 for an article-like name, −25 for chrome-like. */
export function nameWeight(idClass: string): number {
  let weight = 0;
  if (POSITIVE_NAMES.test(idClass)) weight += 25;
  if (NEGATIVE_NAMES.test(idClass)) weight -= 25;
  return weight;
}

export interface Candidate<K> {
  key: K;
  facts: ElementFacts;
  /** The sum of its paragraphs' scores (grandchildren's at half). */
  score: number;
  /** Characters of text in it, and of that in links. */
  text: number;
  linkText: number;
}

/** The densest candidate: score plus name weight, discounted by the share of link text; null when none scores. */
export function bestCandidate<K>(candidates: readonly Candidate<K>[]): K | null {
  let best: K | null = null;
  let bestScore = 0;
  for (const candidate of candidates) {
    if (candidate.score <= 0) continue;
    const linkDensity = candidate.text > 0 ? candidate.linkText / candidate.text : 0;
    const score = (candidate.score + nameWeight(candidate.facts.idClass)) * (1 - linkDensity);
    if (score > bestScore) {
      best = candidate.key;
      bestScore = score;
    }
  }
  return best;
}

/** Share of all articles' paragraph text one article must hold to be the main one (a story, not a list of teasers). */
export const DOMINANT_ARTICLE_SHARE = 0.6;

/** Of several articles, the one holding most of their paragraph text, if it holds enough; else null. */
export function dominantArticle<K>(articles: readonly { key: K; text: number }[]): K | null {
  let total = 0;
  let best: { key: K; text: number } | null = null;
  for (const article of articles) {
    total += article.text;
    if (!best || article.text > best.text) best = article;
  }
  return best && total > 0 && best.text >= total * DOMINANT_ARTICLE_SHARE ? best.key : null;
}
