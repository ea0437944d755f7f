import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { universalHighlightRules } from '../../../src/build/highlight-rules-plugin';
import { ROOT } from '../../e2e/harness';

const css = readFileSync(join(ROOT, 'src/content/highlights.css'), 'utf8');
const rules = css.replace(/\/\*[\s\S]*?\*\//g, '').split('}').map((r) => r.trim()).filter(Boolean);

describe('the highlight stylesheet', () => {
  it('writes every rule on the root, so that no rule matches every element of the page', () => {
    expect(rules.length).toBeGreaterThan(5);
    for (const rule of rules) expect(rule).toMatch(/^:root::highlight\(geolens-[a-z]+\) \{/);
  });

  it('becomes universal rules for Firefox, which does not inherit highlights from the root', () => {
    const firefox = universalHighlightRules(css);
    expect(firefox).not.toContain(':root');
    expect(firefox.match(/^::highlight\(/gm)).toHaveLength(rules.length);
    // Nothing else changes: the same declarations, in the same order.
    expect(firefox.replaceAll('::highlight(', ':root::highlight(')).toBe(css);
  });
});
