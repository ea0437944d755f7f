/**
 * Which theme the card takes on a page: the page's own, where its background
 * is clearly light or dark, so that a dark card does not sit on a white
 * article because the system is in dark mode. Pure: the card host reads the
 * computed background colours and hands them in.
 */
export type CardTheme = 'light' | 'dark';

/** Alpha above which a background hides what is behind it. */
const OPAQUE = 0.5;
/** Relative luminance (WCAG) at or above which a background is clearly light, and at or below which clearly dark. */
const LIGHT_LUMINANCE = 0.5;
const DARK_LUMINANCE = 0.2;

/** "rgb(12, 34, 56)" or "rgba(12, 34, 56, 0.5)" (or the space-separated forms) → [r, g, b, a]; null otherwise. */
export function parseRgb(color: string): [number, number, number, number] | null {
  const match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(color.trim());
  if (!match) return null;
  const alpha = match[4] === undefined ? 1 : match[4].endsWith('%') ? parseFloat(match[4]) / 100 : parseFloat(match[4]);
  return [Number(match[1]), Number(match[2]), Number(match[3]), alpha];
}

export function relativeLuminance([r, g, b]: readonly number[]): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
}

/**
 * The theme for a page, from the background colours around the hovered word,
 * innermost first; `canvasDark` says whether the page's canvas (behind every
 * transparent background) is dark. Null when the page's colour is neither
 * clearly light nor clearly dark: the card then follows the system.
 */
export function pageTheme(backgrounds: readonly string[], canvasDark: boolean): CardTheme | null {
  for (const background of backgrounds) {
    const rgba = parseRgb(background);
    if (!rgba || rgba[3] <= OPAQUE) continue;
    const luminance = relativeLuminance(rgba);
    if (luminance >= LIGHT_LUMINANCE) return 'light';
    if (luminance <= DARK_LUMINANCE) return 'dark';
    return null;
  }
  return canvasDark ? 'dark' : 'light';
}
