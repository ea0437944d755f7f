/**
 * `npm run bench:read`: what reading a page's text costs a content script,
 * nine ways (bench/variants/read.ts), on the 1 MB bench article: each reader
 * is its own one-file extension, and the readers take turns page load by
 * page load, in a different order each round. Prints the median, fastest
 * and slowest read per reader. READ_ROUNDS (default 12; the first is
 * discarded as warm-up) sets the number of loads.
 *
 * Why it exists: reading the text and joining it into batches costs more
 * than the walk's target leaves Geolens for everything (bench/README.md),
 * and a new reader design should start from numbers, not guesses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../src/dataset/types';
import { startFixtureServer } from '../tests/e2e/fixture-server';
import { launchExtension, type ExtensionSession } from '../tests/e2e/harness';
import { BENCH_DIR, buildContentScriptExtension } from './build';
import { articlePage, plainNames } from './pages';

const READERS = [
  'data',
  'data + join',
  'data + join, read through',
  'length',
  'length + Range.toString',
  'length + Range.toString, read through',
  'length + Range.toString, re-joined',
  'textContent per block',
  'textContent per checked block',
];
const ROUNDS = Number(process.env.READ_ROUNDS ?? 12);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

async function main(): Promise<void> {
  const real = JSON.parse(readFileSync(join(BENCH_DIR, '..', 'dist', 'dataset.json'), 'utf8')) as Dataset;
  const server = await startFixtureServer();
  server.setPage('/article-1MB.html', articlePage(1_000_000, plainNames(real)));
  const sessions: ExtensionSession[] = [];
  for (const [i, reader] of READERS.entries()) {
    const dir = await buildContentScriptExtension(`read-${i}`, 'bench/variants/read.ts', { __READER__: JSON.stringify(reader) });
    sessions.push(await launchExtension({ extension: true, extensionPath: dir }));
  }
  const times: number[][] = READERS.map(() => []);
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const order = READERS.map((_, i) => i);
      if (round % 2) order.reverse();
      for (const i of order) {
        const page = await sessions[i]!.context.newPage();
        await page.goto(`${server.origin}/article-1MB.html`);
        await page.waitForFunction(() => performance.getEntriesByName('geolens:read').length > 0, null, { timeout: 30_000 });
        const ms = await page.evaluate(() => performance.getEntriesByName('geolens:read')[0]!.duration);
        if (round > 0) times[i]!.push(ms);
        await page.close();
        process.stdout.write('.');
      }
    }
  } finally {
    for (const session of sessions) await session.close();
    await server.close();
  }
  console.log(`\n\n| reader (1 MB article, ${ROUNDS - 1} loads each) | median ms | fastest | slowest |\n|---|---:|---:|---:|`);
  for (const [i, reader] of READERS.entries()) {
    const t = times[i]!;
    console.log(`| ${reader} | ${median(t).toFixed(1)} | ${Math.min(...t).toFixed(1)} | ${Math.max(...t).toFixed(1)} |`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
