import { describe, expect, it } from 'vitest';
import { isSiteExcluded, parseSitePattern, siteMatchesPattern } from '../../../src/settings/site-patterns';

describe('parseSitePattern', () => {
  it('accepts hostnames and normalises their case', () => {
    expect(parseSitePattern(' News.Example.COM ')).toEqual({ ok: true, pattern: 'news.example.com' });
  });

  it('accepts a leading wildcard', () => {
    expect(parseSitePattern('*.example.com')).toEqual({ ok: true, pattern: '*.example.com' });
  });

  it('keeps only the host of a pasted URL', () => {
    expect(parseSitePattern('https://www.example.com/path?q=1')).toEqual({ ok: true, pattern: 'www.example.com' });
  });

  it('accepts localhost and IPv4 addresses', () => {
    expect(parseSitePattern('localhost').ok).toBe(true);
    expect(parseSitePattern('127.0.0.1').ok).toBe(true);
    expect(parseSitePattern('300.0.0.1').ok).toBe(false);
  });

  it.each(['', 'not a site', 'exa*mple.com', 'example', '-bad.com', 'example.123', '*.'])('rejects %j with a message', (input) => {
    const result = parseSitePattern(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.length).toBeGreaterThan(10);
  });
});

describe('siteMatchesPattern', () => {
  it('matches a hostname and its www. form', () => {
    expect(siteMatchesPattern('example.com', 'example.com')).toBe(true);
    expect(siteMatchesPattern('www.example.com', 'example.com')).toBe(true);
    expect(siteMatchesPattern('news.example.com', 'example.com')).toBe(false);
  });

  it('matches a wildcard against the domain and all its subdomains only', () => {
    expect(siteMatchesPattern('example.com', '*.example.com')).toBe(true);
    expect(siteMatchesPattern('a.b.example.com', '*.example.com')).toBe(true);
    expect(siteMatchesPattern('badexample.com', '*.example.com')).toBe(false);
  });

  it('checks a host against a whole list', () => {
    expect(isSiteExcluded('mail.example.org', ['a.com', '*.example.org'])).toBe(true);
    expect(isSiteExcluded('example.net', ['a.com', '*.example.org'])).toBe(false);
  });
});
