/**
 * Both browser builds, made from the same sources by the real build
 * (`vite build` and `vite build --mode firefox`) into temporary folders:
 * the Firefox manifest must be one Firefox accepts, the Chromium one must keep
 * its service worker, and everything else must be the same in both.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_MIN_VERSION, GECKO_ID, type TargetBrowser } from '../../../manifest/manifest.config';
import { iconFiles } from '../../../src/background/icon-paths';
import { checkBuild, filesUnder, zipFiles } from '../../../src/build/package';
import pkg from '../../../package.json' with { type: 'json' };

const ROOT = join(import.meta.dirname, '../../..');
const VITE = join(createRequire(import.meta.url).resolve('vite/package.json'), '../bin/vite.js');

type Manifest = Record<string, unknown> & {
  background?: { service_worker?: string; scripts?: string[]; type?: string };
  browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[] } } };
  content_scripts?: { js?: string[]; css?: string[] }[];
  icons?: Record<string, string>;
  action?: { default_icon?: Record<string, string>; default_popup?: string; default_title?: string };
  options_ui?: { page?: string };
  commands?: Record<string, { description?: string }>;
};

/** Keys Firefox does not know, or that belong to Chromium's service worker form. */
const CHROME_ONLY_KEYS = ['minimum_chrome_version', 'options_page', 'key', 'update_url', 'side_panel', 'offline_enabled'];

const dirs = {} as Record<TargetBrowser, string>;
const manifests = {} as Record<TargetBrowser, Manifest>;
const temp = mkdtempSync(join(tmpdir(), 'geolens-builds-'));

