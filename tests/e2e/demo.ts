/**
 * `npm start`: Geolens at work on the seed articles. Opens Chromium with the
 * built extension on each seed document, rendered as an article page by a
 * local server on 127.0.0.1, prints what was annotated and writes screenshots
 * to demo/. With a display it leaves the browser open for you; without one it
 * runs headless and exits.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../src/model/dataset';
import { mentionTable } from './demo-table';
import { startFixtureServer } from './fixture-server';
import { DIST, ROOT, launchExtension } from './harness';
import { hoverText, settledAnnotations, waitForCard } from './page-helpers';

const DEMO_DIR = join(ROOT, 'demo');
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

const dataset = JSON.parse(readFileSync(join(DIST, 'dataset.json'), 'utf8')) as Dataset;
mkdirSync(DEMO_DIR, { recursive: true });
const server = await startFixtureServer();
const session = await launchExtension({ headless });
console.log(`Geolens ${dataset.version}: ${dataset.entities.length} entities, ${dataset.facts.length} facts.`);

let lastPage = undefined as import('playwright-core').Page | undefined;
for (const doc of dataset.documents) {
  const page = (lastPage = await session.context.newPage());
  const url = `${server.origin}/seed/${doc.id}`;
  await page.goto(url);
  const { mentions } = await settledAnnotations(session, page, (a) => a.mentions.length > 0);
  console.log(`\n${doc.title} (${doc.publication}), ${url}`);
  for (const line of mentionTable(mentions)) console.log(line);
  const shot = join(DEMO_DIR, `${doc.id.replace(/\.txt$/, '')}.png`);
  await page.screenshot({ path: shot });
  console.log(`  screenshot: ${shot}`);
}

const page = lastPage!;
await hoverText(page, 'Kazakhstan');
await waitForCard(page);
// Let the card's fade-in finish before the picture.
await page.waitForTimeout(250);
const cardShot = join(DEMO_DIR, 'card.png');
await page.screenshot({ path: cardShot });
console.log(`\nCard for "Kazakhstan": ${cardShot}`);

if (headless) {
  await session.close();
  await server.close();
} else {
  console.log('\nChromium is open with Geolens loaded. Close it (or press Ctrl+C) to stop.');
  session.context.on('close', () => void server.close().then(() => process.exit(0)));
}
