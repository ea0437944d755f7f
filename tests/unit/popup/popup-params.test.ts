import { describe, expect, it } from 'vitest';
import { readPopupParams } from '../../../src/popup/popup-params';
import { searchUrl } from '../../../src/shared/extension-urls';

describe('readPopupParams', () => {
  it('reads the search the context menu opens the popup with', () => {
    const url = new URL(searchUrl('  Karim   Massimov '), 'chrome-extension://id/');
    expect(readPopupParams(url.search)).toEqual({ query: 'Karim Massimov' });
  });

  it('reads the tab to speak for, and ignores one that is not a tab id', () => {
    expect(readPopupParams('?tab=42')).toEqual({ query: '', tabId: 42 });
    expect(readPopupParams('?tab=-1')).toEqual({ query: '' });
    expect(readPopupParams('?tab=abc')).toEqual({ query: '' });
    expect(readPopupParams('')).toEqual({ query: '' });
  });
});
