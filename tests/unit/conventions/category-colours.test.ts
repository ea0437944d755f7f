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
