/**
 * The usual highlighter: mark.js over the same alias list, either term by term
 * (`mark(terms)`, how most highlighter extensions work) or as one longest-first
 * alternation (`markRegExp`). It wraps matches in <mark> elements, which is the
 * DOM mutation Geolens avoids.
 */
import Mark from 'mark.js';
import { benchMark, benchMeasure } from '../../src/content/bench-marks';
import { SKIPPED_SELECTOR } from '../../src/content/text-walker';

declare const __BENCH_TERMS__: string;
declare const __BENCH_MODE__: 'array' | 'regexp';

const terms: string[] = JSON.parse(__BENCH_TERMS__);
// Longest first, so "Silk Road Economic Belt" is marked before "Silk Road" can take part of it.
terms.sort((a, b) => b.length - a.length);
const escaped = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
const exclude = SKIPPED_SELECTOR.split(',').concat(['mark', 'mark *']);

function markWithin(root: Element, done: () => void): void {
  // mark.js walks any element; its typings ask for an HTMLElement.
  const instance = new Mark(root as HTMLElement);
  if (__BENCH_MODE__ === 'array') {
    instance.mark(terms, {
      separateWordSearch: false,
      caseSensitive: true,
      diacritics: false,
      accuracy: { value: 'exactly', limiters: [',', '.', ';', ':', '!', '?', "'", '’', '"', '(', ')', '-', '–', '/'] },
      exclude,
      done,
    });
  } else {
    instance.markRegExp(pattern, { exclude, done });
  }
}

let observer: MutationObserver | null = null;
const pending: Element[] = [];

function run(roots: Element[]): void {
  if (roots.length === 0) return;
  const started = performance.now();
  // mark.js changes the DOM; our own observer must not see its work.
  observer?.disconnect();
  let left = roots.length;
  const finish = () => {
    if (--left > 0) return;
    benchMeasure('geolens:slice', started);
    benchMark('geolens:idle');
    observer?.observe(document.documentElement, { childList: true, subtree: true });
  };
  for (const root of roots) markWithin(root, finish);
}

observer = new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) pending.push(node);
  if (pending.length) setTimeout(() => run(pending.splice(0)), 0);
});

benchMark('geolens:start');
run([document.body]);
