/**
 * `npm run bench:startup`: what a dictionary costs a page before any text is
 * matched, and what a card's data costs the worker, per dictionary (the real
 * dataset, 5,000 and 50,000 synthetic aliases). Prints a Markdown table for
 * docs/scaling.md. Each start-up task is a `geolens:slice` of the bench
 * build, in order: evaluating the script, reading the settings and building
 * the page controller, then loading the matcher and starting the annotator),
 * medians over several page loads. No slice can time what V8 spends compiling
 * the script (the dictionary is a literal in it), so the page's CDP metrics
 * V8CompileDuration and ScriptDuration are reported beside them.
 * STARTUP_FROM=<dir> measures the builds in <dir>/geolens-<dictionary>
 * (e.g. a copy of bench/results/build from an older checkout) instead.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startFixtureServer } from '../tests/e2e/fixture-server';
import { launchExtension } from '../tests/e2e/harness';
import { BUILD_DIR, buildGeolens } from './build';
import { articlePage } from './pages';
import { syntheticDataset, syntheticEntities } from './synthetic';

const LOADS = Number(process.env.STARTUP_LOADS ?? 7);
const STEPS = ['evaluate script', 'settings, page controller', 'matcher, annotator'];

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)]! : NaN;
};

async function buildFor(dict: string): Promise<string> {
  const name = `geolens-${dict}`;
  if (process.env.STARTUP_FROM) return join(process.env.STARTUP_FROM, name);
  const dir = join(BUILD_DIR, name);
  if (existsSync(join(dir, 'manifest.json')) && !process.env.STARTUP_REBUILD) return dir;
  return buildGeolens(name, dict === 'real' ? undefined : syntheticDataset(syntheticEntities(Number.parseInt(dict, 10) * 1000), 0));
}

async function main(): Promise<void> {
  const server = await startFixtureServer();
  // A short page: start-up, not matching, is what this measures.
  server.setPage('/short.html', articlePage(5_000, ['Kazakhstan', 'China']));
  const rows: string[] = [];
  for (const dict of (process.env.STARTUP_DICTS ?? 'real,5k,50k').split(',')) {
    const dir = await buildFor(dict);
    const script = readFileSync(join(dir, 'src', 'content', 'index.js'));
    const dataset = JSON.parse(readFileSync(join(dir, 'dataset.json'), 'utf8')) as { entities: { id: string }[] };
    const session = await launchExtension({ extension: true, extensionPath: dir });
    const steps: number[][] = STEPS.map(() => []);
    const longTasks: number[] = [];
    const compileMs: number[] = [];
    const allSlices: number[][] = [];
    const scriptMs: number[] = [];
    // Long tasks include what no slice can time: the browser parsing and compiling the script before it runs.
    await session.context.addInitScript(() => {
      const seen: number[] = [];
      (window as unknown as { longTasks: number[] }).longTasks = seen;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) seen.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    for (let i = 0; i < LOADS; i++) {
      const page = await session.context.newPage();
      const cdp = await session.context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.goto(`${server.origin}/short.html`);
      await page.waitForFunction(() => performance.getEntriesByName('geolens:idle').length > 0, null, { timeout: 60_000 });
      const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
      const metric = (name: string) => metrics.find((m) => m.name === name)!.value * 1000;
      compileMs.push(metric('V8CompileDuration'));
      scriptMs.push(metric('ScriptDuration'));
      const slices = await page.evaluate(() => performance.getEntriesByName('geolens:slice').map((e) => e.duration));
      STEPS.forEach((_, k) => steps[k]!.push(slices[k] ?? NaN));
      allSlices.push(slices);
      await page.waitForTimeout(100);
      longTasks.push(Math.max(0, ...(await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks))));
      await page.close();
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    // Card data as a page gets it: a runtime message to the worker, from an extension page here.
    const popup = await session.openPopup();
    const cardMs = await popup.evaluate(async (ids) => {
      const api = (globalThis as unknown as { chrome: typeof chrome }).chrome;
      const times: number[] = [];
      for (const entityId of ids) {
        const started = performance.now();
        const answer = await api.runtime.sendMessage({ type: 'card-data', entityId });
        if (!answer) throw new Error(`no card data for ${entityId}`);
        times.push(performance.now() - started);
      }
      return times;
    }, [dataset.entities[0]!.id, dataset.entities[1]!.id, dataset.entities[2]!.id, dataset.entities[3]!.id]);
    await popup.close();
    await session.close();
    const mb = (bytes: number) => (bytes / 1e6).toFixed(2);
    rows.push(
      `| ${dict} | ${mb(script.length)} MB (${(gzipSync(script).length / 1024).toFixed(1)} KB gz) | ` +
        steps.map((s) => median(s).toFixed(1)).join(' | ') +
        ` | ${median(compileMs).toFixed(1)} | ${median(scriptMs).toFixed(1)} | ${median(longTasks).toFixed(0)} | ${cardMs[0]!.toFixed(1)} | ${median(cardMs.slice(1)).toFixed(1)} | ${mb(statSync(join(dir, 'card-data.json')).size)} MB |`,
    );
    console.log(rows.at(-1));
    // Every slice of the load, for comparing builds whose start-up steps differ.
    console.log(`  ${dict}: all slices (median per position): ${[0, 1, 2, 3, 4, 5].map((k) => median(allSlices.map((s) => s[k] ?? 0)).toFixed(1)).join(', ')}`);
  }
  await server.close();
  console.log(`\n| dictionary | content script | ${STEPS.map((s) => `${s} ms`).join(' | ')} | V8 compile ms | all script ms | longest task ms (> 50 only) | first card data ms | later card data ms | card-data.json |`);
  console.log(`|---|---:|${STEPS.map(() => '---:').join('|')}|---:|---:|---:|---:|---:|---:|`);
  for (const row of rows) console.log(row);
  console.log(`\nMedians of ${LOADS} loads of a 5 KB page. V8 compile and all script: the page's CDP metrics V8CompileDuration and ScriptDuration at idle (the page runs no script of its own). Longest task: the page's longest task over 50 ms during the load (0: none), median over loads. Card data: the first answer reads card-data.json in the worker; later ones are lookups.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
