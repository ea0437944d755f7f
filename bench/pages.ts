/**
 * Seeded benchmark pages: article-like text with realistic inline markup and
 * an entity mention every so many characters (500 by default), a page whose
 * mentions take the context-rule path, a 150,000-node table, an
 * infinite-scroll feed, and any page in a variant whose load event comes
 * late. Mentions are drawn from the dictionary under test.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Alias } from '../src/model/entity';
import type { Dataset } from '../src/model/dataset';
import { rng } from './synthetic';

/** An alias that counts on its own (no context, not case-insensitive prose). */
const isPlain = (a: Alias) => !a.context?.length && a.case !== 'any';

/** The aliases a page may mention: those that count on their own. */
export function plainNames(dataset: Dataset): string[] {
  return dataset.entities.flatMap((e) => e.aliases.filter(isPlain).map((a) => a.text));
}

const FILLER = (
  'the government said on tuesday that talks would continue after a week of meetings between officials who ' +
  'described the negotiations as constructive while analysts warned that the outcome remained uncertain and ' +
  'markets reacted cautiously to the news with shares in energy companies falling slightly in early trading ' +
  'as investors weighed the prospect of new agreements on infrastructure transport and finance across the region'
).split(' ');

function escape(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const SHELL = (title: string, body: string, script = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font:16px/1.5 Georgia,serif;max-width:46rem;margin:1rem auto;padding:0 1rem} td{padding:0 2px;font:11px monospace}</style>
</head><body>${body}${script}</body></html>`;

export interface ArticleOptions {
  /** About one mention per this many characters of markup (default 500). */
  mentionEvery?: number;
  seed?: number;
  /** Markup after the article (e.g. the paragraph that finally names the context entities). */
  tail?: string;
}

/** About `bytes` of article text in paragraphs, with links, emphasis and a mention every `mentionEvery` characters. */
export function articlePage(bytes: number, names: readonly string[], { mentionEvery = 500, seed = 7, tail = '' }: ArticleOptions = {}): string {
  const random = rng(seed);
  const parts: string[] = ['<header><h1>Regional briefing</h1><p class="byline">By a staff writer</p></header><article>'];
  let size = 0;
  let sinceMention = 0;
  while (size < bytes) {
    const sentences: string[] = [];
    for (let s = 0; s < 4 + Math.floor(random() * 4); s++) {
      const words: string[] = [];
      for (let w = 0; w < 12 + Math.floor(random() * 10); w++) {
        sinceMention += 7;
        if (sinceMention >= mentionEvery) {
          sinceMention = 0;
          words.push(escape(names[Math.floor(random() * names.length)]!));
          continue;
        }
        const word = FILLER[Math.floor(random() * FILLER.length)]!;
        const roll = random();
        words.push(roll < 0.02 ? `<a href="#n${size}">${word}</a>` : roll < 0.035 ? `<em>${word}</em>` : roll < 0.045 ? `<strong>${word}</strong>` : word);
      }
      const sentence = words.join(' ');
      sentences.push(sentence.charAt(0).toUpperCase() + sentence.slice(1) + '.');
    }
    const paragraph = `<p>${sentences.join(' ')}</p>`;
    parts.push(paragraph);
    size += paragraph.length;
    if (random() < 0.05) parts.push(`<h2>Section ${parts.length}</h2>`);
  }
  parts.push('</article>', tail);
  return SHELL(`Article ${bytes}`, parts.join('\n'));
}

/**
 * The context-rule path: every mention is an ambiguous alias ("Xi", "SCO",
 * "Silk Road"…) that counts only once the page names one of its context
 * entities, and the page names them only in its last paragraph. Every
 * mention waits until the end of the page, then resolves.
 */
export function contextPage(bytes: number, dataset: Dataset, mentionEvery = 150): string {
  const ambiguous = dataset.entities.flatMap((e) => e.aliases.filter((a) => a.context?.length).map((a) => a.text));
  const contextIds = new Set(dataset.entities.flatMap((e) => e.aliases.flatMap((a) => a.context ?? [])));
  const confirming = dataset.entities.filter((e) => contextIds.has(e.id)).flatMap((e) => e.aliases.filter(isPlain).slice(0, 1).map((a) => a.text));
  const tail = `<p>Officials from ${confirming.map(escape).join(', ')} attended.</p>`;
  return articlePage(bytes, ambiguous, { mentionEvery, seed: 13, tail });
}

/** The same page, with an image the bench server holds back for `holdMs`: its load event comes that late. */
export function lateLoading(html: string, holdMs: number): string {
  return html.replace('</body>', () => `<img src="/hold/${holdMs}.gif" alt="" width="1" height="1"></body>`);
}

/** A table of `cells` tiny text nodes (every 50th a name): the worst case for per-node overhead. */
export function tablePage(cells: number, names: readonly string[], seed = 11): string {
  const random = rng(seed);
  const rows: string[] = [];
  const perRow = 10;
  for (let r = 0; r < cells / perRow; r++) {
    const tds: string[] = [];
    for (let c = 0; c < perRow; c++) {
      const i = r * perRow + c;
      tds.push(`<td>${i % 50 === 0 ? escape(names[Math.floor(random() * names.length)]!) : (random() * 1000).toFixed(1)}</td>`);
    }
    rows.push(`<tr>${tds.join('')}</tr>`);
  }
  return SHELL('Table', `<table>${rows.join('\n')}</table>`);
}

/**
 * A feed that appends `perBatch` items every `intervalMs` for `durationMs`,
 * the way infinite scroll does. It holds window.benchBusy while it runs (the
 * bench's probe waits for it) and sets window.feedDone when it stops.
 */
export function infiniteScrollPage(names: readonly string[], perBatch = 50, intervalMs = 200, durationMs = 10_000): string {
  const script = `<script>
(() => {
  const names = ${JSON.stringify(names.slice(0, 200))};
  const words = ${JSON.stringify(FILLER)};
  let seed = 3, n = 0;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const feed = document.getElementById('feed');
  const started = performance.now();
  window.benchBusy = true;
  const timer = setInterval(() => {
    const fragment = document.createDocumentFragment();
    for (let i = 0; i < ${perBatch}; i++) {
      const item = document.createElement('article');
      const p = document.createElement('p');
      const text = [];
      for (let w = 0; w < 60; w++) text.push(w % 70 === 35 ? names[Math.floor(random() * names.length)] : words[Math.floor(random() * words.length)]);
      text[35] = names[Math.floor(random() * names.length)];
      p.textContent = 'Item ' + (n++) + ': ' + text.join(' ') + '.';
      item.append(p);
      fragment.append(item);
    }
    feed.append(fragment);
    if (performance.now() - started > ${durationMs}) { clearInterval(timer); window.feedDone = n; window.benchBusy = false; }
  }, ${intervalMs});
})();
</script>`;
  return SHELL('Feed', '<h1>Feed</h1><div id="feed"></div>', script);
}

export interface SharedPage {
  id: string;
  file: string;
  bytes: number;
  mentions: number;
}

/**
 * Real saved pages from `dir` (../shared/pages: third-party, never copied
 * into the project): the `largest` biggest, and the one whose text names
 * `names` most often. Null when the folder is absent.
 */
export function sharedPages(dir: string, names: readonly string[], largest = 2): SharedPage[] | null {
  if (!existsSync(dir)) return null;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const pages = readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .map((name): SharedPage => {
      const file = join(dir, name);
      const text = readFileSync(file, 'utf8').replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]+>/gi, ' ');
      return { id: `real-${name.replace(/\.html$/, '')}`, file, bytes: statSync(file).size, mentions: text.match(pattern)?.length ?? 0 };
    });
  const bySize = [...pages].sort((a, b) => b.bytes - a.bytes).slice(0, largest);
  const mostMentions = [...pages].sort((a, b) => b.mentions - a.mentions)[0];
  return mostMentions && !bySize.includes(mostMentions) ? [...bySize, mostMentions] : bySize;
}
