/**
 * Where the real-page suite finds its saved pages, and what it does without
 * them. The pages are third-party data and stay outside the repository: a
 * fresh clone has none, CI has `../shared/pages` beside the project.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Names the folder of saved `.html` pages, for a checkout without `../shared/pages` beside it. */
export const PAGES_ENV = 'GEOLENS_PAGES';

export function savedPagesDir(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = env[PAGES_ENV];
  return chosen ? resolve(chosen) : join(root, '../shared/pages');
}

/** CI=true (any value but "false" or "0", as CI services set it). */
export function isCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.CI?.trim().toLowerCase();
  return !!value && value !== 'false' && value !== '0';
}

export type SavedPagesPlan =
  | { run: true; dir: string; pages: string[] }
  /** Locally, without the pages: the suite says so instead of failing the run. */
  | { run: false; dir: string; notice: string };

/**
 * Whether the real-page suite can run. In CI a missing folder is an error:
 * CI must run these pages, and a run that quietly leaves them out would pass.
 */
export function planSavedPages(dir: string, env: NodeJS.ProcessEnv = process.env): SavedPagesPlan {
  const pages = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.html')).sort() : [];
  if (pages.length > 0) return { run: true, dir, pages };
  const where = existsSync(dir) ? `${dir} holds no .html pages` : `${dir} does not exist`;
  const how = `Put the saved pages in ../shared/pages beside the project, or set ${PAGES_ENV} to a folder of saved .html pages.`;
  if (isCi(env)) throw new Error(`The real-page suite must run in CI, but ${where}. ${how}`);
  return { run: false, dir, notice: `The real-page suite did NOT run: ${where}. ${how}` };
}
