import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { compileDataset } from '../dataset/compile-dataset';
import type { Dataset } from '../dataset/types';

export const DATASET_MODULE_ID = 'virtual:geolens/dataset';
const RESOLVED_ID = '\0' + DATASET_MODULE_ID;

/** Reads every seed file; the compiler itself stays free of Node APIs. */
export function loadSeedDataset(root: string, packageVersion: string): Dataset {
  const seedsDir = join(root, 'seeds');
  const files = readdirSync(seedsDir)
    .filter((name) => /\.(ya?ml|txt)$/.test(name))
    .sort()
    .map((name) => ({
      path: relative(root, join(seedsDir, name)),
      text: readFileSync(join(seedsDir, name), 'utf8'),
    }));
  const hash = createHash('sha256');
  for (const file of files) hash.update(file.path).update('\0').update(file.text).update('\0');
  return compileDataset(files, { version: `${packageVersion}+${hash.digest('hex').slice(0, 8)}` });
}

/**
 * Compiles `seeds/` at build time. Bundles see it as the virtual module
 * `virtual:geolens/dataset`; researchers get the same data as `dist/dataset.json`.
 * A bad seed record throws, which stops the build with the compiler's message.
 */
export function datasetPlugin(options: { root: string; version: string }): Plugin {
  let dataset: Dataset | undefined;
  const load = () => (dataset ??= loadSeedDataset(options.root, options.version));
  return {
    name: 'geolens-dataset',
    buildStart() {
      dataset = undefined;
      load();
      this.addWatchFile(join(options.root, 'seeds'));
    },
    resolveId(id) {
      return id === DATASET_MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      // JSON.parse of a string literal parses faster than an object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(load()))});`;
    },
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'dataset.json',
        source: JSON.stringify(load(), null, 2) + '\n',
      });
    },
  };
}
