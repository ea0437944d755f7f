import { describe, expect, it } from 'vitest';
import { pageTheme, parseRgb, relativeLuminance } from '../../../../src/content/card/page-theme';

describe('pageTheme', () => {
  it('follows the first opaque background around the word', () => {
    expect(pageTheme(['rgba(0, 0, 0, 0)', 'rgb(255, 255, 255)'], true)).toBe('light');
    expect(pageTheme(['rgb(18, 20, 23)', 'rgb(255, 255, 255)'], false)).toBe('dark');
    expect(pageTheme(['rgba(0, 0, 0, 0.1)', 'rgb(30, 30, 30)'], false)).toBe('dark');
  });

  it('falls back to the canvas when nothing is painted', () => {
    expect(pageTheme(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)'], false)).toBe('light');
    expect(pageTheme([], true)).toBe('dark');
  });

  it('leaves a mid-tone page to the system setting', () => {
    expect(pageTheme(['rgb(128, 128, 128)'], false)).toBeNull();
  });

  it('reads the colour forms computed styles give', () => {
    expect(parseRgb('rgb(1, 2, 3)')).toEqual([1, 2, 3, 1]);
    expect(parseRgb('rgba(1, 2, 3, 0.5)')).toEqual([1, 2, 3, 0.5]);
    expect(parseRgb('rgb(1 2 3 / 50%)')).toEqual([1, 2, 3, 0.5]);
    expect(parseRgb('transparent')).toBeNull();
    expect(relativeLuminance([255, 255, 255])).toBeCloseTo(1);
    expect(relativeLuminance([0, 0, 0])).toBe(0);
  });
});
