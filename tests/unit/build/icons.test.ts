/**
 * The icons are rendered from src/build/icons/*.svg at build time and never
 * committed, so these tests look at what the build would emit: sizes,
 * colours per state, how much of the square the art fills, and contrast
 * against light and dark toolbars.
 */
import { describe, expect, it } from 'vitest';
import { iconFiles } from '../../../src/background/icon-paths';
import { renderIcon, renderIconImage, toolbarSvg } from '../../../src/build/icons-plugin';
import type { ToolbarState } from '../../../src/settings/toolbar-state';

type Rgba = [number, number, number, number];

function pixelsOf(state: ToolbarState, size: number): Rgba[] {
  const { pixels } = renderIconImage(state, size);
  return Array.from({ length: size * size }, (_, i) => [pixels[i * 4]!, pixels[i * 4 + 1]!, pixels[i * 4 + 2]!, pixels[i * 4 + 3]!]);
}

const near = (a: Rgba, hex: string, tolerance = 24) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return a[3] === 255 && Math.abs(a[0] - r!) <= tolerance && Math.abs(a[1] - g!) <= tolerance && Math.abs(a[2] - b!) <= tolerance;
};
const count = (pixels: Rgba[], test: (p: Rgba) => boolean) => pixels.filter(test).length;

/** WCAG relative luminance and contrast. */
function luminance([r, g, b]: readonly number[]): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
}
const contrast = (a: readonly number[], b: readonly number[]) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

/** Chromium's and Firefox's light and dark toolbars. */
const TOOLBARS = { light: [241, 243, 244], dark: [32, 33, 36], firefoxDark: [43, 42, 51] };

describe('icons', () => {
  it.each(iconFiles())('$path is a $size px PNG', ({ state, size }) => {
    const png = renderIcon(state, size);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
  });

  it.each(iconFiles())('$path fills its square, corners clear', ({ state, size }) => {
    const pixels = pixelsOf(state, size);
    const opaque = pixels.flatMap((p, i) => (p[3] > 128 ? [[i % size, Math.floor(i / size)] as const] : []));
    const span = (axis: 0 | 1) => Math.max(...opaque.map((xy) => xy[axis])) - Math.min(...opaque.map((xy) => xy[axis])) + 1;
    // The store icons keep a margin; toolbar icons use nearly all of their 16 px.
    const minimum = size <= 32 ? 0.85 : 0.7;
    expect(span(0) / size).toBeGreaterThanOrEqual(minimum);
    expect(span(1) / size).toBeGreaterThanOrEqual(minimum);
    expect(pixels[0]![3]).toBe(0);
  });

  it('draws the 16 px globe on whole pixels: its lines are solid white, not grey smears', () => {
    for (const state of ['active', 'paused', 'off'] as const) {
      const pixels = pixelsOf(state, 16);
      // The equator (7 px) and the meridian's straight sides.
      expect(count(pixels, (p) => near(p, '#ffffff', 8)), state).toBeGreaterThanOrEqual(10);
    }
  });

  it('tells the states apart by colour: blue when active, grey with an amber pause badge when paused, grey when off', () => {
    for (const size of [16, 32]) {
      const [active, paused, off] = (['active', 'paused', 'off'] as const).map((state) => pixelsOf(state, size));
      const blue = (p: Rgba) => near(p, '#3b5bdb');
      const amber = (p: Rgba) => near(p, '#f59f00');
      const grey = (p: Rgba) => near(p, '#7c8590');
      expect(count(active!, blue)).toBeGreaterThan(size * size * 0.2);
      expect(count(active!, amber)).toBe(0);
      expect(count(paused!, amber)).toBeGreaterThan(size * size * 0.08);
      expect(count(paused!, grey)).toBeGreaterThan(size * size * 0.1);
      expect(count(paused!, blue)).toBe(0);
      expect(count(off!, grey)).toBeGreaterThan(size * size * 0.2);
      expect(count(off!, (p) => blue(p) || amber(p))).toBe(0);
    }
  });

  it.each(['active', 'paused', 'off'] as const)('%s stands out on light and dark toolbars', (state) => {
    const body = state === 'active' ? [0x3b, 0x5b, 0xdb] : [0x7c, 0x85, 0x90];
    for (const [name, toolbar] of Object.entries(TOOLBARS)) {
      expect(contrast(body, toolbar), name).toBeGreaterThanOrEqual(2.5);
    }
    // The white globe lines read on the body itself.
    expect(contrast([255, 255, 255], body)).toBeGreaterThanOrEqual(3.5);
  });

  it('renders states from one source, switched by the class on its root element', () => {
    expect(toolbarSvg('paused', 32)).toContain('class="paused size-32"');
    expect(toolbarSvg('active', 16)).toContain('class="active size-16"');
  });
});
