import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { compileDataset } from '../dataset/compile-dataset.ts';
import { DatasetError } from '../dataset/dataset-error.ts';
import type { Dataset } from '../model/dataset.ts';
import { pageDataDefine } from '../content/page-data-format.ts';
import { CARD_DATA_FILE, encodeCardDataFile } from '../background/card-data-file.ts';
import { summarizeDataset } from '../options/dataset-summary.ts';

/** The whole dataset: the source viewer, which shows the documents' text. */
const DATASET_MODULE_ID = 'virtual:geolens/dataset';
/** The dataset without the documents' full text: the popup, which searches and cites. */
const WITHOUT_TEXTS_MODULE_ID = 'virtual:geolens/dataset-without-texts';
/** A few counts and names: the options page. */
const SUMMARY_MODULE_ID = 'virtual:geolens/dataset-summary';

/** Each virtual module's data, from the compiled dataset. */
const MODULES = new Map<string, (dataset: Dataset) => unknown>([
  [DATASET_MODULE_ID, (dataset) => dataset],
  [WITHOUT_TEXTS_MODULE_ID, (dataset) => ({ ...dataset, documents: dataset.documents.map(({ text: _text, ...meta }) => meta) })],
  [SUMMARY_MODULE_ID, summarizeDataset],
]);

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
 * Compiles `seeds/` at build time. Extension pages import it as the virtual
 * module `virtual:geolens/dataset`; the content script, which crxjs builds as
 * a separate standalone bundle without our plugins, gets its page data through
 * a `define` (config is shared with that build). Researchers get the same data
 * as `dist/dataset.json`. A bad seed record throws, which stops the build with
 * the compiler's message.
 */
export function datasetPlugin(options: {
  root: string;
  version: string;
  /** A compiled dataset JSON to use instead of the seeds: the benchmark's synthetic dictionaries. */
  override?: string;
}): Plugin {
  let dataset: Dataset | undefined;
  const compile = () => {
    try {
      return options.override
        ? (JSON.parse(readFileSync(options.override, 'utf8')) as Dataset)
        : loadSeedDataset(options.root, options.version);
    } catch (error) {
      if (!(error instanceof DatasetError)) throw error;
      // Whoever edits the seeds needs the problems, not a stack trace into the bundled config and a
      // dump of the issues object: print them alone, and stop the build with a failing exit code.
      console.error(`\n${error.message}\n`);
      process.exit(1);
    }
  };
  const load = () => {
    if (!dataset) throw new Error('geolens-dataset: the dataset is compiled in buildStart');
    return dataset;
  };
  return {
    name: 'geolens-dataset',
    config() {
      dataset = compile();
      // What the content script reads, inlined (src/content/page-data-format.ts); what a card shows
      // comes from the worker, which reads dist/card-data.json.
      return { define: pageDataDefine(dataset) };
    },
    buildStart() {
      dataset = compile();
      this.addWatchFile(join(options.root, 'seeds'));
    },
    resolveId(id) {
      return MODULES.has(id) ? '\0' + id : undefined;
    },
    load(id) {
      const dataOf = id.startsWith('\0') ? MODULES.get(id.slice(1)) : undefined;
      if (!dataOf) return undefined;
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(dataOf(load())))});`;
    },
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'dataset.json',
        source: JSON.stringify(load(), null, 2) + '\n',
      });
      this.emitFile({ type: 'asset', fileName: CARD_DATA_FILE, source: encodeCardDataFile(load()) });
    },
  };
}
