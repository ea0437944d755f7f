import { existsSync } from 'node:fs';

/** Debian's Chromium: branded Chrome 137+ ignores --load-extension. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH;
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. The end-to-end tests need a Chromium that honours --load-extension: ` +
        `install it with "sudo apt-get update && sudo apt-get install -y chromium fonts-dejavu-core", ` +
        `or point CHROMIUM_PATH at a Chromium binary (not branded Google Chrome 137+).`,
    );
  }
  return path;
}
