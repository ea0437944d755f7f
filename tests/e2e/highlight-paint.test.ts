/**
 * The highlights are painted. Chromium's build styles them with
 * `:root::highlight(…)` rules that every element inherits
 * (src/build/highlight-rules-plugin.ts): this checks, in pixels, that text
 * deep in the page and inside an open shadow root is painted all the same.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/settings/settings';
import { clearHighlights, highlightBox } from './paint-check';
import { settledAnnotations, useExtension, writeSettings } from './page-helpers';

describe('highlight painting in Chromium', () => {
  const env = useExtension();

  beforeAll(async () => {
    await writeSettings(env.session, { ...defaultSettings(), highlightScope: 'all' });
  });

  it('paints a highlight in the page and inside an open shadow root, and nothing once the highlights are gone', async () => {
    const page = await env.session.context.newPage();
    await page.goto(`${env.server.origin}/shadow-and-frames.html`);
    await settledAnnotations(env.session, page, (a) => a.mentions.length >= 2);
    const light = await page.evaluate(highlightBox, ['geolens-background', false] as [string, boolean]);
    const shadow = await page.evaluate(highlightBox, ['geolens-background', true] as [string, boolean]);
    expect(light).not.toBeNull();
    expect(shadow).not.toBeNull();
    const before = [await page.screenshot({ clip: light! }), await page.screenshot({ clip: shadow! })];
    await page.evaluate(clearHighlights);
    const after = [await page.screenshot({ clip: light! }), await page.screenshot({ clip: shadow! })];
    expect(before[0]!.equals(after[0]!), 'the light DOM highlight was painted').toBe(false);
    expect(before[1]!.equals(after[1]!), 'the shadow DOM highlight was painted').toBe(false);
    await page.close();
  });
});
