/**
 * `npm run bench:compare -- <build A> <build B>`: total CPU time of two builds'
 * content scripts on the same pages, interleaved, from CDP CPU profiles (every
 * sample whose stack is in the content script, from script evaluation to
 * idle). Unlike `npm run bench`, this does not depend on where a build puts
 * its slice marks, so it compares any two builds fairly, e.g. before and after
 * a change: build each with `tsx bench/compare.ts --build <name>` from its
 * checkout (bench/results/build/<name>).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../src/dataset/types';
import { renderSeedArticle, startFixtureServer } from '../tests/e2e/fixture-server';
import { launchExtension } from '../tests/e2e/harness';
import { BENCH_DIR, buildGeolens } from './build';
import { articlePage, plainNames } from './pages';

interface ProfileNode {
  id: number;
  callFrame: { url: string };
  children?: number[];
}

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--build') return void console.log(await buildGeolens(args[1] ?? 'compare'));
  if (args.length < 2) throw new Error('usage: tsx bench/compare.ts <build dir A> <build dir B> [...], or --build <name>');
  const real = JSON.parse(readFileSync(join(BENCH_DIR, '..', 'dist', 'dataset.json'), 'utf8')) as Dataset;
  const names = plainNames(real);
  const server = await startFixtureServer();
  const pages = { 'seed-000': renderSeedArticle(real, real.documents[0]!.id)!, 'article-50KB': articlePage(50_000, names), 'article-1MB': articlePage(1_000_000, names) };
  for (const [id, html] of Object.entries(pages)) server.setPage(`/${id}.html`, html);
  const sessions = await Promise.all(args.map((dir) => launchExtension({ extension: true, extensionPath: dir })));
  // BENCH_SETTINGS (JSON) compares the builds under other settings, e.g. the first-mention default.
  const settings = JSON.parse(process.env.BENCH_SETTINGS ?? '{"mentionPolicy":"every"}') as unknown;
  for (const session of sessions) {
    await session.serviceWorker?.evaluate(async (value) => {
      await (globalThis as unknown as { chrome: typeof chrome }).chrome.storage.sync.set({ settings: value });
    }, settings);
  }
  console.log(`| page | ${args.map((a) => a.split('/').pop()).join(' | ')} |\n|---|${args.map(() => '---:').join('|')}|`);
  for (const id of Object.keys(pages)) {
    const samples: number[][] = args.map(() => []);
    for (let round = 0; round < ROUNDS; round++) {
      for (let k = 0; k < args.length; k++) {
        const page = await sessions[k]!.context.newPage();
        const cdp = await sessions[k]!.context.newCDPSession(page);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
        await page.goto(`${server.origin}/${id}.html`);
        await page.waitForFunction(() => performance.getEntriesByName('geolens:idle').length > 0);
        await page.waitForTimeout(300);
        const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
        const parent = new Map<number, number>();
        for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
        const byId = new Map(profile.nodes.map((n) => [n.id, n]));
        const ours = new Map<number, boolean>();
        const inContentScript = (id: number): boolean => {
          let known = ours.get(id);
          if (known === undefined) {
            const up = parent.get(id);
            known = byId.get(id)!.callFrame.url.endsWith('/src/content/index.js') || (up !== undefined && inContentScript(up));
            ours.set(id, known);
          }
          return known;
        };
        let ms = 0;
        profile.samples.forEach((sample, i) => {
          if (inContentScript(sample)) ms += (profile.timeDeltas[i] ?? 0) / 1000;
        });
        samples[k]!.push(ms);
        await page.close();
      }
    }
    console.log(`| ${id} | ${samples.map((s) => `${median(s).toFixed(1)} ms`).join(' | ')} |`);
  }
  for (const session of sessions) await session.close();
  await server.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
