/**
 * `npm run bench`: the whole main-thread cost Geolens adds to a page, taken
 * from outside, from Chromium traces (bench/trace.ts), against no extension
 * on the same page in the same run, beside the bare text walk and mark.js,
 * interleaved, with a target table of ratios. `--smoke` (CI): small pages,
 * one round, numbers only. See bench/README.md.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Dataset } from '../src/model/dataset';
import type { PageAnnotations } from '../src/messages/messages';
import { DEFAULT_SETTINGS, type Settings } from '../src/settings/settings';
import { matcherEntriesFromEntities } from '../src/matcher';
import { renderSeedArticle, SHARED_PAGES } from '../tests/e2e/fixture-server';
import { launchExtension, type ExtensionSession } from '../tests/e2e/harness';
import { BENCH_DIR, buildContentScriptExtension, buildGeolens } from './build';
import { articlePage, contextPage, infiniteScrollPage, lateLoading, plainNames, sharedPages, tablePage } from './pages';
import { startBenchServer } from './server';
import { max, median, percentile, sum } from './stats';
import { syntheticDataset, syntheticEntities } from './synthetic';
import { firstVisibleHighlight } from './first-visible-highlight';
import { KINDS, PROBE_URL, readMainThread, startTrace, tasksBetween, type Kind, type MainThread, type Task } from './trace';

const SMOKE = process.argv.includes('--smoke');
/** For iterating on one thing: regular expressions over page ids and variant names. */
const PAGE_FILTER = new RegExp(process.env.BENCH_PAGES ?? '.');
const VARIANT_FILTER = new RegExp(process.env.BENCH_VARIANTS ?? '.');
const ROUNDS = SMOKE ? 1 : Number(process.env.BENCH_ROUNDS ?? 3);
/** Extra dictionaries (synthetic, e.g. "5k,50k"), each run on the 1 MB and 5 MB articles. */
const EXTRA_DICTS = (process.env.BENCH_DICTS ?? '').split(',').filter(Boolean);
/**
 * A load is over this long after its last slice of work and its load event:
 * longer than the content script's 500 ms badge timer, so its message is in.
 */
const QUIET_MS = 700;
/** How long the server holds the image of a late-loading page. */
const HOLD_MS = 3000;
/** Elements restyled beyond `none`'s that still count as the same recalculations: the root's highlight styles. */
const SAME_RECALCS_ELEMENTS = 20;
/** How long after a keyboard step the bench looks for Geolens's work on it. */
const CYCLE_WINDOW_MS = 500;
/** Quiet time between two loads, so that one page's teardown does not land in the next measurement. */
const SETTLE_MS = 300;

type VariantName = 'none' | 'walk' | 'geolens' | 'geolens-every' | 'geolens-paused' | 'geolens-nofigures' | 'markjs-array' | 'markjs-regexp';
const GEOLENS_VARIANTS: readonly VariantName[] = ['geolens', 'geolens-every', 'geolens-paused', 'geolens-nofigures'];

interface BenchPage {
  id: string;
  html: string;
  dictionary: string;
  variants: VariantName[];
  rounds: number;
  /** Real pages run with their scripts off (CSP), as saved pages must. */
  scripts: boolean;
}

const pageKey = (page: BenchPage) => (page.dictionary === 'real' ? page.id : `${page.id} (${page.dictionary})`);

interface Interaction {
  /** Main-thread wall and thread ms: Geolens's tasks, and the frame that shows the outcome. */
  ms: number;
  cpuMs: number;
  forcedLayouts: number;
  /** Style recalculations forced inside its tasks (see Task.forcedRecalcs). */
  forcedRecalcs: number;
  styleRecalcs: number;
}

interface Sample {
  /** Main-thread task time of the load, wall and thread (the bench's probe left out). */
  totalMs: number;
  totalCpuMs: number;
  /** Tasks that contain extension work during the load: their count and time; the longest (wall) and how many went over 50 ms, questions included. */
  extTasks: number;
  extMs: number;
  extCpuMs: number;
  longest: Task | null;
  /** Over 50 ms of thread time, and of wall time. */
  longTasks: number;
  longTasksWall: number;
  kinds: Record<Kind, number>;
  layouts: number;
  styleRecalcs: number;
  extLayouts: number;
  extStyleRecalcs: number;
  extForcedLayouts: number;
  /** Elements restyled during the load, all tasks (see Task.restyledElements). */
  restyledElements: number;
  /** Longest frame once the extension had started (or, without one, over the whole load): thread and wall time. */
  longestFrameMs: number;
  longestFrameWallMs: number;
  longestGcMs: number;
  extLongestGcMs: number;
  slicesMs: number;
  /** Thread time of the frames in which the page changed one small box's colour, six times (REPAINT_PROBE). */
  repaintCpuMs: number;
  /** Thread time of the figure check's tasks (those holding a `geolens:figures` measure): all its work, GC in it included; not the paint of its marks. */
  figuresCpuMs: number;
  heapMB: number;
  nodes: number;
  matches: string[];
  /** The reply as the worker waited for it (wall), and Geolens's tasks on the page meanwhile. */
  answer?: { ms: number; handlerMs: number; handlerCpuMs: number; mentions: number; complete: boolean };
  card?: Interaction & { visibleMs: number };
  cycle?: Interaction;
  hoverMs: number[];
}

// ---- the probe: a main-world script on every page of every variant ---------

/**
 * Tells the bench when a load is over (window.__benchQuiet, and the trace
 * mark bench:quiet) and when the card's host appears (bench:card-host). It
 * knows the extension only by the bench marks it leaves on the shared
 * performance timeline; its own time carries its URL and is left out of
 * every total (trace.ts).
 */
