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

  it('keeps only the host of a host typed with a path, port or user', () => {
    expect(parseSitePattern('Example.com/news?id=1')).toEqual({ ok: true, pattern: 'example.com' });
    expect(parseSitePattern('localhost:3000')).toEqual({ ok: true, pattern: 'localhost' });
    expect(parseSitePattern('ftp://me@files.example.org:21/x')).toEqual({ ok: true, pattern: 'files.example.org' });
    expect(parseSitePattern('*.example.com/anything')).toEqual({ ok: true, pattern: '*.example.com' });
  });

  it('stores international names in the punycode form pages report as their hostname', () => {
    expect(parseSitePattern('bücher.de')).toEqual({ ok: true, pattern: 'xn--bcher-kva.de' });
    expect(parseSitePattern('*.bücher.de')).toEqual({ ok: true, pattern: '*.xn--bcher-kva.de' });
  });

  it('drops the trailing dot of a fully qualified name', () => {
    expect(parseSitePattern('example.com.')).toEqual({ ok: true, pattern: 'example.com' });
  });

  it.each([
    ['', 'optionsSiteErrorEmpty'],
    ['   ', 'optionsSiteErrorEmpty'],
    ['not a site', 'optionsSiteErrorHostname'],
    ['example', 'optionsSiteErrorHostname'],
    ['-bad.com', 'optionsSiteErrorHostname'],
    ['example.123', 'optionsSiteErrorHostname'],
    ['under_score.com', 'optionsSiteErrorHostname'],
    ['exa*mple.com', 'optionsSiteErrorWildcard'],
    ['*.*.example.com', 'optionsSiteErrorWildcard'],
    ['*.', 'optionsSiteErrorWildcard'],
    ['*.127.0.0.1', 'optionsSiteErrorIp'],
  ])('rejects %j and says why (%s)', (input, key) => {
    const result = parseSitePattern(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.key).toBe(key);
  });

  it('rejects a name longer than DNS allows (253 characters)', () => {
    const label = 'a'.repeat(63);
    expect(parseSitePattern(`${label}.${label}.${label}.${label}.com`).ok).toBe(false);
    expect(parseSitePattern(`${label}.${label}.${label}.com`).ok).toBe(true);
  });

  it('quotes what the user typed in the problem, so they can see what to fix', () => {
    const result = parseSitePattern('  bad site ');
    expect(!result.ok && result.problem.values).toEqual(['bad site']);
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

  it('ignores case and a trailing dot in the page host', () => {
    expect(siteMatchesPattern('WWW.Example.COM.', 'example.com')).toBe(true);
  });

  it('does not let a hostname rule cover other hosts that merely end the same way', () => {
    expect(siteMatchesPattern('notexample.com', 'example.com')).toBe(false);
    expect(siteMatchesPattern('example.com.evil.net', 'example.com')).toBe(false);
  });

  it('matches IP addresses and localhost exactly', () => {
    expect(siteMatchesPattern('127.0.0.1', '127.0.0.1')).toBe(true);
    expect(siteMatchesPattern('127.0.0.10', '127.0.0.1')).toBe(false);
    expect(siteMatchesPattern('localhost', 'localhost')).toBe(true);
  });

  it('checks a host against a whole list', () => {
    expect(isSiteExcluded('mail.example.org', ['a.com', '*.example.org'])).toBe(true);
    expect(isSiteExcluded('example.net', ['a.com', '*.example.org'])).toBe(false);
  });
});
