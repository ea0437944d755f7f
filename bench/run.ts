/**
 * `npm run bench`: Geolens against its baselines, interleaved in one run, as
 * ratios of medians. `npm run bench -- --smoke` is the quick CI version (small
 * pages, one round, no targets). See bench/README.md.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Dataset } from '../src/dataset/types';
import { matcherEntriesFromEntities } from '../src/matcher';
import { startFixtureServer, renderSeedArticle } from '../tests/e2e/fixture-server';
import { launchExtension, type ExtensionSession } from '../tests/e2e/harness';
import { BENCH_DIR, buildContentScriptExtension, buildGeolens } from './build';
import { articlePage, infiniteScrollPage, plainNames, tablePage } from './pages';
import { syntheticDataset, syntheticEntities } from './synthetic';

const SMOKE = process.argv.includes('--smoke');
/** For iterating on one thing: BENCH_PAGES and BENCH_VARIANTS are regular expressions over page and variant names. */
const PAGE_FILTER = new RegExp(process.env.BENCH_PAGES ?? '.');
const VARIANT_FILTER = new RegExp(process.env.BENCH_VARIANTS ?? '.');
const ROUNDS = SMOKE ? 1 : Number(process.env.BENCH_ROUNDS ?? 5);
/** Quiet time between two measurements; see measure(). */
const SETTLE_MS = 400;

type VariantName = 'none' | 'walk' | 'geolens' | 'markjs-array' | 'markjs-regexp';
interface Variant {
  name: VariantName;
  dictionary: string;
  session: ExtensionSession;
}
interface Sample {
  annotateMs: number;
  slices: number;
  longestSliceMs: number;
  longSlices: number;
  firstVisibleMs: number | null;
  matches: string[];
  metrics: Record<string, number>;
  hoverMs: number[];
}

const median = (values: number[]) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;
};

async function waitForIdle(page: Page, variant: VariantName, timeoutMs: number): Promise<void> {
  if (variant === 'none') return void (await page.waitForTimeout(300));
  await page.waitForFunction(() => performance.getEntriesByName('geolens:idle').length > 0, null, { timeout: timeoutMs, polling: 50 });
  // Quiet period: nothing new scheduled for a while means the work is done.
  let count = -1;
  for (;;) {
    const now = await page.evaluate(() => performance.getEntriesByName('geolens:slice').length);
    if (now === count) break;
    count = now;
    await page.waitForTimeout(150);
  }
}

async function measure(variant: Variant, url: string, options: { hover: boolean; timeoutMs: number }): Promise<Sample> {
  const page = await variant.session.context.newPage();
  const cdp = await variant.session.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  try {
    await page.goto(url, { waitUntil: 'load', timeout: options.timeoutMs });
    await waitForIdle(page, variant.name, options.timeoutMs);
    const timings = await page.evaluate(() => {
      const slices = performance.getEntriesByName('geolens:slice').map((e) => e.duration);
      const start = performance.getEntriesByName('geolens:start')[0]?.startTime;
      const visible = performance.getEntriesByName('geolens:first-visible-highlight')[0]?.startTime;
      return { slices, firstVisibleMs: start !== undefined && visible !== undefined ? visible - start : null };
    });
    const matches = await page.evaluate((name) => {
      if (name.startsWith('markjs')) return [...document.querySelectorAll('mark[data-markjs]')].map((m) => m.textContent ?? '');
      if (name !== 'geolens') return [];
      return [...(CSS.highlights as unknown as Map<string, Set<AbstractRange>>)]
        .filter(([key]) => key.startsWith('geolens-') && key !== 'geolens-focus')
        .flatMap(([, h]) => [...h].map((r) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset)));
    }, variant.name);
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    let hoverMs: number[] = [];
    if (options.hover && variant.name === 'geolens') {
      // Sweep the pointer over the top of the page: words, gaps and highlights alike.
      for (let y = 60; y < 700; y += 23) for (let x = 40; x < 760; x += 57) await page.mouse.move(x, y);
      await page.waitForTimeout(100);
      hoverMs = await page.evaluate(() => performance.getEntriesByName('geolens:hover').map((e) => e.duration));
    }
    return {
      annotateMs: timings.slices.reduce((a, b) => a + b, 0),
      slices: timings.slices.length,
      longestSliceMs: Math.max(0, ...timings.slices),
      longSlices: timings.slices.filter((d) => d > 50).length,
      firstVisibleMs: timings.firstVisibleMs,
      matches,
      metrics: Object.fromEntries(metrics.map((m) => [m.name, m.value])),
      hoverMs,
    };
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
    // Let the browser finish tearing the page down (mark.js leaves thousands of nodes behind) before
    // the next variant runs: on two cores, that work would otherwise land in the next measurement.
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  }
}

