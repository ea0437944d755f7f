/**
 * `npm run bench:profile`: a CDP CPU profile of the Geolens content script on
 * one benchmark page, summarised as self time per function. For finding out
 * *why* a bench number is what it is. PROFILE_PAGE picks 1MB (default), 5MB,
 * 50KB, table, seed or feed (the batches only); PROFILE_DICT picks the dictionary build (real, 5k, 50k);
 * PROFILE_POLICY picks the mention policy (`first`, as shipped, or `every`).
 * PROFILE_CARD=1 profiles the card's first open instead of the annotation:
 * the pointer rests on the first highlight in view until the card is shown.
 * It also prints the inclusive time of each relevance stage (STAGES), so that
 * what main-content detection or the figure check costs can be read against
 * the whole annotation.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../src/model/dataset';
import { renderSeedArticle, startFixtureServer } from '../tests/e2e/fixture-server';
import { launchExtension } from '../tests/e2e/harness';
import { BENCH_DIR, buildGeolens } from './build';
import { firstVisibleHighlight } from './first-visible-highlight';
import { articlePage, infiniteScrollPage, plainNames, tablePage } from './pages';
import { syntheticDataset, syntheticEntities } from './synthetic';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}

const dict = process.env.PROFILE_DICT ?? 'real';
const pageKind = process.env.PROFILE_PAGE ?? '1MB';
const rounds = Number(process.env.PROFILE_ROUNDS ?? 3);
const policy = process.env.PROFILE_POLICY ?? 'first';

/** Stages by the functions that hold all of their work (unminified names; each name is unique in src). */
const STAGES: Record<string, readonly string[]> = {
  'main content (find the root, place each node)': ['placeOf'],
  'visibility (observe candidates, read answers)': ['check', 'answer'],
  'relation rule (named entities, topic words)': ['namedInMain', 'relatedEntities'],
  'look-alike rule': ['runsIntoLongerName'],
  'figure check (blocks with mentions)': ['readBlocks'],
};

