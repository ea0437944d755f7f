/**
 * A bad seed stops the build with its problems and nothing else: no stack
 * trace into the bundled config, no dump of the issues object.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../e2e/harness';

const root = mkdtempSync(join(tmpdir(), 'geolens-bad-seeds-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the dataset plugin on a bad seed', () => {
  it('prints the problems alone and exits non-zero', () => {
    cpSync(join(ROOT, 'seeds'), join(root, 'seeds'), { recursive: true });
    const facts = join(root, 'seeds/facts.yaml');
    writeFileSync(facts, readFileSync(facts, 'utf8').replace('Before making his way to Russia', 'Before making her way to Russia'));
    const plugin = join(ROOT, 'src/build/dataset-plugin.ts');
    const script = `import { datasetPlugin } from ${JSON.stringify(plugin)}; datasetPlugin({ root: ${JSON.stringify(root)}, version: '0.0.0' }).config();`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toEqual([
      'seeds/facts.yaml: fact "xi-stopover-kazakhstan-2015": quote not found verbatim in 000_c38c9ff3b957afb9.txt; the closest passage reads: “Before making his way to Russia for the Victory Day celebrations, Chinese President Xi Jinping made a one-day stopover in neighboring Kazakhstan.”',
    ]);
    expect(run.stderr).not.toMatch(/\bat \w|issues:/);
  });
});
