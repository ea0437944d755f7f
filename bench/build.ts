/**
 * Builds every benchmark variant as a real MV3 extension from the same
 * sources: Geolens itself (with user-timing marks switched on, for the real
 * dataset and for synthetic dictionaries), the walk floor, and mark.js.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type PluginOption } from 'vite';
import type { Dataset } from '../src/model/dataset';

export const BENCH_DIR = join(import.meta.dirname);
export const BUILD_DIR = join(BENCH_DIR, 'results', 'build');
const ROOT = join(BENCH_DIR, '..');

/** Geolens built as shipped, but with bench marks on and, optionally, another dataset. */
export async function buildGeolens(name: string, dataset?: Dataset, options: { minify?: boolean } = {}): Promise<string> {
  const outDir = join(BUILD_DIR, name);
  const previous = { ...process.env };
  process.env.GEOLENS_BENCH = '1';
  if (dataset) {
    mkdirSync(BUILD_DIR, { recursive: true });
    const file = join(BUILD_DIR, `${name}.dataset.json`);
    writeFileSync(file, JSON.stringify(dataset));
    process.env.GEOLENS_DATASET_OVERRIDE = file;
  } else {
    delete process.env.GEOLENS_DATASET_OVERRIDE;
  }
  try {
    await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true, minify: options.minify ?? true } });
  } finally {
    process.env = previous;
  }
  return outDir;
}

/**
 * One file of a bench extension: `entry` (relative to the project) bundled as
 * an IIFE with bench marks on. `plugins` lets a variant import the compiled
 * dataset (src/build/dataset-plugin.ts). Leaves the rest of `outDir` alone.
 */
export async function bundleIife(
  entry: string,
  outDir: string,
  fileName: string,
  options: { define?: Record<string, string>; plugins?: PluginOption[] } = {},
): Promise<void> {
  await build({
    root: ROOT,
    configFile: false,
    logLevel: 'error',
    plugins: options.plugins,
    define: { __GEOLENS_BENCH__: 'true', ...options.define },
    build: {
      outDir,
      emptyOutDir: false,
      minify: true,
      lib: { entry: join(ROOT, entry), formats: ['iife'], name: 'bench', fileName: () => fileName },
    },
  });
}

/** A one-file content-script extension (the baselines). */
export async function buildContentScriptExtension(
  name: string,
  entry: string,
  define: Record<string, string> = {},
): Promise<string> {
  const outDir = join(BUILD_DIR, name);
  rmSync(outDir, { recursive: true, force: true });
  await bundleIife(entry, outDir, 'content.js', { define });
  writeFileSync(
    join(outDir, 'manifest.json'),
    JSON.stringify(
      {
        manifest_version: 3,
        name: `Geolens bench: ${name}`,
        version: '0.0.0',
        content_scripts: [{ matches: ['http://*/*'], js: ['content.js'], run_at: 'document_idle' }],
      },
      null,
      2,
    ),
  );
  return outDir;
}
