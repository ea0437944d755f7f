import { existsSync } from 'node:fs';

const INSTALL_HINT =
  'The Firefox smoke test (tests/e2e/firefox.test.ts) needs Firefox 140 or later: ' +
  'install it with "sudo apt-get update && sudo apt-get install -y firefox-esr", or point FIREFOX_PATH at a Firefox binary.';

/** Debian's firefox-esr (or firefox); FIREFOX_PATH, when set, is the only place looked at. */
export function firefoxPath(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): string {
  const candidates = env.FIREFOX_PATH ? [env.FIREFOX_PATH] : ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((path) => exists(path));
  if (!found) throw new Error(`Firefox not found (looked for ${candidates.join(', ')}). ${INSTALL_HINT}`);
  return found;
}

/**
 * Puppeteer's own error when the binary does not start is "Failed to launch
 * the browser process" with an empty stderr: it says neither what was run
 * nor what to do.
 */
export function firefoxLaunchError(path: string, cause: unknown): Error {
  const reason = cause instanceof Error ? cause.message.replace(/\s+/g, ' ').trim() : String(cause);
  return new Error(`Firefox at ${path} did not start (${reason || 'no message'}). ${INSTALL_HINT}`, { cause });
}