function probeScript(expectIdle: boolean): string {
  return `(() => {
  const QUIET_MS = ${QUIET_MS};
  let idle = ${!expectIdle}, loaded = false, done = false, timer = 0;
  let resolveQuiet;
  window.__benchQuiet = new Promise((resolve) => (resolveQuiet = resolve));
  const check = () => {
    if (done || !idle || !loaded) return;
    if (window.benchBusy) return arm();
    done = true;
    performance.mark('bench:quiet');
    resolveQuiet();
  };
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(check, QUIET_MS);
  };
  new PerformanceObserver((list) => {
    if (done) return;
    for (const entry of list.getEntries()) if (entry.name === 'geolens:idle') idle = true;
    arm();
  }).observe({ entryTypes: ['mark', 'measure'] });
  addEventListener('load', () => ((loaded = true), arm()));
  window.__benchCardHost = new Promise((resolve) => {
    addEventListener('DOMContentLoaded', () => {
      const observer = new MutationObserver((records) => {
        for (const record of records) for (const node of record.addedNodes) {
          if (node.nodeName !== 'GEOLENS-CARD') continue;
          performance.mark('bench:card-host');
          observer.disconnect();
          return resolve(performance.now());
        }
      });
      observer.observe(document.documentElement, { childList: true });
    });
  });
})();
//# sourceURL=${PROBE_URL}`;
}

// ---- one load ---------------------------------------------------------------

interface Variant {
  name: VariantName;
  session: ExtensionSession;
}

const withinTasks = (tasks: Task[], pick: (t: Task) => number) => sum(tasks.map(pick));
const own = (t: Task) => t.ms - t.probeMs;
const ownCpu = (t: Task) => t.cpuMs - t.probeCpuMs;

/** Geolens's tasks in [from, to), and the first frame after the last of them. */
function interaction(thread: MainThread, from: number, to: number): Interaction | undefined {
  const ext = tasksBetween(thread, from, to).filter((t) => t.extension);
  if (ext.length === 0) return undefined;
  const lastEnd = Math.max(...ext.map((t) => t.start + t.ms));
  const frame = thread.tasks.find((t) => t.frame && !t.extension && t.start >= lastEnd);
  const counted = frame ? [...ext, frame] : ext;
  return {
    ms: withinTasks(counted, own),
    cpuMs: withinTasks(counted, ownCpu),
    forcedLayouts: withinTasks(ext, (t) => t.forcedLayouts),
    forcedRecalcs: withinTasks(ext, (t) => t.forcedRecalcs),
    styleRecalcs: withinTasks(ext, (t) => t.styleRecalcs),
  };
}

async function workerCall<T>(session: ExtensionSession, fn: (arg: string) => Promise<T>, arg: string): Promise<T | undefined> {
  try {
    return await session.serviceWorker?.evaluate(fn, arg);
  } catch (error) {
    console.warn(`\n(worker call failed: ${String(error).split('\n')[0]})`);
    return undefined;
  }
}

/**
 * Run in the page, as a string (a function would reach it with the bundler's helpers): marks
 * bench:repaint and bench:repainted around six frames that each recolour one box. The box is added
 * and removed in tasks of their own, outside those frames: Geolens's MutationObserver hears
 * additions and removals, not style changes, so the frames hold none of its work.
 */
const REPAINT_PROBE = `new Promise((resolve) => {
  const box = document.createElement('div');
  box.style.cssText = 'position:fixed;right:0;bottom:0;width:8px;height:8px;background:#f00';
  document.documentElement.append(box);
  setTimeout(() => requestAnimationFrame(() => {
    performance.mark('bench:repaint');
    let frame = 0;
    const step = () => {
      box.style.background = frame % 2 ? '#00f' : '#0f0';
      if (++frame < 6) requestAnimationFrame(step);
      else requestAnimationFrame(() => { performance.mark('bench:repainted'); setTimeout(() => { box.remove(); setTimeout(resolve, 100); }, 50); });
    };
    requestAnimationFrame(step);
  }), 200);
})`;

