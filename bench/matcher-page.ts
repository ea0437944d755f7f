/**
 * The page side of `npm run bench:matcher`: the matcher alone, as the
 * annotator feeds it (text nodes in 16K batches joined by NUL), timed on the
 * page's first scan and on its third. `geolens-matcher` is aliased at bundle
 * time to the checkout under test, so one driver measures any of them.
 */
import { Matcher, loadCharTables, type CharTables, type SerializedMatcher } from 'geolens-matcher';
import { BATCH_CHARS } from '../src/content/batch-limits';

declare global {
  interface Window {
    runMatcherBench(mode: 'match' | 'bare'): { ms: number[]; spans: number };
  }
}

window.runMatcherBench = (mode) => {
  const data = JSON.parse(document.getElementById('matcher-data')!.textContent!) as { matcher: SerializedMatcher; charTables: CharTables };
  loadCharTables(data.charTables);
  const matcher = Matcher.fromSerialized(data.matcher);
  const batches: string[] = [];
  let parts: string[] = [];
  let chars = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // The page's own data island is not prose.
    if (node.parentElement?.localName === 'script') continue;
    const text = (node as Text).data;
    parts.push(text);
    chars += text.length + 1;
    if (chars >= BATCH_CHARS) {
      batches.push(parts.join('\0'));
      parts = [];
      chars = 0;
    }
  }
  if (parts.length > 0) batches.push(parts.join('\0'));
  const ms: number[] = [];
  let spans = 0;
  for (let pass = 0; pass < 3; pass++) {
    const started = performance.now();
    spans = 0;
    for (const batch of batches) {
      if (mode === 'match') spans += matcher.match(batch).length;
      else {
        // The floor: read every code unit once and keep the result.
        let sum = 0;
        for (let i = 0; i < batch.length; i++) sum += batch.charCodeAt(i) & 1;
        spans += sum > 0 ? 0 : 1;
      }
    }
    ms.push(performance.now() - started);
  }
  return { ms, spans };
};
