/**
 * `npm run package`: store-ready zips of both builds, named with the version,
 * in release/ (gitignored):
 *
 *   geolens-chrome-<version>.zip    dist/, for the Chrome Web Store (and Edge, Opera)
 *   geolens-firefox-<version>.zip   dist-firefox/, for addons.mozilla.org
 *   geolens-source-<version>.zip    the tracked sources, which AMO asks for with bundled code
 *
 * The zips hold each build folder as it is (manifest.json at the root), in
 * name order with a fixed timestamp, so the same build gives the same bytes.
 * Run after both builds (the npm script does them first). `--chrome DIR`,
 * `--firefox DIR` and `--out DIR` package other build folders elsewhere.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { zipSync, type Zippable } from 'fflate';
import { GECKO_ID, type TargetBrowser } from '../../manifest/manifest.config';

/** 1980-01-01, the earliest time a zip can record: no build time leaks into the bytes. */
const FIXED_MTIME = new Date(1980, 0, 1);
const EXCLUDED_NAMES = new Set(['.DS_Store', 'Thumbs.db']);

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
export function filesUnder(dir: string): string[] {
  const walk = (current: string): string[] =>
    readdirSync(current, { withFileTypes: true }).flatMap((entry) => {
      if (EXCLUDED_NAMES.has(entry.name) || entry.name.startsWith('.')) return [];
      const path = join(current, entry.name);
      return entry.isDirectory() ? walk(path) : [relative(dir, path).split(sep).join('/')];
    });
  return walk(dir).sort();
}

export function zipFiles(root: string, paths: readonly string[]): Uint8Array {
  const entries: Zippable = {};
  for (const path of paths) entries[path] = [readFileSync(join(root, path)), { mtime: FIXED_MTIME, level: 9 }];
  return zipSync(entries);
}

interface BuiltManifest {
  version?: string;
  background?: { service_worker?: string; scripts?: string[] };
  browser_specific_settings?: { gecko?: { id?: string } };
}

/** Refuses to package a folder that is missing, stale, or built for the other browser. */
export function checkBuild(dir: string, browser: TargetBrowser, version: string): void {
  let manifest: BuiltManifest;
  try {
    manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as BuiltManifest;
  } catch {
    throw new Error(`${dir}: no manifest.json. Build it first (npm run build, npm run build:firefox).`);
  }
  if (manifest.version !== version) {
    throw new Error(`${dir}: built for version ${manifest.version}, but package.json says ${version}. Build again.`);
  }
  const isFirefoxBuild = Boolean(manifest.background?.scripts) && manifest.browser_specific_settings?.gecko?.id === GECKO_ID;
  const isChromeBuild = Boolean(manifest.background?.service_worker) && !manifest.browser_specific_settings;
  if (browser === 'firefox' ? !isFirefoxBuild : !isChromeBuild) {
    throw new Error(`${dir}: this is not a ${browser} build.`);
  }
}

function trackedFiles(root: string): string[] | undefined {
  let listing: string;
  try {
    listing = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
  return listing
    .split('\0')
    .filter((path) => path && statSync(join(root, path), { throwIfNoEntry: false })?.isFile())
    .sort();
}

function main(): void {
  const root = resolve(import.meta.dirname, '../..');
  const { values } = parseArgs({
    options: { chrome: { type: 'string' }, firefox: { type: 'string' }, out: { type: 'string' } },
  });
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const outDir = resolve(root, values.out ?? 'release');
  mkdirSync(outDir, { recursive: true });

  const written: string[] = [];
  const write = (name: string, bytes: Uint8Array) => {
    const path = join(outDir, name);
    writeFileSync(path, bytes);
    written.push(`  ${relative(process.cwd(), path)}  ${(statSync(path).size / 1024).toFixed(0)} KB`);
  };

  const builds: [TargetBrowser, string][] = [
    ['chrome', values.chrome ?? 'dist'],
    ['firefox', values.firefox ?? 'dist-firefox'],
  ];
  for (const [browser, folder] of builds) {
    const dir = resolve(root, folder);
    checkBuild(dir, browser, version);
    write(`geolens-${browser}-${version}.zip`, zipFiles(dir, filesUnder(dir)));
  }

  // What git tracks, as the working tree has it: what a reviewer needs to rebuild with npm ci && npm run package.
  const tracked = trackedFiles(root);
  if (tracked) write(`geolens-source-${version}.zip`, zipFiles(root, tracked));
  else written.push('  (no source zip: not a git checkout)');

  console.log(`Geolens ${version} packages:\n${written.join('\n')}`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  try {
    main();
  } catch (error) {
    console.error(`npm run package: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
