import { describe, expect, it } from 'vitest';
import { SEARCH_QUERY_MAX_LENGTH, searchUrl, viewerUrl } from '../../../src/shared/extension-urls';

const queryOf = (url: string) => new URL(url, 'chrome-extension://id/').searchParams.get('q');

describe('searchUrl', () => {
  it('opens the popup page with the selection as its query', () => {
    expect(searchUrl('Nursultan Nazarbayev')).toBe('src/popup/index.html?q=Nursultan%20Nazarbayev');
  });

  it('folds the line breaks and runs of spaces a selection carries', () => {
    expect(queryOf(searchUrl('  Silk Road\n\tEconomic   Belt '))).toBe('Silk Road Economic Belt');
  });

  it('encodes characters that mean something in a URL', () => {
    expect(queryOf(searchUrl('AT&T #1 50% ?'))).toBe('AT&T #1 50% ?');
  });

  it('caps a long selection without splitting a character', () => {
    const query = queryOf(searchUrl('🇰🇿'.repeat(SEARCH_QUERY_MAX_LENGTH)))!;
    expect(Array.from(query).length).toBe(SEARCH_QUERY_MAX_LENGTH);
  });
});

describe('viewerUrl', () => {
  it('opens the source viewer on the fact, its id encoded', () => {
    expect(viewerUrl('kz-china-trade-2014')).toBe('src/viewer/index.html?fact=kz-china-trade-2014');
    expect(new URL(viewerUrl('a&b=c'), 'chrome-extension://id/').searchParams.get('fact')).toBe('a&b=c');
  });
});
