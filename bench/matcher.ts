/**
 * `npm run bench:matcher [-- <checkout> ...]`: the matcher's scan alone, in
 * Chromium, on the 1 MB bench article, for one or more checkouts of Geolens
 * (default: this one), interleaved page load by page load. Reports the
 * median time of each page's first scan (what a reader's page pays: V8 has
 * optimised little yet) and of its third (optimised code), beside a bare
 * `charCodeAt` loop over the same text.
 *
 * Why it exists: `npm run bench` times the whole annotator, whose walk, store
 * and highlights vary by more from one run to the next than a change to the
 * scan can move it. Here the first scan still varies (15–80 ms for the same
 * code, by when V8's background compiles land), so compare medians of many
 * loads: MATCHER_ROUNDS (default 30). MATCHER_DICT=50k uses the synthetic
 * 50,000-alias dictionary instead of the real dataset.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import type { Entity } from '../src/dataset/types';
import { startFixtureServer } from '../tests/e2e/fixture-server';
import { launchExtension } from '../tests/e2e/harness';
import { BENCH_DIR } from './build';
import { articlePage } from './pages';
import { syntheticEntities } from './synthetic';

const ROUNDS = Number(process.env.MATCHER_ROUNDS ?? 30);
const DICT = process.env.MATCHER_DICT ?? 'real';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

interface MatcherModule {
  matcherFromEntities(entities: readonly Entity[]): { serialize(): unknown };
  computeCharTables(): unknown;
}

/** The page script for one checkout: this checkout's driver over that checkout's matcher. */
async function pageScript(checkout: string): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: { 'geolens-matcher': join(checkout, 'src/matcher/index.ts') } },
    build: {
      write: false,
      minify: true,
      lib: { entry: join(BENCH_DIR, 'matcher-page.ts'), formats: ['iife'], name: 'GeolensMatcherBench', fileName: () => 'matcher-bench.js' },
    },
  });
  const [result] = Array.isArray(output) ? output : [output];
  const chunk = (result as { output: { type: string; code?: string }[] }).output.find((file) => file.type === 'chunk');
  if (!chunk?.code) throw new Error(`No page script built for ${checkout}`);
  return chunk.code;
}

/** JSON with every "<" escaped: the same value, and nothing the HTML parser could take for a tag. */
const scriptJson = (json: string) => json.replace(/</g, '\\u003c');

/** A script element's text may not contain "</script". */
const inScript = (text: string) => text.replace(/<\/(script)/gi, '<\\/$1');

async function main(): Promise<void> {
  const checkouts = (process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['.']).map((dir) => resolve(dir));
  const real = JSON.parse(readFileSync(join(BENCH_DIR, '..', 'dist', 'dataset.json'), 'utf8')) as { entities: Entity[] };
  const entities = DICT === 'real' ? real.entities : syntheticEntities(Number.parseInt(DICT, 10) * 1000);
  // The same mentions as `npm run bench` puts on its pages.
  const names =
    DICT === 'real'
      ? real.entities.flatMap((e) => e.aliases.filter((a) => !a.context?.length && a.case !== 'any').map((a) => a.text))
      : entities.slice(0, 400).map((e) => e.aliases[0]!.text);
  const article = articlePage(1_000_000, names);
  const server = await startFixtureServer();
  for (const [index, checkout] of checkouts.entries()) {
    // Each checkout compiles the dictionary in its own format.
    const matcherModule = (await import(join(checkout, 'src/matcher/index.ts'))) as MatcherModule;
    const data = JSON.stringify({ matcher: matcherModule.matcherFromEntities(entities).serialize(), charTables: matcherModule.computeCharTables() });
    const script = await pageScript(checkout);
    const tail = `<script type="application/json" id="matcher-data">${scriptJson(data)}</script><script>${inScript(script)}</script></body>`;
    // A function, not a string: the packed columns hold "$&" and the like.
    server.setPage(`/matcher-${index}.html`, article.replace('</body>', () => tail));
  }
  const session = await launchExtension({ extension: false });
  const run = async (index: number, mode: 'match' | 'bare') => {
    const page = await session.context.newPage();
    try {
      await page.goto(`${server.origin}/matcher-${index}.html`);
      return await page.evaluate((mode) => window.runMatcherBench(mode), mode);
    } finally {
      await page.close();
    }
  };
  const first: number[][] = checkouts.map(() => []);
  const third: number[][] = checkouts.map(() => []);
  const spans = checkouts.map(() => new Set<number>());
  const bare: number[][] = [[], []];
  for (let round = 0; round < ROUNDS; round++) {
    for (let index = 0; index < checkouts.length; index++) {
      const result = await run(index, 'match');
      first[index]!.push(result.ms[0]!);
      third[index]!.push(result.ms[2]!);
      spans[index]!.add(result.spans);
    }
    const floor = await run(0, 'bare');
    bare[0]!.push(floor.ms[0]!);
    bare[1]!.push(floor.ms[2]!);
    process.stdout.write('.');
  }
  console.log('');
  await session.close();
  await server.close();
  console.log(`## Matcher scan, 1 MB article, ${DICT} dictionary, median of ${ROUNDS} page loads\n`);
  console.log('| checkout | first scan ms | third scan ms | spans |');
  console.log('|---|---:|---:|---:|');
  checkouts.forEach((checkout, index) =>
    console.log(`| ${checkout} | ${median(first[index]!).toFixed(1)} | ${median(third[index]!).toFixed(1)} | ${[...spans[index]!].join(', ')} |`),
  );
  console.log(`| bare charCodeAt loop | ${median(bare[0]!).toFixed(1)} | ${median(bare[1]!).toFixed(1)} | – |`);
  const counts = new Set(spans.flatMap((s) => [...s]));
  if (counts.size > 1) console.log('\nThe checkouts found different numbers of spans: compare their matchers before their times.');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
