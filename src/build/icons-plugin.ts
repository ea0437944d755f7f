/**
 * The icons, rendered from the SVG sources in src/build/icons/ at build time.
 * The PNGs are build output only (never committed), so they cannot drift
 * from their source: toolbar.svg, drawn on a 16 px grid, gives the toolbar
 * states at 16 and 32 px; app.svg, with more detail, gives the 48 and 128 px
 * icons of the extensions page and the stores.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { Plugin } from 'vite';
import { iconFiles } from '../background/icon-paths.ts';
import type { ToolbarState } from '../settings/toolbar-state.ts';

const SOURCES = join(import.meta.dirname, 'icons');
/** The root class toolbar.svg is saved with; the build swaps in the state and size it renders. */
const TOOLBAR_ROOT_CLASS = 'class="active size-16"';

/** toolbar.svg carries its states and sizes as classes on the root element. */
export function toolbarSvg(state: ToolbarState, size: 16 | 32): string {
  const svg = readFileSync(join(SOURCES, 'toolbar.svg'), 'utf8');
  if (!svg.includes(TOOLBAR_ROOT_CLASS)) throw new Error(`src/build/icons/toolbar.svg: the root <svg> must carry ${TOOLBAR_ROOT_CLASS}`);
  return svg.replace(TOOLBAR_ROOT_CLASS, `class="${state} size-${size}"`);
}

export function iconSvg(state: ToolbarState, size: number): string {
  if (size === 16 || size === 32) return toolbarSvg(state, size);
  if (state !== 'active') throw new Error(`Only the toolbar sizes (16, 32) come in the ${state} state`);
  return readFileSync(join(SOURCES, 'app.svg'), 'utf8');
}

/** The icon as resvg renders it: `.asPng()` is the file, `.pixels` its RGBA (for the tests). */
export function renderIconImage(state: ToolbarState, size: number) {
  return new Resvg(iconSvg(state, size), { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render();
}

export function renderIcon(state: ToolbarState, size: number): Buffer {
  return renderIconImage(state, size).asPng();
}

export function iconsPlugin(): Plugin {
  return {
    name: 'geolens-icons',
    apply: 'build',
    // Emitted before crxjs reads the manifest's icons, so it finds them in the bundle.
    buildStart() {
      for (const file of iconFiles()) {
        this.addWatchFile(join(SOURCES, file.size > 32 ? 'app.svg' : 'toolbar.svg'));
        this.emitFile({ type: 'asset', fileName: file.path, source: renderIcon(file.state, file.size) });
      }
    },
  };
}
