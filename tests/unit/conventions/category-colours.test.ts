import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src/model/entity';
import { CATEGORY_STYLE } from '../../../src/shared/category-style';

const css = readFileSync(join(import.meta.dirname, '../../../src/content/highlights.css'), 'utf8');

describe('category colours', () => {
  it.each([...CATEGORIES])('page highlight for %s uses the same hue as the UI', (category) => {
    const rule = new RegExp(`::highlight\\(geolens-${category}\\)\\s*{([^}]*)}`).exec(css);
    expect(rule, `a ::highlight(geolens-${category}) rule`).not.toBeNull();
    expect(rule![1]).toContain(`rgb(${CATEGORY_STYLE[category].rgb} /`);
  });
});

describe('the marks a reader sees by default', () => {
  // A decoration in any highlight with a range makes Chromium re-walk every box of the page in each
  // frame that repaints anything (docs/perf-log.md): only the marks whose line style is their meaning draw one.
  it.each([...CATEGORIES, 'focus'])('%s is a fill with no text-decoration', (name) => {
    const rule = new RegExp(`::highlight\\(geolens-${name}\\)\\s*{([^}]*)}`).exec(css);
    expect(rule, `a ::highlight(geolens-${name}) rule`).not.toBeNull();
    expect(rule![1]).toContain('background-color');
    expect(rule![1]).not.toMatch(/text-decoration|text-underline/);
  });
});
