import { describe, expect, it } from 'vitest';
import { addExcludedSite, removeExcludedSite, toggleSiteExclusion } from '../../../src/settings/excluded-sites';
import { MAX_EXCLUDED_SITES, defaultSettings, type Settings } from '../../../src/settings/settings';

const withSites = (...excludedSites: string[]): Settings => ({ ...defaultSettings(), excludedSites });

describe('addExcludedSite', () => {
  it('adds what the user typed, normalised, at the end of the list', () => {
    const result = addExcludedSite(withSites('a.com'), ' https://News.Example.com/today ');
    expect(result.ok && result.settings.excludedSites).toEqual(['a.com', 'news.example.com']);
  });

  it('leaves the settings it was given alone', () => {
    const settings = withSites('a.com');
    addExcludedSite(settings, 'b.com');
    expect(settings.excludedSites).toEqual(['a.com']);
  });

  it('refuses invalid input with the pattern problem', () => {
    const result = addExcludedSite(withSites(), 'not a site');
    expect(!result.ok && result.problem.key).toBe('optionsSiteErrorHostname');
  });

  it('refuses a site already in the list', () => {
    const result = addExcludedSite(withSites('example.com'), 'EXAMPLE.com');
    expect(!result.ok && result.problem).toEqual({ key: 'optionsSiteErrorDuplicate', values: ['example.com'] });
  });

  it('names an international site in the refusal as the user wrote it', () => {
    const added = addExcludedSite(withSites(), 'münchen.de');
    expect(added.ok && added.settings.excludedSites).toEqual(['xn--mnchen-3ya.de']);
    const again = addExcludedSite(withSites('xn--mnchen-3ya.de'), 'MÜNCHEN.de');
    expect(!again.ok && again.problem).toEqual({ key: 'optionsSiteErrorDuplicate', values: ['münchen.de'] });
  });

  it('refuses a site once the list is full', () => {
    const full = withSites(...Array.from({ length: MAX_EXCLUDED_SITES }, (_, i) => `s${i}.io`));
    const result = addExcludedSite(full, 'one-more.com');
    expect(!result.ok && result.problem.key).toBe('optionsSiteErrorFull');
  });

  it('refuses a site that would make the settings too large for storage.sync', () => {
    const long = withSites(...Array.from({ length: 110 }, (_, i) => `${'a'.repeat(60)}${i}.example.com`));
    const result = addExcludedSite(long, `${'b'.repeat(60)}.example.com`);
    expect(!result.ok && result.problem.key).toBe('optionsSiteErrorFull');
  });
});

describe('removeExcludedSite', () => {
  it('removes exactly that pattern', () => {
    expect(removeExcludedSite(withSites('a.com', '*.a.com', 'b.com'), 'a.com').excludedSites).toEqual(['*.a.com', 'b.com']);
  });
});

describe('toggleSiteExclusion', () => {
  it('pauses a host by adding it without www., which covers both forms', () => {
    const result = toggleSiteExclusion(withSites(), 'www.example.com');
    expect(result).toEqual({ ok: true, excluded: true, settings: withSites('example.com') });
  });

  it('keeps www. when it is the whole name', () => {
    const result = toggleSiteExclusion(withSites(), 'www.com');
    expect(result.ok && result.settings.excludedSites).toEqual(['www.com']);
  });

  it('resumes a host by removing every rule that covers it, wildcards included', () => {
    const result = toggleSiteExclusion(withSites('*.example.com', 'news.example.com', 'other.org'), 'news.example.com');
    expect(result).toEqual({ ok: true, excluded: false, settings: withSites('other.org') });
  });

  it('pauses and resumes back to where it started', () => {
    const start = withSites('other.org');
    const paused = toggleSiteExclusion(start, '127.0.0.1');
    const resumed = paused.ok && toggleSiteExclusion(paused.settings, '127.0.0.1');
    expect(resumed && resumed.ok && resumed.settings).toEqual(start);
  });

  it('says so when the host cannot be a site rule', () => {
    expect(toggleSiteExclusion(withSites(), '[::1]').ok).toBe(false);
  });
});
