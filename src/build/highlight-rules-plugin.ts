/**
 * The highlight stylesheet (src/content/highlights.css) writes its rules as
 * `:root::highlight(name)`: one rule, on the root element, that every
 * element's highlight inherits (CSS highlight inheritance, Chromium's model
 * for custom highlights since they shipped). A universal
 * `::highlight(name)` rule instead matches every element of the page, and
 * every style recalculation of a large page paid for it, even with Geolens
 * paused (docs/perf-log.md). Firefox does not inherit a custom highlight's
 * style from the root, so its build gets the universal rules.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { TargetBrowser } from '../../manifest/manifest.config.ts';

const STYLESHEET = 'src/content/highlights.css';
const ROOT_RULE = ':root::highlight(';

/** The stylesheet for a browser whose highlights do not inherit from the root's. */
export function universalHighlightRules(css: string): string {
  return css.replaceAll(ROOT_RULE, '::highlight(');
}

export function highlightRulesPlugin(browser: TargetBrowser): Plugin {
  return {
    name: 'geolens-highlight-rules',
    apply: 'build',
    enforce: 'post',
    // The CRX plugin copies the stylesheet itself, after the bundle is generated: it is rewritten where it was written.
    writeBundle: {
      order: 'post',
      sequential: true,
      handler(options) {
        if (browser !== 'firefox') return;
        const file = join(options.dir ?? '', STYLESHEET);
        if (!existsSync(file)) this.error(`${file} was not written: the Firefox build would get rules it cannot paint`);
        writeFileSync(file, universalHighlightRules(readFileSync(file, 'utf8')));
      },
    },
  };
}