async function measure(variant: Variant, url: string, options: { interact: boolean; hover: boolean; timeoutMs: number }): Promise<Sample> {
  const page = await variant.session.context.newPage();
  // Without motion: a keyboard step scrolls at once, so its frames are the step's and not an
  // animation's. Set before the page loads: changing it later restyles the page, and the step that
  // followed was charged with that restyle (a style recalculation forced in its task).
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.bringToFront();
  const cdp = await variant.session.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const stop = await startTrace(cdp);
  const clock = [Date.now()];
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: options.timeoutMs });
    await Promise.race([
      page.evaluate(() => (window as unknown as { __benchQuiet: Promise<void> }).__benchQuiet, null),
      page.waitForTimeout(options.timeoutMs).then(() => Promise.reject(new Error(`${variant.name} on ${url}: no quiet moment in ${options.timeoutMs} ms`))),
    ]);

    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
    const { slicesMs, matches } = await page.evaluate((name) => {
      const slicesMs = performance.getEntriesByName('geolens:slice').reduce((a, e) => a + e.duration, 0);
      if (name.startsWith('markjs')) return { slicesMs, matches: [...document.querySelectorAll('mark[data-markjs]')].map((m) => m.textContent ?? '') };
      const matches = [...(CSS.highlights as unknown as Map<string, Set<AbstractRange>>)]
        .filter(([key]) => key.startsWith('geolens-') && key !== 'geolens-focus')
        .flatMap(([, h]) => [...h].map((r) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset)));
      return { slicesMs, matches };
    }, variant.name);

    // The page's own repaints once annotation is over: six frames that each change the colour of one small
    // box of the page's. What Geolens leaves on a page can make the browser's every frame dearer.
    await page.evaluate(REPAINT_PROBE);

    // What the popup and the badge ask, the card's first open, and a keyboard step: shipped configuration only.
    let answer: Sample['answer'];
    let cardMarks: { hover: number; host: number } | undefined;
    let cycled = false;
    // Page marks bracket each question: the trace puts Geolens's answer between them.
    const pageMark = (name: string) => page.evaluate((name) => void performance.mark(name), name);
    clock.push(Date.now());
    if (options.interact) {
      await pageMark('bench:ask');
      answer = await workerCall(
        variant.session,
        async (pageUrl) => {
          const api = (globalThis as unknown as { chrome: typeof chrome }).chrome;
          // The page was brought to the front; without the tabs permission, its URL is not visible here.
          const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
          const started = performance.now();
          const reply = (await api.tabs.sendMessage(tab!.id!, { type: 'page-annotations' }, { frameId: 0 })) as PageAnnotations | undefined;
          const ms = performance.now() - started;
          if (reply?.url !== pageUrl) throw new Error(`the active tab answered for ${reply?.url}, not the page`);
          return { ms, handlerMs: NaN, handlerCpuMs: NaN, mentions: reply?.mentions.length ?? -1, complete: reply?.complete ?? false };
        },
        url,
      );
      await pageMark('bench:answered');
      const point = await firstVisibleHighlight(page);
      if (point) {
        const hover = await page.evaluate(() => (performance.mark('bench:hover'), performance.now()));
        await page.mouse.move(point.x, point.y);
        const host = await Promise.race([
          page.evaluate(() => (window as unknown as { __benchCardHost: Promise<number> }).__benchCardHost),
          page.waitForTimeout(3000).then(() => NaN),
        ]);
        if (Number.isFinite(host)) cardMarks = { hover, host };
        await page.waitForTimeout(200);
        await page.keyboard.press('Escape');
        await page.waitForTimeout(100);
      }
      await pageMark('bench:cycle');
      cycled = !!(await workerCall(
        variant.session,
        async () => {
          const api = (globalThis as unknown as { chrome: typeof chrome }).chrome;
          const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
          await api.tabs.sendMessage(tab!.id!, { type: 'cycle-annotations', direction: 1 }, { frameId: 0 });
          return true;
        },
        url,
      ));
      if (cycled) await page.waitForTimeout(CYCLE_WINDOW_MS);
    }
    clock.push(Date.now());
    const events = await stop();
    clock.push(Date.now());
    if (process.env.BENCH_TRACES) {
      mkdirSync(join(BENCH_DIR, 'results', 'traces'), { recursive: true });
      writeFileSync(join(BENCH_DIR, 'results', 'traces', `${url.split('/').slice(3).join('-')}-${variant.name}-${Date.now()}.json`), JSON.stringify({ traceEvents: events }));
    }
    const thread = readMainThread(events, url);
    if (process.env.BENCH_VERBOSE) {
      const [load, interact, trace] = clock.slice(1).map((t, i) => t - clock[i]!);
      console.log(`\n${variant.name} ${url.split('/').pop()}: load ${load} ms, questions ${interact} ms, trace ${trace} ms + ${Date.now() - clock.at(-1)!} ms to read (${events.length} events)`);
    }

    let hoverMs: number[] = [];
    if (options.hover) {
      // Sweep the pointer over the top of the page: words, gaps and highlights alike.
      await page.keyboard.press('Escape');
      for (let y = 60; y < 700; y += 64) for (let x = 40; x < 760; x += 80) await page.mouse.move(x, y);
      await page.waitForTimeout(100);
      hoverMs = await page.evaluate(() => performance.getEntriesByName('geolens:hover').map((e) => e.duration));
    }

    const mark = (name: string) => thread.marks.get(name)?.at(-1) ?? NaN;
    const quiet = mark('bench:quiet');
    const load = tasksBetween(thread, -Infinity, quiet);
    const ext = load.filter((t) => t.extension);
    const firstExt = ext[0]?.start ?? -Infinity;
    // Long tasks: the load and the questions after it alike (a slow answer is a long task too).
    const allExt = thread.tasks.filter((t) => t.extension);
    const longest = allExt.reduce<Task | null>((a, t) => (!a || t.cpuMs > a.cpuMs ? t : a), null);
    const kinds = Object.fromEntries(KINDS.map((k) => [k, withinTasks(load, (t) => t.kinds[k])])) as Record<Kind, number>;
    if (answer) {
      const handler = tasksBetween(thread, mark('bench:ask'), mark('bench:answered')).filter((t) => t.extension);
      answer.handlerMs = withinTasks(handler, own);
      answer.handlerCpuMs = withinTasks(handler, ownCpu);
    }
    let card: Sample['card'];
    if (cardMarks) {
      const result = interaction(thread, mark('bench:hover'), mark('bench:card-host') + 200);
      if (result) card = { ...result, visibleMs: cardMarks.host - cardMarks.hover - DEFAULT_SETTINGS.hoverDelayMs };
    }
    const cycle = cycled ? interaction(thread, mark('bench:cycle'), mark('bench:cycle') + CYCLE_WINDOW_MS) : undefined;
    if (!Number.isFinite(quiet)) console.warn(`\n(no bench:quiet mark in the trace of ${variant.name} on ${url})`);
    return {
      totalMs: withinTasks(load, own),
      totalCpuMs: withinTasks(load, ownCpu),
      extTasks: ext.length,
      extMs: withinTasks(ext, own),
      extCpuMs: withinTasks(ext, ownCpu),
      longest,
      longTasks: allExt.filter((t) => t.cpuMs > 50).length,
      longTasksWall: allExt.filter((t) => t.ms > 50).length,
      kinds,
      layouts: withinTasks(load, (t) => t.layouts),
      styleRecalcs: withinTasks(load, (t) => t.styleRecalcs),
      extLayouts: withinTasks(ext, (t) => t.layouts),
      extStyleRecalcs: withinTasks(ext, (t) => t.styleRecalcs),
      extForcedLayouts: withinTasks(ext, (t) => t.forcedLayouts + t.forcedRecalcs),
      restyledElements: withinTasks(load, (t) => t.restyledElements),
      longestFrameMs: max(load.filter((t) => t.frame && t.start >= firstExt).map((t) => t.cpuMs)),
      longestFrameWallMs: max(load.filter((t) => t.frame && t.start >= firstExt).map((t) => t.ms)),
      longestGcMs: max(load.map((t) => t.longestGcMs)),
      extLongestGcMs: max(ext.map((t) => t.longestGcMs)),
      slicesMs,
      repaintCpuMs: withinTasks(tasksBetween(thread, mark('bench:repaint'), mark('bench:repainted')).filter((t) => t.frame), ownCpu),
      figuresCpuMs: withinTasks(allExt.filter((t) => (thread.marks.get('geolens:figures') ?? []).some((at) => at >= t.start && at < t.start + t.ms)), ownCpu),
      heapMB: metric('JSHeapUsedSize') / 1e6,
      nodes: metric('Nodes'),
      matches,
      answer,
      card,
      cycle,
      hoverMs,
    };
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  }
}

// ---- the popup ----------------------------------------------------------------

