/**
 * `npm run bench:offload`: what matching off the page's main thread would
 * leave on it (docs/scaling.md, step 3), measured rather than guessed. Four
 * extensions take turns page load by page load, in a different order each
 * round: the walk (the floor), Geolens as shipped, and the prototype of
 * bench/variants/offload.ts twice, once posting each batch to the extension's
 * service worker over a `runtime.Port` and once to a dedicated worker.
 * Prints, per page, every variant's main-thread time (all its tasks on the
 * page, as `npm run bench` counts them) and, for the prototypes, what posting
 * and handling replies cost the page and what matching cost the other thread.
 * OFFLOAD_ROUNDS (default 10; the first is discarded as warm-up) sets the loads,
 * OFFLOAD_PAGES (a regular expression over the page names) the pages.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetPlugin } from '../src/build/dataset-plugin';
import type { Dataset } from '../src/dataset/types';
import { renderSeedArticle, startFixtureServer } from '../tests/e2e/fixture-server';
import { launchExtension, type ExtensionSession } from '../tests/e2e/harness';
import { BENCH_DIR, BUILD_DIR, buildContentScriptExtension, buildGeolens, bundleIife } from './build';
import { articlePage, plainNames } from './pages';

const ROOT = join(BENCH_DIR, '..');
const ROUNDS = Number(process.env.OFFLOAD_ROUNDS ?? 10);
const PAGE_FILTER = new RegExp(process.env.OFFLOAD_PAGES ?? '.');
const VARIANTS = ['walk', 'geolens', 'offload-port', 'offload-port-range', 'offload-worker', 'offload-worker-range'] as const;
type Variant = (typeof VARIANTS)[number];

interface Sample {
  mainMs: number;
  idleMs: number;
  post: number;
  reply: number;
  matching: number;
  spans: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

async function buildOffload(transport: 'port' | 'worker', reader: 'data' | 'range' = 'data'): Promise<string> {
  const name = `offload-${transport}${reader === 'range' ? '-range' : ''}`;
  const outDir = join(BUILD_DIR, name);
  rmSync(outDir, { recursive: true, force: true });
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  // Both sides import src/content/page-data, which the dataset plugin fills in.
  const plugins = [datasetPlugin({ root: ROOT, version })];
  let workerSource = '';
  if (transport === 'worker') {
    await bundleIife('bench/variants/offload-worker.ts', outDir, 'worker.js', { plugins });
    workerSource = readFileSync(join(outDir, 'worker.js'), 'utf8');
  } else {
    await bundleIife('bench/variants/offload-service-worker.ts', outDir, 'service-worker.js', { plugins });
  }
  await bundleIife('bench/variants/offload.ts', outDir, 'content.js', {
    define: {
      __TRANSPORT__: JSON.stringify(transport),
      __READER__: JSON.stringify(reader),
      __WORKER_SOURCE__: JSON.stringify(workerSource),
    },
  });
  const manifest = {
    manifest_version: 3,
    name: `Geolens bench: ${name}`,
    version: '0.0.0',
    content_scripts: [{ matches: ['http://*/*'], js: ['content.js'], run_at: 'document_idle' }],
    ...(transport === 'port' ? { permissions: ['storage'], background: { service_worker: 'service-worker.js' } } : {}),
  };
  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return outDir;
}

async function main(): Promise<void> {
  const real = JSON.parse(readFileSync(join(ROOT, 'dist', 'dataset.json'), 'utf8')) as Dataset;
  const names = plainNames(real);
  const server = await startFixtureServer();
  const pages = { 'seed-000': renderSeedArticle(real, real.documents[0]!.id)!, 'article-50KB': articlePage(50_000, names), 'article-1MB': articlePage(1_000_000, names) };
  for (const [id, html] of Object.entries(pages)) server.setPage(`/${id}.html`, html);
  const pageIds = Object.keys(pages).filter((id) => PAGE_FILTER.test(id));
  console.log('Building…');
  const builds: Record<Variant, string> = {
    walk: await buildContentScriptExtension('walk', 'bench/variants/walk.ts'),
    geolens: await buildGeolens('geolens-real'),
    'offload-port': await buildOffload('port'),
    'offload-port-range': await buildOffload('port', 'range'),
    'offload-worker': await buildOffload('worker'),
    'offload-worker-range': await buildOffload('worker', 'range'),
  };
  const sessions = {} as Record<Variant, ExtensionSession>;
  for (const variant of VARIANTS) sessions[variant] = await launchExtension({ extension: true, extensionPath: builds[variant] });
  const samples: Record<string, Partial<Record<Variant, Sample[]>>> = {};
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const id of pageIds) {
        for (const variant of round % 2 ? [...VARIANTS].reverse() : VARIANTS) {
          const page = await sessions[variant].context.newPage();
          await page.goto(`${server.origin}/${id}.html`);
          await page.waitForFunction(() => performance.getEntriesByName('geolens:idle').length > 0, null, { timeout: 30_000, polling: 50 });
          // Geolens may still have a task queued after its idle mark (the badge, a last paint).
          await page.waitForTimeout(300);
          // No named helpers inside: tsx would wrap them in a `__name` call the page does not have.
          const sample = await page.evaluate((): Sample => {
            const slices = performance.getEntriesByName('geolens:slice');
            const totals: Record<string, number> = {};
            for (const name of ['post', 'reply', 'matching', 'spans']) {
              totals[name] = ((performance.getEntriesByName(`offload:${name}`)[0] as PerformanceMark | undefined)?.detail as number | undefined) ?? NaN;
            }
            return {
              mainMs: slices.reduce((sum, s) => sum + s.duration, 0),
              idleMs: performance.getEntriesByName('geolens:idle')[0]!.startTime - (slices[0]?.startTime ?? 0),
              post: totals.post!,
              reply: totals.reply!,
              matching: totals.matching!,
              spans: totals.spans!,
            };
          });
          if (round > 0) ((samples[id] ??= {})[variant] ??= []).push(sample);
          await page.close();
          process.stdout.write('.');
        }
      }
    }
  } finally {
    for (const session of Object.values(sessions)) await session.close();
    await server.close();
  }
  console.log(`\n\n${ROUNDS - 1} loads of each page per variant, medians (ms):\n`);
  console.log('| page | variant | main thread | ×walk | ×geolens | posting | replies | matching, other thread | start to idle | spans |');
  console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const [id, byVariant] of Object.entries(samples)) {
    const stat = (variant: Variant, pick: (s: Sample) => number) => median((byVariant[variant] ?? []).map(pick));
    const walk = stat('walk', (s) => s.mainMs);
    const geolens = stat('geolens', (s) => s.mainMs);
    for (const variant of VARIANTS) {
      const main = stat(variant, (s) => s.mainMs);
      const cell = (pick: (s: Sample) => number, digits = 1) => (variant.startsWith('offload') ? stat(variant, pick).toFixed(digits) : '–');
      console.log(
        `| ${id} | ${variant} | ${main.toFixed(1)} | ${variant === 'walk' ? '–' : (main / walk).toFixed(2)} | ${variant === 'geolens' ? '–' : (main / geolens).toFixed(2)} | ` +
          `${cell((s) => s.post)} | ${cell((s) => s.reply)} | ${cell((s) => s.matching)} | ${stat(variant, (s) => s.idleMs).toFixed(1)} | ${cell((s) => s.spans, 0)} |`,
      );
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
