/**
 * Site rules: a hostname (`example.com`, which also covers its `www.`
 * form) or a wildcard (`*.example.com`, the domain and every subdomain).
 * Pure string logic, shared by the options page (validation), the worker's
 * toggle command and the content script (matching).
 */
import { settingsProblem, type SettingsProblem } from './settings-problem.ts';

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
/** The longest hostname DNS allows. */
const MAX_HOSTNAME_LENGTH = 253;

export type SitePatternResult = { ok: true; pattern: string } | { ok: false; problem: SettingsProblem };

/** Normalises what a user typed (a URL, a host, a wildcard) or says why it is not a site. */
export function parseSitePattern(input: string): SitePatternResult {
  const typed = input.trim();
  if (!typed) return { ok: false, problem: settingsProblem('optionsSiteErrorEmpty') };
  const text = hostPart(typed.toLowerCase());
  const wildcard = text.startsWith('*.');
  const host = toAscii(wildcard ? text.slice(2) : text);
  if (host.includes('*')) return { ok: false, problem: settingsProblem('optionsSiteErrorWildcard', typed) };
  if (host === 'localhost') return { ok: true, pattern: host };
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host)) {
    const valid = host.split('.').every((part) => Number(part) <= 255);
    return valid && !wildcard ? { ok: true, pattern: host } : { ok: false, problem: settingsProblem('optionsSiteErrorIp', typed) };
  }
  const labels = host.split('.');
  const hostname =
    host.length <= MAX_HOSTNAME_LENGTH &&
    labels.length >= 2 &&
    labels.every((label) => LABEL.test(label)) &&
    !/^\d+$/.test(labels.at(-1)!);
  if (!hostname) return { ok: false, problem: settingsProblem('optionsSiteErrorHostname', typed) };
  return { ok: true, pattern: wildcard ? `*.${host}` : host };
}

/**
 * The host of what people paste: a whole URL, or a host with a path or port.
 * Done by hand rather than by the URL parser, whose handling of `*` differs
 * between browsers and Node (and so between the extension and its tests).
 */
function hostPart(text: string): string {
  const withoutScheme = text.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  const authority = withoutScheme.split(/[/?#]/, 1)[0]!;
  const withoutUser = authority.slice(authority.lastIndexOf('@') + 1);
  return withoutUser.replace(/:\d*$/, '').replace(/\.$/, '');
}

/** International names in the punycode form that `location.hostname` reports (bücher.de → xn--bcher-kva.de). */
function toAscii(host: string): string {
  if (/^[\x20-\x7e]*$/.test(host)) return host;
  return safeUrl(`http://${host}`)?.hostname ?? host;
}

function safeUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/** Whether a page's hostname falls under a stored pattern. */
export function siteMatchesPattern(hostname: string, pattern: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (pattern.startsWith('*.')) {
    const domain = pattern.slice(2);
    return host === domain || host.endsWith('.' + domain);
  }
  return host === pattern || host === 'www.' + pattern;
}

export function isSiteExcluded(hostname: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => siteMatchesPattern(hostname, pattern));
}