async function firstPaint(page: Page): Promise<number> {
  await page.waitForLoadState('load');
  // The paint entry is queued after the frame is presented, which can come after 'load'.
  return page
    .waitForFunction(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime, null, { timeout: 5_000 })
    .then((handle) => handle.jsonValue() as Promise<number>)
    .catch(() => NaN);
}

interface PopupMetrics {
  firstPaintMs: number;
  keystrokeMs: number[];
}

async function popupMetrics(session: ExtensionSession, queries: string[]): Promise<PopupMetrics> {
  // First paint varies from one opening to the next: take the median of several.
  const firstPaintsMs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const page = await session.openPopup();
    firstPaintsMs.push(await firstPaint(page));
    await page.close();
  }
  const page = await session.openPopup();
  try {
    await firstPaint(page);
    // A reader looks at the popup before typing; the search index is built in that moment (after first paint).
    await page.waitForTimeout(1000);
    const keystrokeMs: number[] = [];
    for (const query of queries) {
      keystrokeMs.push(
        await page.evaluate(async (query) => {
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
        }, query),
      );
    }
    return { firstPaintMs: median(firstPaintsMs), keystrokeMs };
  } finally {
    await page.close();
  }
}

// ---- the run ------------------------------------------------------------------

function sameMatches(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  const x = [...a].sort();
  const y = [...b].sort();
  return x.every((v, i) => v === y[i]);
}

async function configure(session: ExtensionSession, settings: Partial<Settings>): Promise<void> {
  await session.serviceWorker?.evaluate(async (settings) => {
    const api = (globalThis as unknown as { chrome: typeof chrome }).chrome;
    await api.storage.sync.set({ settings });
  }, settings);
}

