import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium-path';
import { DIST } from './harness';

/** Fail the e2e run once, up front, with a message that says what to do. */
export default function setup() {
  chromiumPath();
  if (!existsSync(`${DIST}/manifest.json`)) {
    throw new Error(`No built extension in ${DIST}. Run "npm run build" first (npm test does it for you).`);
  }
}
