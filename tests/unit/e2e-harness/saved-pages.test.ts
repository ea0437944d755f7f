import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isCi, planSavedPages, savedPagesDir } from '../../e2e/saved-pages';

const scratch = mkdtempSync(join(tmpdir(), 'geolens-saved-pages-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the real-page suite on a checkout without the saved pages', () => {
  const missing = join(scratch, 'no-such-folder');

  it('looks beside the project unless GEOLENS_PAGES names a folder', () => {
    expect(savedPagesDir('/work/geolens', {})).toBe('/work/shared/pages');
    expect(savedPagesDir('/work/geolens', { GEOLENS_PAGES: '/data/pages' })).toBe('/data/pages');
  });

  it('does not fail a local run: it says it did not run, and how to supply the pages', () => {
    const plan = planSavedPages(missing, {});
    expect(plan.run).toBe(false);
    if (plan.run) return;
    expect(plan.notice).toContain('did NOT run');
    expect(plan.notice).toContain(missing);
    expect(plan.notice).toContain('GEOLENS_PAGES');
  });

  it('fails in CI, where the pages must be checked', () => {
    expect(() => planSavedPages(missing, { CI: 'true' })).toThrow(/must run in CI.*GEOLENS_PAGES/);
  });

  it('treats an empty folder as missing', () => {
    const empty = join(scratch, 'empty');
    mkdirSync(empty);
    expect(() => planSavedPages(empty, { CI: 'true' })).toThrow(/holds no \.html pages/);
  });

  it('runs the .html pages of the folder it is given, in name order', () => {
    const dir = join(scratch, 'pages');
    mkdirSync(dir);
    for (const name of ['b.html', 'a.html', 'README.md']) writeFileSync(join(dir, name), '');
    expect(planSavedPages(dir, { CI: 'true' })).toEqual({ run: true, dir, pages: ['a.html', 'b.html'] });
  });

  it('reads CI as CI services set it', () => {
    expect(isCi({ CI: 'true' })).toBe(true);
    expect(isCi({ CI: '1' })).toBe(true);
    expect(isCi({ CI: 'false' })).toBe(false);
    expect(isCi({})).toBe(false);
  });
});