async function main(): Promise<void> {
  const real = JSON.parse(readFileSync(join(BENCH_DIR, '..', 'dist', 'dataset.json'), 'utf8')) as Dataset;
  let names = plainNames(real);
  let dataset: Dataset | undefined;
  if (dict !== 'real') {
    const entities = syntheticEntities(Number.parseInt(dict, 10) * 1000);
    dataset = syntheticDataset(entities, 0);
    names = entities.slice(0, 400).map((e) => e.aliases[0]!.text);
  }
  const dir = process.env.PROFILE_BUILD ?? (await buildGeolens(`profile-${dict}`, dataset, { minify: false }));
  const html = pageKind === 'feed' ? infiniteScrollPage(names, 50, 200, 6000) : pageKind === 'seed' ? renderSeedArticle(real, real.documents[0]!.id)! : pageKind === 'table' ? tablePage(150_000, names) : articlePage({ '5MB': 5_000_000, '50KB': 50_000 }[pageKind] ?? 1_000_000, names);
  const server = await startFixtureServer();
  server.setPage('/p.html', html);
  const session = await launchExtension({ extension: true, extensionPath: dir, viewport: { width: 1200, height: 800 } });
  await session.serviceWorker?.evaluate(async (policy) => {
    await (globalThis as unknown as { chrome: typeof chrome }).chrome.storage.sync.set({ settings: { mentionPolicy: policy } });
  }, policy);
  const self = new Map<string, number>();
  const stageMs = new Map<string, number>();
  let total = 0;
  for (let round = 0; round < rounds; round++) {
    const page = await session.context.newPage();
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: Number(process.env.PROFILE_INTERVAL ?? 50) });
    const card = process.env.PROFILE_CARD === '1';
    if (pageKind !== 'feed' && !card) await cdp.send('Profiler.start');
    await page.goto(`${server.origin}/p.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('geolens:idle').length > 0, null, { timeout: 120_000 });
    if (pageKind === 'feed') {
      // Only the batches: the feed's own start-up is another page's business.
      await page.waitForTimeout(1000);
      await page.evaluate(() => performance.clearMeasures('geolens:slice'));
      await cdp.send('Profiler.start');
      await page.waitForFunction(() => (window as unknown as { feedDone?: number }).feedDone, null, { timeout: 60_000, polling: 200 });
    }
    if (card) {
      await page.waitForTimeout(300);
      const at = await firstVisibleHighlight(page);
      if (!at) throw new Error('no highlight in view to hover');
      await cdp.send('Profiler.start');
      await page.mouse.move(at.x, at.y);
      await page.waitForFunction(() => document.querySelector('geolens-card') !== null, null, { timeout: 10_000 });
    }
    await page.waitForTimeout(300);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
    const slices = await page.evaluate(() => performance.getEntriesByName('geolens:slice').reduce((a, e) => a + e.duration, 0));
    total += slices;
    for (const [stage, ms] of stageTimes(profile)) stageMs.set(stage, (stageMs.get(stage) ?? 0) + ms);
    if (round === rounds - 1) writeFileSync(join(BENCH_DIR, 'results', 'last.cpuprofile'), JSON.stringify(profile));
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    for (let i = 0; i < profile.samples.length; i++) {
      const node = byId.get(profile.samples[i]!)!;
      const { functionName, url, lineNumber, columnNumber } = node.callFrame;
      const key = `${functionName || '(anon)'} ${url.split('/').pop()}:${lineNumber}:${columnNumber}`;
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    }
    await page.close();
  }
  console.log(`annotate ms (mean of ${rounds}, ${policy} mention): ${(total / rounds).toFixed(1)}`);
  console.log('stages, inclusive ms (mean), and their share of the annotation:');
  for (const stage of Object.keys(STAGES)) {
    const ms = (stageMs.get(stage) ?? 0) / rounds;
    console.log(`${ms.toFixed(2).padStart(8)} ms  ${((100 * ms) / (total / rounds)).toFixed(1).padStart(5)}%  ${stage}`);
  }
  // Inclusive time of our own functions in the last profile: what each costs with everything it calls.
  const last = JSON.parse(readFileSync(join(BENCH_DIR, 'results', 'last.cpuprofile'), 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  const byId = new Map(last.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, number>();
  for (const n of last.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
  const inclusive = new Map<string, number>();
  for (let i = 0; i < last.samples.length; i++) {
    const seen = new Set<string>();
    for (let id: number | undefined = last.samples[i]; id !== undefined; id = parentOf.get(id)) {
      const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
      if (!url.includes('index.js')) continue;
      const key = `${functionName || '(anon)'}:${lineNumber}`;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + (last.timeDeltas[i] ?? 0) / 1000);
    }
  }
  console.log('inclusive (last round):');
  for (const [key, ms] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${ms.toFixed(2).padStart(8)} ms  ${key}`);
  console.log('self (mean):');
  const top = [...self].filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)')).sort((a, b) => b[1] - a[1]).slice(0, 30);
  for (const [key, ms] of top) console.log(`${(ms / rounds).toFixed(2).padStart(8)} ms  ${key}`);
  await session.close();
  await server.close();
}

/** Inclusive ms of each stage in one profile: every sample with one of the stage's functions on its stack counts once. */
function stageTimes(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }): Map<string, number> {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const stageOf = new Map<string, string>();
  for (const [stage, names] of Object.entries(STAGES)) for (const name of names) stageOf.set(name, stage);
  const times = new Map<string, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const seen = new Set<string>();
    for (let id: number | undefined = profile.samples[i]; id !== undefined; id = parent.get(id)) {
      const { functionName, url } = byId.get(id)!.callFrame;
      const stage = url.includes('index.js') ? stageOf.get(functionName) : undefined;
      if (stage === undefined || seen.has(stage)) continue;
      seen.add(stage);
      times.set(stage, (times.get(stage) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    }
  }
  return times;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
