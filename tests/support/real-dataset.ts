/**
 * The real seeds, compiled by the pure compiler (src/dataset) for tests that
 * read the dataset Geolens ships: no Vite plugin in between. The build's own
 * way in (src/build/dataset-plugin.ts) has tests of its own.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compileDataset } from '../../src/dataset/compile-dataset';
import type { Dataset } from '../../src/model/dataset';

/** The project's root folder. */
export const ROOT = join(import.meta.dirname, '../..');

/** The dataset compiled from seeds/, afresh at each call (a test may change what it gets). */
export function realDataset(): Dataset {
  const files = readdirSync(join(ROOT, 'seeds'))
    .filter((name) => /\.(ya?ml|txt)$/.test(name))
    .sort()
    .map((name) => ({ path: `seeds/${name}`, text: readFileSync(join(ROOT, 'seeds', name), 'utf8') }));
  return compileDataset(files, { version: '0.0.0' });
}