async function main(): Promise<void> {
  const started = Date.now();
  const real = JSON.parse(readFileSync(join(BENCH_DIR, '..', 'dist', 'dataset.json'), 'utf8')) as Dataset;
  const realNames = plainNames(real);
  const realTerms = matcherEntriesFromEntities(real.entities)
    .filter((e) => e.entityId !== null)
    .map((e) => e.text);

  // ---- pages
  const pages: BenchPage[] = [];
  const base: VariantName[] = ['none', 'walk', 'geolens', 'geolens-every'];
  // mark.js-array takes seconds per load: the smoke run leaves it out.
  const markjs: VariantName[] = SMOKE ? ['markjs-regexp'] : ['markjs-array', 'markjs-regexp'];
  const heavy = Math.max(1, ROUNDS - 1);
  const add = (id: string, html: string, variants: VariantName[], options: Partial<BenchPage> = {}) =>
    pages.push({ id, html, dictionary: 'real', variants, rounds: ROUNDS, scripts: true, ...options });
  const generated: [string, string, Partial<BenchPage>][] = [
    ['article-50KB', articlePage(50_000, realNames), {}],
    ['context-50KB', contextPage(50_000, real), {}],
  ];
  if (!SMOKE) {
    generated.push(
      ['article-1MB', articlePage(1_000_000, realNames), {}],
      ['article-1MB-150', articlePage(1_000_000, realNames, { mentionEvery: 150 }), {}],
      ['article-5MB', articlePage(5_000_000, realNames), { rounds: heavy }],
      ['article-5MB-150', articlePage(5_000_000, realNames, { mentionEvery: 150 }), { rounds: heavy }],
      ['context-1MB', contextPage(1_000_000, real), { rounds: heavy }],
      ['table-150k', tablePage(150_000, realNames), { rounds: heavy }],
    );
  }
  for (const [id, html, options] of generated) {
    const extra: VariantName[] = id === 'article-50KB' || id === 'article-1MB' ? [...markjs, 'geolens-paused', 'geolens-nofigures'] : [];
    add(id, html, [...base, ...extra], options);
  }
  for (const doc of SMOKE ? real.documents.slice(0, 1) : real.documents) add(`seed-${doc.id.slice(0, 3)}`, renderSeedArticle(real, doc.id)!, [...base, ...markjs]);
  // Late load: the badge's question (asked at the load event) lands after annotation, as on real sites.
  // Geolens alone, one round: they are there for what lands after annotation (its tasks, long tasks,
  // the questions), not for added time or ratios.
  for (const [id, html] of SMOKE ? generated.slice(0, 1) : generated) add(`${id}-late`, lateLoading(html, HOLD_MS), ['geolens'], { rounds: 1 });
  const shared = sharedPages(SHARED_PAGES, realNames);
  if (!shared) console.log(`Notice: ${SHARED_PAGES} is absent; the real pages are skipped.`);
  for (const page of SMOKE ? (shared ?? []).filter((p) => p.bytes < 200_000) : (shared ?? [])) {
    add(page.id, readFileSync(page.file, 'utf8'), base, { scripts: false, rounds: page.bytes > 1_000_000 ? heavy : ROUNDS });
  }
  if (!SMOKE) add('feed', infiniteScrollPage(realNames), base, { rounds: 1 });
  const extraDicts: Record<string, Dataset> = {};
  for (const dict of EXTRA_DICTS) {
    const entities = syntheticEntities(Number.parseInt(dict, 10) * 1000);
    extraDicts[dict] = syntheticDataset(entities, 0);
    const names = entities.slice(0, 400).map((e) => e.aliases[0]!.text);
    add('article-1MB', articlePage(1_000_000, names), ['none', 'walk', 'geolens'], { dictionary: dict });
    add('article-5MB', articlePage(5_000_000, names), ['none', 'walk', 'geolens'], { dictionary: dict, rounds: heavy });
  }
  pages.splice(0, pages.length, ...pages.filter((p) => PAGE_FILTER.test(pageKey(p))));
  for (const page of pages) page.variants = page.variants.filter((v) => v === 'none' || VARIANT_FILTER.test(v));

  // ---- builds and browsers
  console.log(`Building variants (${SMOKE ? 'smoke' : `${ROUNDS} rounds`})…`);
  const wanted = new Set(pages.flatMap((p) => p.variants.map((v) => (GEOLENS_VARIANTS.includes(v) ? `geolens-${p.dictionary}` : v))));
  const builds: Record<string, string> = {};
  // Always: the popup is measured on it even when a filter leaves it out of the pages.
  builds['geolens-real'] = await buildGeolens('geolens-real');
  for (const [dict, dataset] of Object.entries(extraDicts)) builds[`geolens-${dict}`] = await buildGeolens(`geolens-${dict}`, dataset);
  if (wanted.has('walk')) builds.walk = await buildContentScriptExtension('walk', 'bench/variants/walk.ts');
  for (const mode of ['array', 'regexp'] as const) {
    if (!wanted.has(`markjs-${mode}`)) continue;
    builds[`markjs-${mode}`] = await buildContentScriptExtension(`markjs-${mode}`, 'bench/variants/markjs.ts', {
      __BENCH_TERMS__: JSON.stringify(JSON.stringify(realTerms)),
      __BENCH_MODE__: JSON.stringify(mode),
    });
  }
  if (!SMOKE) builds['geolens-10k-facts'] = await buildGeolens('geolens-10k-facts', syntheticDataset(syntheticEntities(2_000, 5), 10_000));

  const server = await startBenchServer();
  server.setPage('/warm-up.html', articlePage(20_000, realNames));
  const sessions = new Map<string, ExtensionSession>();
  const open = async (key: string, dir: string | undefined, expectIdle: boolean, settings?: Partial<Settings>) => {
    const session = await launchExtension({ extension: dir !== undefined, extensionPath: dir, viewport: { width: 1200, height: 800 } });
    await session.context.addInitScript({ content: probeScript(expectIdle) });
    if (settings) await configure(session, settings);
    // A browser's first page pays for starting its renderer, fonts and caches: not measured.
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/warm-up.html`);
    await page.evaluate(() => (window as unknown as { __benchQuiet: Promise<void> }).__benchQuiet);
    await page.close();
    sessions.set(key, session);
  };
  const sessionKey = (variant: VariantName, dictionary: string) => (variant === 'geolens' ? `geolens-${dictionary}` : variant);
  const needed = new Set(pages.flatMap((p) => p.variants.map((v) => sessionKey(v, p.dictionary))));
  await open('none', undefined, false);
  for (const key of needed) {
    if (key === 'none' || sessions.has(key)) continue;
    // Every mention of every known entity: what mark.js marks, like for like (the shipped scope marks related entities only).
    if (key === 'geolens-every') await open(key, builds['geolens-real'], true, { mentionPolicy: 'every', highlightScope: 'all' });
    else if (key === 'geolens-paused') await open(key, builds['geolens-real'], false, { excludedSites: ['127.0.0.1'] });
    else if (key === 'geolens-nofigures') await open(key, builds['geolens-real'], true, { checkFigures: false });
    else await open(key, builds[key], true);
  }
  if (!sessions.has('geolens-real')) await open('geolens-real', builds['geolens-real'], true);
  if (builds['geolens-10k-facts']) await open('geolens-10k-facts', builds['geolens-10k-facts'], true);

  // ---- measure, interleaved
  const results: Record<string, Record<string, Sample[]>> = {};
  for (const page of pages) {
    const key = pageKey(page);
    server.setPage(`/${page.dictionary}/${page.id}.html`, page.html, { scripts: page.scripts });
    const url = `${server.origin}/${page.dictionary}/${page.id}.html`;
    for (let round = 0; round < page.rounds; round++) {
      // A different order each round, so drift on a shared machine hits every variant alike.
      const order = round % 2 ? [...page.variants].reverse() : page.variants;
      // One mark.js-array load per page is enough for a ratio of 20 (it takes seconds per load).
      for (const name of order.filter((v) => v !== 'markjs-array' || round === 0)) {
        const variant = { name, session: sessions.get(sessionKey(name, page.dictionary))! };
        const shipped = name === 'geolens' && page.dictionary === 'real' && page.id !== 'feed';
        const sample = await measure(variant, url, { interact: shipped, hover: shipped && round === 0, timeoutMs: 120_000 });
        ((results[key] ??= {})[name] ??= []).push(sample);
      }
      process.stdout.write('.');
    }
    server.setPage(`/${page.dictionary}/${page.id}.html`, '');
    console.log(` ${key}`);
  }
  await server.close();

  const popup = {
    real: await popupMetrics(sessions.get('geolens-real')!, ['export share', '84 billion', 'Kazakstan', 'Massimov', 'pipeline']),
    facts10k: sessions.has('geolens-10k-facts') ? await popupMetrics(sessions.get('geolens-10k-facts')!, ['Kazan', 'billion', 'trade 2010', 'Morvel', 'energy']) : null,
  };
  for (const session of sessions.values()) await session.close();
  const contentScriptGzKB = gzipSync(readFileSync(join(BENCH_DIR, '..', 'dist', 'src', 'content', 'index.js'))).length / 1024;

  const report = renderReport(pages, results, popup, contentScriptGzKB);
  const text = [`## Geolens benchmark (${SMOKE ? 'smoke' : `${ROUNDS} rounds`}, ${new Date().toISOString()})`, '', report.text, '', `Run took ${((Date.now() - started) / 1000).toFixed(0)} s.`].join('\n');
  console.log('\n' + text);
  mkdirSync(join(BENCH_DIR, 'results'), { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const slim = JSON.parse(JSON.stringify(results, (k, v) => (k === 'matches' ? (v as string[]).length : v)));
  writeFileSync(join(BENCH_DIR, 'results', `bench-${SMOKE ? 'smoke-' : ''}${stamp}.json`), JSON.stringify({ results: slim, popup, contentScriptGzKB, targets: report.targets }, null, 1));
  writeFileSync(join(BENCH_DIR, 'results', `latest${SMOKE ? '-smoke' : ''}.md`), text + '\n');
}

// ---- the report -----------------------------------------------------------------

interface Target {
  target: string;
  value: string;
  ok: boolean | null;
}

const fmt = (v: number, digits = 1) => (Number.isFinite(v) ? v.toFixed(digits) : '–');

function renderReport(
  pages: BenchPage[],
  results: Record<string, Record<string, Sample[]>>,
  popup: { real: PopupMetrics; facts10k: PopupMetrics | null },
  contentScriptGzKB: number,
): { text: string; targets: Target[] } {
  const samples = (page: string, variant: string) => results[page]?.[variant] ?? [];
  const stat = (page: string, variant: string, pick: (s: Sample) => number) => median(samples(page, variant).map(pick));
  const worst = (page: string, variant: string, pick: (s: Sample) => number) => max(samples(page, variant).map(pick));
  /** Against `none` on the same page: paired by round (the loads of one round ran side by side), then the median. */
  const deltas = (page: string, variant: string, pick: (s: Sample) => number) => {
    const none = samples(page, 'none');
    return samples(page, variant).map((s, i) => pick(s) - (none[i] ? pick(none[i]) : NaN));
  };
  const delta = (page: string, variant: string, pick: (s: Sample) => number) => median(deltas(page, variant, pick));
  /** The spread of the paired differences behind a median, when there are several: how much to trust it. */
  const spread = (page: string, variant: string) => {
    const values = deltas(page, variant, (s) => s.totalCpuMs).filter(Number.isFinite);
    return values.length > 1 ? ` (${fmt(Math.min(...values), 0)}…${fmt(Math.max(...values), 0)})` : '';
  };
  /** What a variant adds to the page: main-thread thread time, minus `none`'s. */
  const added = (page: string, variant: string) => delta(page, variant, (s) => s.totalCpuMs);
  const asciiPages = new Set(pages.filter((p) => /^[\x00-\x7f]*$/.test(p.html)).map(pageKey));
  const pagesWith = (variant: string) => Object.keys(results).filter((p) => results[p]![variant]);
  /** The page where `pick` is largest, and its value. */
  const worstPage = (variant: string, pick: (page: string) => number) => {
    let page = '';
    let value = NaN;
    for (const p of pagesWith(variant)) {
      const v = pick(p);
      if (Number.isFinite(v) && !(v <= value)) [page, value] = [p, v];
    }
    return { page, value };
  };

  const table: string[] = [
    '| page | variant | added CPU ms (range over rounds) | ×walk | its tasks CPU ms | added wall ms | longest task with its work: CPU (wall) ms | over 50 ms: CPU (wall) | Δstyle, Δlayout, Δpaint CPU ms | Δlayouts | layouts, recalcs in its tasks (forced) | longest frame CPU (wall) ms | GC in its tasks ms | slices ms | Δheap MB | matches |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const notes: string[] = [];
  for (const [page, byVariant] of Object.entries(results)) {
    const reference = byVariant['geolens-every']?.[0]?.matches;
    const walk = added(page, 'walk');
    for (const [variant, list] of Object.entries(byVariant)) {
      if (variant === 'none') {
        table.push(`| ${page} | none | (total ${fmt(stat(page, variant, (s) => s.totalCpuMs))}) | | | (total ${fmt(stat(page, variant, (s) => s.totalMs))}) |${' |'.repeat(10)}`);
        continue;
      }
      const differs = variant.startsWith('markjs') && reference !== undefined && !sameMatches(list[0]!.matches, reference);
      const isVoid = differs && asciiPages.has(page);
      if (isVoid) notes.push(`**VOID** ${variant} on ${page}: ${list[0]!.matches.length} matches against Geolens's ${reference!.length}.`);
      const a = added(page, variant);
      table.push(
        `| ${page} | ${variant}${isVoid ? ' (VOID)' : differs ? ' (non-ASCII page: matches differ)' : ''} | ${fmt(a)}${spread(page, variant)} | ${variant === 'walk' || !(walk > 0) ? '' : fmt(a / walk, 2)} | ` +
          `${fmt(stat(page, variant, (s) => s.extCpuMs))} | ${fmt(delta(page, variant, (s) => s.totalMs))} | ` +
          `${fmt(stat(page, variant, (s) => s.longest?.cpuMs ?? 0))} (${fmt(stat(page, variant, (s) => s.longest?.ms ?? 0))}) | ${worst(page, variant, (s) => s.longTasks)} (${worst(page, variant, (s) => s.longTasksWall)}) | ` +
          `${(['style', 'layout', 'paint'] as const).map((k) => fmt(delta(page, variant, (s) => s.kinds[k]))).join(', ')} | ${fmt(delta(page, variant, (s) => s.layouts), 0)} | ` +
          `${worst(page, variant, (s) => s.extLayouts)}, ${worst(page, variant, (s) => s.extStyleRecalcs)} (${worst(page, variant, (s) => s.extForcedLayouts)}) | ` +
          `${fmt(stat(page, variant, (s) => s.longestFrameMs))} (${fmt(stat(page, variant, (s) => s.longestFrameWallMs))}) | ${fmt(worst(page, variant, (s) => s.extLongestGcMs))} | ` +
          `${variant.startsWith('markjs') ? '' : fmt(stat(page, variant, (s) => s.slicesMs))} | ${fmt(delta(page, variant, (s) => s.heapMB), 2)} | ${list[0]!.matches.length || '–'} |`,
      );
    }
  }

  // The longest task with Geolens work in it (shipped settings), worst round, by kind of work.
  const breakdown = [`| page | wall ms | CPU ms | ${KINDS.join(' | ')} |`, `|---|---:|---:|${KINDS.map(() => '---:').join('|')}|`];
  // The page's own repaints after annotation: Chromium re-walks every box of the page in each frame
  // that repaints anything while one styled custom highlight holds a range (docs/perf-log.md).
  const repaints = [
    '| page | none | geolens | geolens-every | geolens-paused |',
    '|---|---:|---:|---:|---:|',
    ...[...new Set(pagesWith('geolens'))].map(
      (page) => `| ${page} | ${['none', 'geolens', 'geolens-every', 'geolens-paused'].map((v) => fmt(stat(page, v, (s) => s.repaintCpuMs))).join(' | ')} |`,
    ),
  ];
  const questions = [
    '| page | page-annotations reply ms | its tasks CPU ms | mentions | card first open CPU (wall) ms | card shown after the dwell ms | keyboard step CPU (wall) ms | forced layouts (style recalcs): card, keyboard | hover p95 ms |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const page of pagesWith('geolens')) {
    const list = samples(page, 'geolens');
    const longest = list.map((s) => s.longest).reduce<Task | null>((a, t) => (t && (!a || t.cpuMs > a.cpuMs) ? t : a), null);
    if (longest) breakdown.push(`| ${page} | ${fmt(longest.ms)} | ${fmt(longest.cpuMs)} | ${KINDS.map((k) => fmt(longest.kinds[k])).join(' | ')} |`);
    if (!list.some((s) => s.answer || s.card || s.cycle)) continue;
    const m = (pick: (s: Sample) => number | undefined, digits = 1) => fmt(stat(page, 'geolens', (s) => pick(s) ?? NaN), digits);
    questions.push(
      `| ${page} | ${m((s) => s.answer?.ms, 2)} | ${m((s) => s.answer?.handlerCpuMs, 2)} | ${list[0]?.answer?.mentions ?? '–'} | ` +
        `${m((s) => s.card?.cpuMs, 2)} (${m((s) => s.card?.ms, 2)}) | ${m((s) => s.card?.visibleMs)} | ${m((s) => s.cycle?.cpuMs, 2)} (${m((s) => s.cycle?.ms, 2)}) | ` +
        `${fmt(worst(page, 'geolens', (s) => s.card?.forcedLayouts ?? NaN), 0)} (${fmt(worst(page, 'geolens', (s) => s.card?.forcedRecalcs ?? NaN), 0)}), ` +
        `${fmt(worst(page, 'geolens', (s) => s.cycle?.forcedLayouts ?? NaN), 0)} (${fmt(worst(page, 'geolens', (s) => s.cycle?.forcedRecalcs ?? NaN), 0)}) | ` +
        `${fmt(percentile(list.flatMap((s) => s.hoverMs), 95), 3)} |`,
    );
  }

  // ---- targets (full runs only: a smoke run prints numbers, never a verdict)
  const targets: Target[] = [];
  const check = (target: string, value: number, ok: (v: number) => boolean, digits = 2, detail = '') => {
    if (!Number.isFinite(value)) return void targets.push({ target, value: 'not measured', ok: null });
    targets.push({ target, value: `${value.toFixed(digits)}${detail ? ` (${detail})` : ''}`, ok: ok(value) });
  };
  const across = (variant: string, pick: (s: Sample) => number) => sum(pagesWith(variant).map((p) => worst(p, variant, pick)));
  if (!SMOKE) {
    const long = worstPage('geolens', (p) => worst(p, 'geolens', (s) => s.longest?.cpuMs ?? 0));
    const wall = across('geolens', (s) => s.longTasksWall);
    check('1. tasks over 50 ms (thread time) with Geolens work, any page', across('geolens', (s) => s.longTasks), (v) => v === 0, 0, `longest ${fmt(long.value)} ms, ${long.page}; over 50 ms of wall time: ${wall}`);
    const reply = worstPage('geolens', (p) => stat(p, 'geolens', (s) => s.answer?.ms ?? NaN));
    check('2. page-annotations reply ms (wall, at the worker), worst page < 5', reply.value, (v) => v < 5, 2, reply.page);
    const keys = worstPage('geolens', (p) => stat(p, 'geolens', (s) => s.cycle?.cpuMs ?? NaN));
    check('2. keyboard step CPU ms (its tasks + next frame), worst page < 5', keys.value, (v) => v < 5, 2, keys.page);
    const card = worstPage('geolens', (p) => stat(p, 'geolens', (s) => s.card?.cpuMs ?? NaN));
    check("2. card's first open CPU ms (its tasks + next frame), worst page < 5", card.value, (v) => v < 5, 2, card.page);
    for (const [variant, state] of [['geolens', 'active'], ['geolens-paused', 'paused']] as const) {
      const recalcs = across(variant, (s) => s.extStyleRecalcs);
      const where = pagesWith(variant).filter((p) => worst(p, variant, (s) => s.extStyleRecalcs) > 0);
      const style = worstPage(variant, (p) => delta(p, variant, (s) => s.kinds.style));
      // Elements restyled, against none's: what the recalculations did, whatever the machine's speed in that load.
      const restyled = worstPage(variant, (p) => Math.abs(delta(p, variant, (s) => s.restyledElements)));
      const counted = pagesWith(variant)
        .filter((p) => samples(p, 'none').length > 0)
        .every((p) => stat(p, 'none', (s) => s.restyledElements) > 0);
      const target = `2. added style-recalc CPU ms while ${state}, worst page (0 recalcs in its tasks, Δ ≤ 1 ms of noise)`;
      const detail = `${style.page}; ${recalcs} in its tasks${where.length ? `: ${where.join(', ')}` : ''}; elements restyled vs none at most ${fmt(restyled.value, 0)}, ${restyled.page}`;
      // The same recalculations as with no extension, to a few elements (the root's highlight styles, one
      // per ::highlight rule): a Δ of time is then within what the same work varies by from one load to the
      // next, unless the rules cost more per element, which docs/perf-log.md measured at nothing. Only when
      // the trace gave element counts at all (a trace without them would read as "the same").
      if (style.value > 1 && recalcs === 0 && counted && restyled.value <= SAME_RECALCS_ELEMENTS) {
        targets.push({ target, value: `no verdict: the page's own recalculations, Δ ${fmt(style.value, 2)} ms of time (${detail})`, ok: null });
      } else check(target, style.value, (v) => v <= 1 && recalcs === 0, 2, detail);
    }
    const frame = worstPage('geolens-every', (p) => (p.startsWith('article-5MB') ? stat(p, 'geolens-every', (s) => s.longestFrameMs) : NaN));
    check('2. every mention: longest frame ms (thread time) on the 5 MB pages ≤ 50', frame.value, (v) => v <= 50, 1, frame.page);
    const gc = worstPage('geolens', (p) => worst(p, 'geolens', (s) => s.extLongestGcMs));
    check('2. longest GC inside a task with Geolens work, ms ≤ 50', gc.value, (v) => v <= 50, 1, gc.page);
    // Beside each ratio of added time, the same ratio of its own tasks' time: no page work in it, so far less noise.
    const own = (page: string, variant: string) => stat(page, variant, (s) => s.extCpuMs);
    const ratio = (a: [string, string], b: [string, string], limit: number, target: string) => {
      const detail = `its tasks alone: ${fmt(own(...a) / own(...b), 2)}`;
      // An added time at or below zero is the page's noise, not a cost: no verdict on a ratio of it.
      if (!(added(...a) > 0 && added(...b) > 0)) return void targets.push({ target, value: `no verdict: added ${fmt(added(...a))} / ${fmt(added(...b))} ms (${detail})`, ok: null });
      check(target, added(...a) / added(...b), (v) => v <= limit, 2, detail);
    };
    ratio(['article-1MB', 'geolens'], ['article-1MB', 'walk'], 3, '3. 1 MB, a mention per 500 characters: added / walk ≤ 3');
    ratio(['article-1MB-150', 'geolens'], ['article-1MB-150', 'walk'], 4, '3. 1 MB, a mention per 150 characters: added / walk ≤ 4');
    // The figure check adds a few ms to ~150: well under what two loads of the same page differ by, so
    // a difference of two medians of added time cannot decide 5%. Its own tasks' thread time, against
    // Geolens's own tasks with it off (less than all Geolens adds, so the ratio errs high), can.
    const figures = stat('article-1MB', 'geolens', (s) => s.figuresCpuMs);
    const offOwn = own('article-1MB', 'geolens-nofigures');
    const spread = (variant: string) => samples('article-1MB', variant).map((s) => s.totalCpuMs);
    const range = (v: string) => `${fmt(Math.min(...spread(v)))}…${fmt(Math.max(...spread(v)))}`;
    const offPage = stat('article-1MB', 'geolens-nofigures', (s) => s.totalCpuMs);
    if (offPage > 0 && Number.isFinite(figures)) {
      // The issue's words: "the 1 MB page costs at most 5% more with figure checking on than off".
      check("3. 1 MB: the figure check's own tasks / the page's whole main-thread time with it off (CPU) ≤ 0.05 (issue 22)", figures / offPage, (v) => v <= 0.05, 3,
        `${fmt(figures)} of ${fmt(offPage)} ms; page totals on ${range('geolens')}, off ${range('geolens-nofigures')} ms`);
    }
    if (offOwn > 0 && Number.isFinite(figures)) {
      check("3. 1 MB, stricter: the figure check's own tasks / Geolens's own tasks with it off (CPU) ≤ 0.05", figures / offOwn, (v) => v <= 0.05, 3,
        `${fmt(figures)} of ${fmt(offOwn)} ms; added on / off ${fmt(added('article-1MB', 'geolens') / added('article-1MB', 'geolens-nofigures'), 2)}`);
    }
    ratio(['article-5MB-150', 'geolens'], ['article-1MB-150', 'geolens'], 5.5, '4. added, 5 MB / 1 MB, a mention per 150 characters ≤ 5.5');
    ratio(['article-5MB', 'geolens'], ['article-1MB', 'geolens'], 5.5, '4. added, 5 MB / 1 MB, a mention per 500 characters ≤ 5.5');
    const extraLayouts = worstPage('geolens', (p) => delta(p, 'geolens', (s) => s.layouts));
    check('5. layouts in Geolens tasks during annotation, all pages', across('geolens', (s) => s.extLayouts), (v) => v === 0, 0, `Δlayouts vs none at most ${fmt(extraLayouts.value, 0)}, ${extraLayouts.page}`);
    const forcedAt = pagesWith('geolens').filter((p) => worst(p, 'geolens', (s) => s.extForcedLayouts) > 0);
    check('5. forced synchronous layouts in Geolens tasks: annotation', across('geolens', (s) => s.extForcedLayouts), (v) => v === 0, 0, forcedAt.join(', '));
    // Layouts only: a style recalculation that a platform call makes itself (`showPopover`, `focus`) is counted in the detail.
    const recalcs = across('geolens', (s) => (s.card?.forcedRecalcs ?? 0) + (s.cycle?.forcedRecalcs ?? 0));
    check('5. forced synchronous layouts (Layout events) in Geolens tasks: card and keyboard', across('geolens', (s) => (s.card?.forcedLayouts ?? 0) + (s.cycle?.forcedLayouts ?? 0)), (v) => v === 0, 0,
      `and ${recalcs} forced style recalculations with no layout, across pages`);
    check('6. 1 MB: markjs-array / geolens (every mention), added ≥ 20', added('article-1MB', 'markjs-array') / added('article-1MB', 'geolens-every'), (v) => v >= 20, 1);
    check('6. hover hit test p95 ms ≤ 1', percentile(pagesWith('geolens').flatMap((p) => samples(p, 'geolens').flatMap((s) => s.hoverMs)), 95), (v) => v <= 1, 3);
    check('6. 1 MB: heap after GC vs none, MB ≤ 2', delta('article-1MB', 'geolens', (s) => s.heapMB), (v) => v <= 2);
    check('6. content script KB gzipped ≤ 60', contentScriptGzKB, (v) => v <= 60, 1);
    if (popup.facts10k) check('6. popup keystroke → results ms, 10,000 facts (max) ≤ 16', max(popup.facts10k.keystrokeMs), (v) => v <= 16, 1);
  }

  const text = [
    '### What each variant adds to a page (medians over rounds; added = main-thread time minus `none` on the same page in the same run)',
    '',
    ...table,
    '',
    notes.length ? notes.join('\n') : 'Every mark.js variant found the same matches as Geolens (every mention) on the ASCII pages it ran on.',
    '',
    '### The longest task with Geolens work in it (shipped settings, worst round, load and questions): wall, thread, and thread ms by kind',
    '',
    ...breakdown,
    '',
    "### The page's own repaints after annotation: six frames that each recolour one 8 px box, thread ms (medians)",
    '',
    ...repaints,
    '',
    '### Questions, cards and keys (shipped settings, medians)',
    '',
    ...questions,
    '',
    `Popup: first contentful paint ${fmt(popup.real.firstPaintMs)} ms; keystroke → results ${popup.real.keystrokeMs.map((v) => fmt(v)).join(', ')} ms` +
      (popup.facts10k ? `; with 10,000 facts ${popup.facts10k.keystrokeMs.map((v) => fmt(v)).join(', ')} ms` : '') +
      `. Content script ${fmt(contentScriptGzKB)} KB gzipped.`,
    ...(targets.length
      ? ['', '### Targets', '', '| target | value | met |', '|---|---:|:---:|', ...targets.map((t) => `| ${t.target} | ${t.value} | ${t.ok === null ? '–' : t.ok ? 'met' : '**missed**'} |`)]
      : []),
  ].join('\n');
  return { text, targets };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