function build(browser: TargetBrowser): string {
  const outDir = join(temp, browser);
  // The config leaves packaging out under Vitest; the child builds as `npm run build` does.
  const env = { ...process.env };
  for (const name of ['VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'GEOLENS_BENCH', 'GEOLENS_DATASET_OVERRIDE', 'NODE_ENV']) delete env[name];
  const mode = browser === 'firefox' ? ['--mode', 'firefox'] : [];
  execFileSync(process.execPath, [VITE, 'build', ...mode, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return outDir;
}

beforeAll(() => {
  for (const browser of ['chrome', 'firefox'] as const) {
    dirs[browser] = build(browser);
    manifests[browser] = JSON.parse(readFileSync(join(dirs[browser], 'manifest.json'), 'utf8')) as Manifest;
  }
}, 120_000);
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Every file a manifest names, relative to the build folder. */
function referencedFiles(manifest: Manifest): string[] {
  return [
    ...(manifest.background?.scripts ?? []),
    ...(manifest.background?.service_worker ? [manifest.background.service_worker] : []),
    ...(manifest.content_scripts ?? []).flatMap((script) => [...(script.js ?? []), ...(script.css ?? [])]),
    ...Object.values(manifest.icons ?? {}),
    ...Object.values(manifest.action?.default_icon ?? {}),
    manifest.action?.default_popup,
    manifest.options_ui?.page,
  ].filter((file): file is string => typeof file === 'string');
}

describe('the Firefox build', () => {
  it('has a background script, not a service worker', () => {
    const { background } = manifests.firefox;
    expect(background?.scripts).toHaveLength(1);
    expect(background).not.toHaveProperty('service_worker');
    expect(existsSync(join(dirs.firefox, background!.scripts![0]!))).toBe(true);
  });

  it('names its gecko id and the first Firefox with the CSS Custom Highlight API', () => {
    const gecko = manifests.firefox.browser_specific_settings?.gecko;
    expect(gecko?.id).toBe(GECKO_ID);
    // AMO takes an email-like id or a {GUID}.
    expect(gecko?.id).toMatch(/^([a-zA-Z0-9._-]*@[a-zA-Z0-9._-]+|\{[0-9a-fA-F-]{36}\})$/);
    expect(gecko?.strict_min_version).toBe('140.0');
    expect(FIREFOX_MIN_VERSION).toBe('140.0');
    expect(gecko?.data_collection_permissions?.required).toEqual(['none']);
  });

  it('leaves no Chrome-only key behind', () => {
    for (const key of CHROME_ONLY_KEYS) expect(manifests.firefox, key).not.toHaveProperty(key);
    expect(manifests.firefox.options_ui).toBeDefined();
  });

  it('keeps the content script one standalone file, with no imports to load', () => {
    const [script] = manifests.firefox.content_scripts!;
    expect(script!.js).toEqual(['src/content/index.js']);
    const code = readFileSync(join(dirs.firefox, script!.js![0]!), 'utf8');
    expect(code).not.toMatch(/\bimport\s*\(|^\s*import\s|\bimport\s*["'{*]/m);
  });
});

describe('the Chromium build', () => {
  it('has a module service worker and asks for the first Chromium with the Popover API (the highlights came before it)', () => {
    expect(manifests.chrome.background).toEqual({ service_worker: expect.any(String), type: 'module' });
    expect(manifests.chrome.minimum_chrome_version).toBe('114');
    expect(manifests.chrome).not.toHaveProperty('browser_specific_settings');
  });
});

describe.each(['chrome', 'firefox'] as const)('the %s build', (browser) => {
  it('holds every file its manifest names, and every icon state', () => {
    const files = [...referencedFiles(manifests[browser]), ...iconFiles().map((icon) => icon.path), '_locales/en/messages.json', 'dataset.json', 'card-data.json'];
    for (const file of files) expect(existsSync(join(dirs[browser], file)), file).toBe(true);
  });

  it('asks for storage, activeTab and contextMenus only, with no host permissions and no web-accessible files', () => {
    expect(manifests[browser].permissions).toEqual(['storage', 'activeTab', 'contextMenus']);
    expect(manifests[browser]).not.toHaveProperty('host_permissions');
    expect(manifests[browser]).not.toHaveProperty('optional_permissions');
    expect(manifests[browser]).not.toHaveProperty('web_accessible_resources');
  });

  it('has a message for every __MSG_ key it uses', () => {
    const messages = JSON.parse(readFileSync(join(dirs[browser], '_locales/en/messages.json'), 'utf8')) as Record<string, unknown>;
    const keys = [...JSON.stringify(manifests[browser]).matchAll(/__MSG_(\w+)__/g)].map((match) => match[1]!);
    expect(keys).toContain('extName');
    for (const key of keys) expect(messages, key).toHaveProperty(key);
  });

  it('is the version in package.json', () => {
    expect(manifests[browser].version).toBe(pkg.version);
    expect(() => checkBuild(dirs[browser], browser, pkg.version)).not.toThrow();
  });
});

describe('both builds', () => {
  it('share everything but the background form and the browser-specific keys (one manifest source)', () => {
    const common = ({ background: _b, minimum_chrome_version: _m, browser_specific_settings: _s, ...rest }: Manifest) => rest;
    expect(common(manifests.firefox)).toEqual(common(manifests.chrome));
  });

  it('are told apart when packaged, so a zip never holds the wrong browser build', () => {
    expect(() => checkBuild(dirs.firefox, 'chrome', pkg.version)).toThrow(/not a chrome build/);
    expect(() => checkBuild(dirs.chrome, 'firefox', pkg.version)).toThrow(/not a firefox build/);
    expect(() => checkBuild(dirs.chrome, 'chrome', '9.9.9')).toThrow(/package.json says 9.9.9/);
  });
});

describe('the packages', () => {
  it('zip the build folder as it is, manifest.json at the root, byte for byte the same each time', () => {
    const files = filesUnder(dirs.firefox);
    const zip = zipFiles(dirs.firefox, files);
    expect(zipFiles(dirs.firefox, files)).toEqual(zip);
    const entries = unzipSync(zip);
    expect(Object.keys(entries).sort()).toEqual(files);
    expect(JSON.parse(new TextDecoder().decode(entries['manifest.json']))).toEqual(manifests.firefox);
  });
});

describe.each(['chrome', 'firefox'] as const)('the %s build', (browser) => {
  it('keeps what cards show out of the content script: the worker answers from card-data.json', () => {
    const dataset = JSON.parse(readFileSync(join(dirs[browser], 'dataset.json'), 'utf8')) as {
      entities: { id: string; name: string; description: string; aliases: unknown[] }[];
      facts: { source: { quote: string } }[];
      documents: { id: string; text: string }[];
    };
    const cardData = JSON.parse(readFileSync(join(dirs[browser], 'card-data.json'), 'utf8')) as typeof dataset;
    const script = readFileSync(join(dirs[browser], ...manifests[browser].content_scripts![0]!.js![0]!.split('/')), 'utf8');
    // The text's longest run free of characters a string literal might escape, as long as a phrase.
    const inScript = (text: string) => {
      const phrase = text.split(/["'\\\u2018-\u201f]/).sort((a, b) => b.length - a.length)[0]!.slice(0, 40);
      expect(phrase.length, text).toBeGreaterThanOrEqual(Math.min(8, text.length));
      return script.includes(phrase);
    };
    for (const entity of dataset.entities) expect(inScript(entity.description), entity.id).toBe(false);
    for (const fact of dataset.facts.slice(0, 10)) expect(inScript(fact.source.quote)).toBe(false);
    // A control that the check finds what is there: names stay (the matcher and the page summary carry them).
    expect(inScript(dataset.entities[0]!.name)).toBe(true);
    expect(cardData.entities.map((e) => e.description)).toEqual(dataset.entities.map((e) => e.description));
    expect(cardData.facts).toEqual(dataset.facts);
    for (const entity of cardData.entities) expect(entity).not.toHaveProperty('aliases');
    for (const document of cardData.documents) expect(document).not.toHaveProperty('text');
  });
});

describe('the Firefox build under web-ext lint', () => {
  // web-ext lint warns (UNSAFE_VAR_ASSIGNMENT) at every innerHTML assignment; the README's packaging notes say where they come from.
  it("assigns innerHTML only in Preact's renderer, for the dangerouslySetInnerHTML prop that no source file passes", () => {
    const assigning = filesUnder(dirs.firefox).filter((file) => file.endsWith('.js')).flatMap((file) => {
      const code = readFileSync(join(dirs.firefox, file), 'utf8');
      return [...code.matchAll(/\.innerHTML\s*=(?!=)([^,;)]*)/g)].map((match) => ({ file, value: match[1]!.trim() }));
    });
    // The content script (Preact draws the card) and the extension pages' shared JSX runtime chunk.
    expect(assigning.map(({ file }) => file.replace(/-[\w-]{8}\.js$/, '.js')).sort()).toEqual(['assets/jsxRuntime.js', 'src/content/index.js']);
    // Preact's `dom.innerHTML = newHtml.__html`, the one place it reads that prop.
    for (const { file, value } of assigning) expect(value, file).toMatch(/^\w+\.__html$/);
  });
});
