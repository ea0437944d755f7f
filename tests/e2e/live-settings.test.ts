import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/settings/settings';
import type { FixtureServer } from './fixture-server';
import type { ExtensionSession } from './harness';
import {
  allHighlightedTexts,
  clearSettings,
  eventually,
  highlightedTexts,
  settledAnnotations,
  useExtension,
  writeSettings,
} from './page-helpers';

const SEED = '/seed/003_f91fa2385afbab65.txt';

describe('turning annotations off and on, live', () => {
  const env = useExtension();
  let session: ExtensionSession;
  let page: Page;

  beforeEach(async () => {
    const { server } = env;
    session = env.session;
    await clearSettings(session);
    page = await session.context.newPage();
    await page.goto(server.origin + SEED);
    await settledAnnotations(session, page, (a) => a.mentions.length > 0);
    return () => page.close();
  });

  it('removes every highlight when switched off globally, leaving the DOM as it was, and restores them', async () => {
    const before = await allHighlightedTexts(page);
    const dom = await page.evaluate(() => document.documentElement.outerHTML);
    await writeSettings(session, { ...defaultSettings(), enabled: false });
    await eventually(() => allHighlightedTexts(page), (texts) => texts.length === 0);
    // Nothing registered is left behind either.
    const names = await page.evaluate(() => [...(CSS.highlights as unknown as Map<string, unknown>).keys()]);
    expect(names).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(dom);
    await writeSettings(session, { ...defaultSettings(), enabled: true });
    const after = await eventually(() => allHighlightedTexts(page), (texts) => texts.length === before.length);
    expect(after.sort()).toEqual(before.sort());
  });

  it('removes one category and brings it back', async () => {
    const people = (await highlightedTexts(page))['geolens-person']!;
    expect(people.length).toBeGreaterThan(0);
    const settings = defaultSettings();
    await writeSettings(session, { ...settings, categories: { ...settings.categories, person: false } });
    const off = await eventually(() => highlightedTexts(page), (h) => h['geolens-person']!.length === 0);
    expect(off['geolens-country']!.length).toBeGreaterThan(0);
    await writeSettings(session, settings);
    await eventually(() => highlightedTexts(page), (h) => h['geolens-person']!.length === people.length);
  });

  it('clears the page when its site is excluded', async () => {
    await writeSettings(session, { ...defaultSettings(), excludedSites: ['127.0.0.1'] });
    await eventually(() => allHighlightedTexts(page), (texts) => texts.length === 0);
    const { mentions } = await settledAnnotations(session, page);
    expect(mentions).toEqual([]);
  });

  it('switches to every mention and back, live', async () => {
    const kazakhstan = (a: Awaited<ReturnType<typeof settledAnnotations>>) => a.mentions.find((m) => m.name === 'Kazakhstan')!;
    const first = kazakhstan(await settledAnnotations(session, page));
    expect(first.highlighted).toBe(1);
    await writeSettings(session, { ...defaultSettings(), mentionPolicy: 'every' });
    const every = kazakhstan(
      await settledAnnotations(session, page, (a) => a.mentions.find((m) => m.name === 'Kazakhstan')!.highlighted > 1),
    );
    expect(every.highlighted).toBe(every.count);
  });
});

describe('shadow roots and frames', () => {
  const env = useExtension();
  let session: ExtensionSession;
  let server: FixtureServer;

  beforeEach(async () => {
    ({ session, server } = env);
    // How Geolens reads shadow roots and frames, not relevance: every entity found is marked.
    await writeSettings(session, { ...defaultSettings(), highlightScope: 'all' });
  });

  it('annotates open shadow roots and same-origin frames, and leaves closed shadow roots alone', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/shadow-and-frames.html`);
    const { mentions } = await settledAnnotations(session, page, (a) => a.mentions.length >= 2);
    expect(mentions.map((m) => m.name).sort()).toEqual(['Kazakhstan', 'Xinjiang']);
    expect(mentions.find((m) => m.name === 'Kazakhstan')!.count).toBe(2);
    const frame = page.frames().find((f) => f.url().endsWith('/frame-child.html'))!;
    const framed = await eventually(
      () => highlightedTexts(page, frame),
      (h) => Object.values(h).flat().includes('Horgos'),
    );
    expect(Object.values(framed).flat().sort()).toEqual(['Horgos', 'Silk Road Economic Belt']);
    expect(Object.values(await highlightedTexts(page)).flat()).not.toContain('Lianyungang');
  });

  it('picks up text the page adds inside an open shadow root later', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/shadow-and-frames.html`);
    await settledAnnotations(session, page, (a) => a.mentions.length >= 2);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Later: Lianyungang joins in.';
      document.getElementById('open-host')!.shadowRoot!.append(p);
    });
    await settledAnnotations(session, page, (a) => a.mentions.some((m) => m.name === 'Lianyungang'));
  });
});