/** Aliases every highlighter can be handed as is: unconditional, matched as written. */
async function everyMention(session: ExtensionSession): Promise<void> {
  // Highlight every mention, so Geolens does as much work as mark.js.
  await session.serviceWorker?.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: typeof chrome }).chrome;
    await api.storage.sync.set({ settings: { mentionPolicy: 'every' } });
  });
}

async function firstPaint(page: Page): Promise<number> {
  await page.waitForLoadState('load');
  // The paint entry is queued after the frame is presented, which can come after 'load'.
  return page
    .waitForFunction(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime, null, { timeout: 5_000 })
    .then((handle) => handle.jsonValue() as Promise<number>)
    .catch(() => NaN);
}

async function popupMetrics(
  session: ExtensionSession,
  queries: string[],
): Promise<{ firstPaintMs: number; firstPaintsMs: number[]; keystrokeMs: number[] }> {
  // First paint varies from one opening to the next: take the median of several.
  const firstPaintsMs: number[] = [];
  for (let i = 0; i < Math.max(3, ROUNDS); i++) {
    const page = await session.openPopup();
    firstPaintsMs.push(await firstPaint(page));
    await page.close();
  }
  const firstPaintMs = median(firstPaintsMs);
  const page = await session.openPopup();
  try {
    await firstPaint(page);
    const keystrokeMs: number[] = [];
    // A reader looks at the popup before typing; the search index is built in that moment (after first paint).
    await page.waitForTimeout(1000);
    for (const query of queries) {
      const ms = await page.evaluate(async (query) => {
        const input = document.querySelector<HTMLInputElement>('input[type="search"], [role="searchbox"], input');
        if (!input) return NaN;
        input.focus();
        input.value = '';
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((r) => setTimeout(r, 50));
        const changed = new Promise<number>((resolve) => {
          const observer = new MutationObserver(() => {
            observer.disconnect();
            resolve(performance.now());
          });
          observer.observe(document.body, { childList: true, subtree: true, characterData: true });
          setTimeout(() => resolve(NaN), 2000);
        });
        const started = performance.now();
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        return (await changed) - started;
      }, query);
      keystrokeMs.push(ms);
    }
    return { firstPaintMs, firstPaintsMs, keystrokeMs };
  } finally {
    await page.close();
  }
}

function sameMatches(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  const x = [...a].sort();
  const y = [...b].sort();
  return x.every((v, i) => v === y[i]);
}

