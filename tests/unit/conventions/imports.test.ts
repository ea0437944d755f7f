import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, fromRoot, importsOf, reachableFrom, sourceFiles } from './import-graph';

const SRC = join(ROOT, 'src');
const files = sourceFiles(SRC);

describe('the modules the Vite config loads', () => {
  // Vite's native config loader (configLoader: 'native', planned to be its default) runs them in
  // Node as they are, without a bundler: a relative import must name its file, as Node's would.
  const graph = reachableFrom(join(ROOT, 'vite.config.ts'));

  it('include the build plugins, the dataset compiler and the formats they write', () => {
    for (const file of ['src/build/dataset-plugin.ts', 'src/dataset/compile-dataset.ts', 'src/content/page-data-format.ts', 'src/background/card-data-file.ts']) {
      expect(graph.map(fromRoot)).toContain(file);
    }
  });

  it('name the file of every relative import (./fold.ts, not ./fold or a folder)', () => {
    const offences = graph.flatMap((file) =>
      importsOf(file)
        .filter(({ specifier }) => specifier.startsWith('.') && !/\.(tsx?|json)$/.test(specifier))
        .map(({ specifier }) => `${fromRoot(file)}: '${specifier}'`),
    );
    expect(offences).toEqual([]);
  });
});

describe('the folders of src/', () => {
  const folderOf = (file: string) => relative(SRC, file).split('/')[0]!;
  /** Which top-level folder imports which, with one import that says so. */
  const edges = new Map<string, Map<string, string>>();
  for (const file of files) {
    for (const { specifier, target } of importsOf(file)) {
      if (!target?.startsWith(SRC + '/') || folderOf(target) === folderOf(file)) continue;
      const from = edges.get(folderOf(file)) ?? new Map<string, string>();
      edges.set(folderOf(file), from);
      from.set(folderOf(target), `${fromRoot(file)} imports '${specifier}'`);
    }
  }

  it('import each other in one direction only: no cycle, however long', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (folder: string, path: string[]) => {
      state.set(folder, 'open');
      for (const [next, why] of edges.get(folder) ?? []) {
        if (state.get(next) === 'open') cycles.push([...path, why, `back to src/${next}`].join('; '));
        else if (!state.has(next)) visit(next, [...path, why]);
      }
      state.set(folder, 'done');
    };
    for (const folder of edges.keys()) if (!state.has(folder)) visit(folder, []);
    expect(cycles).toEqual([]);
  });

  it('finds the imports it judges', () => {
    expect(edges.get('content')?.has('matcher')).toBe(true);
  });
});

describe('the browser seam', () => {
  it('is the one module that imports webextension-polyfill', () => {
    const importers = [...files, join(ROOT, 'vite.config.ts')].filter((file) =>
      importsOf(file).some(({ specifier }) => specifier === 'webextension-polyfill' || specifier.startsWith('webextension-polyfill/')),
    );
    expect(importers.map(fromRoot)).toEqual(['src/shared/browser.ts']);
  });
});