async function main(): Promise<void> {
  const started = Date.now();
  const real = JSON.parse(readFileSync(join(BENCH_DIR, '..', 'dist', 'dataset.json'), 'utf8')) as Dataset;
  const realNames = plainNames(real);
  const realTerms = matcherEntriesFromEntities(real.entities)
    .filter((e) => e.entityId !== null)
    .map((e) => e.text);

  console.log(`Building variants (${SMOKE ? 'smoke' : `${ROUNDS} rounds`})…`);
  const dictionaries: Record<string, { dataset?: Dataset; names: string[]; terms: string[] }> = {
    real: { names: realNames, terms: realTerms },
  };
  if (!SMOKE) {
    for (const size of [5_000, 50_000]) {
      const entities = syntheticEntities(size);
      dictionaries[`${size / 1000}k`] = {
        dataset: syntheticDataset(entities, 0),
        names: entities.slice(0, 400).map((e) => e.aliases[0]!.text),
        terms: entities.map((e) => e.aliases[0]!.text),
      };
    }
  }
  const builds: Record<string, string> = {};
  for (const [name, dictionary] of Object.entries(dictionaries)) builds[`geolens-${name}`] = await buildGeolens(`geolens-${name}`, dictionary.dataset);
  builds.walk = await buildContentScriptExtension('walk', 'bench/variants/walk.ts');
  for (const mode of ['array', 'regexp'] as const) {
    builds[`markjs-${mode}`] = await buildContentScriptExtension(`markjs-${mode}`, 'bench/variants/markjs.ts', {
      __BENCH_TERMS__: JSON.stringify(JSON.stringify(realTerms)),
      __BENCH_MODE__: JSON.stringify(mode),
    });
  }
  const facts10k = syntheticDataset(syntheticEntities(2_000, 5), 10_000);
  if (!SMOKE) builds['geolens-10k-facts'] = await buildGeolens('geolens-10k-facts', facts10k);

  const server = await startFixtureServer();
  const pages: { id: string; dictionary: string; html: string; markjs: boolean; rounds: number }[] = [];
  pages.push({ id: 'article-50KB', dictionary: 'real', html: articlePage(50_000, realNames), markjs: true, rounds: ROUNDS });
  for (const doc of real.documents) {
    pages.push({ id: `seed-${doc.id.slice(0, 3)}`, dictionary: 'real', html: renderSeedArticle(real, doc.id)!, markjs: true, rounds: ROUNDS });
  }
  if (!SMOKE) {
    pages.push({ id: 'article-1MB', dictionary: 'real', html: articlePage(1_000_000, realNames), markjs: true, rounds: ROUNDS });
    pages.push({ id: 'article-5MB', dictionary: 'real', html: articlePage(5_000_000, realNames), markjs: false, rounds: Math.max(1, ROUNDS - 2) });
    pages.push({ id: 'table-150k', dictionary: 'real', html: tablePage(150_000, realNames), markjs: false, rounds: Math.max(1, ROUNDS - 2) });
    for (const dict of ['5k', '50k']) {
      pages.push({ id: `article-1MB`, dictionary: dict, html: articlePage(1_000_000, dictionaries[dict]!.names), markjs: false, rounds: ROUNDS });
      pages.push({ id: `article-5MB`, dictionary: dict, html: articlePage(5_000_000, dictionaries[dict]!.names), markjs: false, rounds: Math.max(1, ROUNDS - 2) });
    }
  }
  pages.splice(0, pages.length, ...pages.filter((p) => PAGE_FILTER.test(`${p.id} (${p.dictionary})`)));
  for (const page of pages) server.setPage(`/${page.dictionary}/${page.id}.html`, page.html);
  // Match sets are compared on ASCII pages only: elsewhere Geolens's fold (curly quotes, ALL CAPS,
  // non-breaking spaces) rightly finds more than mark.js is asked to.
  const asciiPages = new Set(pages.filter((p) => /^[\x00-\x7f]*$/.test(p.html)).map((p) => `${p.id} (${p.dictionary})`));

  const sessions: Record<string, ExtensionSession> = {};
  const open = async (key: string, extensionPath?: string) =>
    (sessions[key] ??= await launchExtension({ extension: extensionPath !== undefined, extensionPath, viewport: { width: 1200, height: 800 } }));
  await open('none');
  for (const [key, dir] of Object.entries(builds)) {
    await open(key, dir);
    if (key.startsWith('geolens')) await everyMention(sessions[key]!);
  }

  const results: Record<string, Record<string, Sample[]>> = {};
  const record = (pageKey: string, variant: string, sample: Sample) => {
    ((results[pageKey] ??= {})[variant] ??= []).push(sample);
  };
  for (const page of pages) {
    const pageKey = `${page.id} (${page.dictionary})`;
    const variants: Variant[] = [
      { name: 'none', dictionary: page.dictionary, session: sessions.none! },
      { name: 'walk', dictionary: page.dictionary, session: sessions.walk! },
      { name: 'geolens', dictionary: page.dictionary, session: sessions[`geolens-${page.dictionary}`]! },
    ];
    if (page.markjs && page.dictionary === 'real') {
      variants.push({ name: 'markjs-array', dictionary: 'real', session: sessions['markjs-array']! });
      variants.push({ name: 'markjs-regexp', dictionary: 'real', session: sessions['markjs-regexp']! });
    }
    variants.splice(0, variants.length, ...variants.filter((v) => v.name === 'none' || v.name === 'walk' || v.name === 'geolens' || VARIANT_FILTER.test(v.name)));
    for (let round = 0; round < page.rounds; round++) {
      // Interleaved, in a different order each round, so drift on a shared machine hits every variant alike.
      const order = round % 2 ? [...variants].reverse() : variants;
      for (const variant of order) {
        const sample = await measure(variant, `${server.origin}/${page.dictionary}/${page.id}.html`, {
          hover: round === 0,
          timeoutMs: 300_000,
        });
        record(pageKey, variant.name, sample);
      }
      process.stdout.write('.');
    }
    console.log(` ${pageKey}`);
  }

  // Infinite scroll: per-batch cost over the added nodes only, and heap over 20 s.
  const feed = SMOKE || !PAGE_FILTER.test('feed') ? null : infiniteScrollPage(realNames);
  const feedResults: Record<string, { batchMs: number; heapStartMB: number; heapEndMB: number; longSlices: number }> = {};
  if (feed) {
    server.setPage('/feed.html', feed);
    for (const name of ['walk', 'geolens-real', 'none']) {
      const session = sessions[name]!;
      const page = await session.context.newPage();
      const cdp = await session.context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.goto(`${server.origin}/feed.html`);
      await page.waitForTimeout(1000);
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = async () => {
        const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
        return metrics.find((m) => m.name === 'JSHeapUsedSize')!.value / 1e6;
      };
      const heapStartMB = await heap();
      const initial = await page.evaluate(() => performance.getEntriesByName('geolens:slice').length);
      await page.waitForFunction(() => (window as unknown as { feedDone?: number }).feedDone, null, { timeout: 60_000, polling: 500 });
      await page.waitForTimeout(500);
      const { slices, batches } = await page.evaluate((initial) => ({
        slices: performance.getEntriesByName('geolens:slice').slice(initial).map((e) => e.duration),
        batches: (window as unknown as { feedDone: number }).feedDone / 50,
      }), initial);
      await cdp.send('HeapProfiler.collectGarbage');
      feedResults[name] = {
        batchMs: slices.reduce((a, b) => a + b, 0) / batches,
        heapStartMB,
        heapEndMB: await heap(),
        longSlices: slices.filter((d) => d > 50).length,
      };
      await page.close();
    }
  }

  const popup = {
    real: await popupMetrics(sessions['geolens-real']!, ['export share', '84 billion', 'Kazakstan', 'Massimov', 'pipeline']),
    facts10k: SMOKE ? null : await popupMetrics(sessions['geolens-10k-facts']!, ['Kazan', 'billion', 'trade 2010', 'Morvel', 'energy']),
  };

  const shippedScript = readFileSync(join(BENCH_DIR, '..', 'dist', 'src', 'content', 'index.js'));
  const contentScriptGzKB = gzipSync(shippedScript).length / 1024;

  for (const session of Object.values(sessions)) await session.close();
  await server.close();

  // ---- report -------------------------------------------------------------
  const lines: string[] = [];
  const targets: { target: string; value: string; ok: boolean | null }[] = [];
  const stat = (pageKey: string, variant: string, pick: (s: Sample) => number) => median((results[pageKey]?.[variant] ?? []).map(pick));
  const annotate = (pageKey: string, variant: string) => stat(pageKey, variant, (s) => s.annotateMs);
  lines.push('| page (dictionary) | variant | annotate ms (median) | ×walk | slices | longest slice ms | >50 ms | first visible ms | matches | Δlayouts | Δstyle recalcs | Δnodes | Δheap MB |');
  lines.push('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const voided: string[] = [];
  for (const [pageKey, byVariant] of Object.entries(results)) {
    const reference = byVariant.geolens?.[0]?.matches ?? [];
    const walk = annotate(pageKey, 'walk');
    for (const [variant, samples] of Object.entries(byVariant)) {
      const differs = variant.startsWith('markjs') && !sameMatches(samples[0]!.matches, reference);
      const isVoid = differs && asciiPages.has(pageKey);
      if (isVoid) voided.push(`${variant} on ${pageKey}: ${samples[0]!.matches.length} matches vs Geolens ${reference.length}`);
      const delta = (metric: string) => stat(pageKey, variant, (s) => s.metrics[metric]!) - stat(pageKey, 'none', (s) => s.metrics[metric]!);
      const ms = annotate(pageKey, variant);
      lines.push(
        `| ${pageKey} | ${variant}${isVoid ? ' (VOID)' : differs ? ' (non-ASCII page: matches differ)' : ''} | ${variant === 'none' ? '–' : ms.toFixed(1)} | ${variant === 'none' || variant === 'walk' ? '–' : (ms / walk).toFixed(2)} | ` +
          `${stat(pageKey, variant, (s) => s.slices)} | ${stat(pageKey, variant, (s) => s.longestSliceMs).toFixed(1)} | ${Math.max(...samples.map((s) => s.longSlices))} | ` +
          `${variant === 'geolens' ? stat(pageKey, variant, (s) => s.firstVisibleMs ?? NaN).toFixed(1) : '–'} | ${samples[0]!.matches.length || '–'} | ` +
          `${variant === 'none' ? '–' : delta('LayoutCount').toFixed(0)} | ${variant === 'none' ? '–' : delta('RecalcStyleCount').toFixed(0)} | ` +
          `${variant === 'none' ? '–' : delta('Nodes').toFixed(0)} | ${variant === 'none' ? '–' : (delta('JSHeapUsedSize') / 1e6).toFixed(2)} |`,
      );
    }
  }

  const ratio = (a: number, b: number) => a / b;
  const check = (target: string, value: number, ok: (v: number) => boolean, digits = 2) => {
    if (!Number.isFinite(value)) return targets.push({ target, value: 'not measured', ok: null });
    targets.push({ target, value: value.toFixed(digits), ok: ok(value) });
  };
  const k1 = 'article-1MB (real)';
  if (!SMOKE) {
    check('1. 1 MB, real dataset: geolens / walk ≤ 1.5', ratio(annotate(k1, 'geolens'), annotate(k1, 'walk')), (v) => v <= 1.5);
    check('1. 1 MB, 50k aliases: geolens / walk ≤ 2', ratio(annotate('article-1MB (50k)', 'geolens'), annotate('article-1MB (50k)', 'walk')), (v) => v <= 2);
    check('2. 1 MB: markjs-array / geolens ≥ 20', ratio(annotate(k1, 'markjs-array'), annotate(k1, 'geolens')), (v) => v >= 20, 1);
    check('2. 1 MB: markjs-regexp / geolens ≥ 5', ratio(annotate(k1, 'markjs-regexp'), annotate(k1, 'geolens')), (v) => v >= 5, 1);
  }
  // Target 3 per dictionary: the shipped one, and the synthetic ones that show how the design scales.
  for (const [label, pattern] of [['real dataset', /\(real\)$/], ['5k/50k aliases', /\((5k|50k)\)$/]] as const) {
    const keys = Object.keys(results).filter((k) => pattern.test(k));
    if (keys.length === 0) continue;
    const samples = keys.flatMap((k) => results[k]!.geolens ?? []);
    check(`3. slices over 50 ms, any page, ${label}`, Math.max(...samples.map((s) => s.longSlices)), (v) => v === 0, 0);
    const worst = Math.max(...keys.map((k) => stat(k, 'geolens', (s) => s.firstVisibleMs ?? NaN)).filter(Number.isFinite));
    check(`3. first viewport highlight ms, worst page median, ${label}`, worst, (v) => v <= 100, 1);
  }
  if (!SMOKE) {
    check('4. 5 MB / 1 MB (real) ≤ 5.5', ratio(annotate('article-5MB (real)', 'geolens'), annotate(k1, 'geolens')), (v) => v <= 5.5);
    check('4. 50k / real aliases on 1 MB ≤ 1.3', ratio(annotate('article-1MB (50k)', 'geolens'), annotate(k1, 'geolens')), (v) => v <= 1.3);
  }
  if (!SMOKE && feedResults.walk && feedResults['geolens-real'] && feedResults.none) {
    const feedRatio = feedResults['geolens-real'].batchMs / feedResults.walk.batchMs;
    check('5. infinite scroll: batch geolens / walk ≤ 1.5', feedRatio, (v) => v <= 1.5);
    const growth = feedResults['geolens-real'].heapEndMB - feedResults['geolens-real'].heapStartMB - (feedResults.none.heapEndMB - feedResults.none.heapStartMB);
    check('5. infinite scroll: extra heap growth vs none over 20 s (MB)', growth, (v) => v <= 2, 2);
  }
  if (!SMOKE) {
    const deltas = (metric: string) => stat(k1, 'geolens', (s) => s.metrics[metric]!) - stat(k1, 'none', (s) => s.metrics[metric]!);
    check('6. 1 MB vs none: extra layouts', deltas('LayoutCount'), (v) => v <= 2, 0);
    check('6. 1 MB vs none: extra style recalcs', deltas('RecalcStyleCount'), (v) => v <= 2, 0);
    check('6. 1 MB vs none: extra nodes', deltas('Nodes'), (v) => v === 0, 0);
    check('6. 1 MB vs none: extra heap MB', deltas('JSHeapUsedSize') / 1e6, (v) => v <= 2);
  }
  const geolensSamples = Object.values(results).flatMap((r) => r.geolens ?? []);
  check('7. hover handler p95 ms', percentile(geolensSamples.flatMap((s) => s.hoverMs), 95), (v) => v <= 1, 3);
  check('7. popup first paint ms', popup.real.firstPaintMs, (v) => v < 100, 1);
  check('7. keystroke → results ms, real (max of median set)', Math.max(...popup.real.keystrokeMs), (v) => v <= 16, 1);
  if (popup.facts10k) check('7. keystroke → results ms, 10k facts (max)', Math.max(...popup.facts10k.keystrokeMs), (v) => v <= 16, 1);
  check('8. content script KB gzipped ≤ 60', contentScriptGzKB, (v) => v <= 60, 1);

  const report = [
    `## Geolens benchmark (${SMOKE ? 'smoke' : `${ROUNDS} rounds`}, ${new Date().toISOString()})`,
    '',
    ...lines,
    '',
    voided.length ? `**Void timings (match sets differ):**\n${voided.map((v) => `- ${v}`).join('\n')}` : 'All variants found the same matches on every page they ran on.',
    '',
    '| target | value | met |',
    '|---|---:|:---:|',
    ...targets.map((t) => `| ${t.target} | ${t.value} | ${t.ok === null ? '–' : t.ok ? 'yes' : '**no**'} |`),
    '',
    feed ? `Infinite scroll: ${JSON.stringify(feedResults)}` : '',
    `Popup: ${JSON.stringify(popup)}`,
    `Run took ${((Date.now() - started) / 1000).toFixed(0)} s.`,
  ].join('\n');
  console.log('\n' + report);
  mkdirSync(join(BENCH_DIR, 'results'), { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  writeFileSync(join(BENCH_DIR, 'results', `bench-${SMOKE ? 'smoke-' : ''}${stamp}.json`), JSON.stringify({ results, feedResults, popup, contentScriptGzKB, targets }, null, 1));
  writeFileSync(join(BENCH_DIR, 'results', `latest${SMOKE ? '-smoke' : ''}.md`), report + '\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
