/**
 * Site rules: a hostname (`example.com`, which also covers its subdomains'
 * `www.`) or a wildcard (`*.example.com`, the domain and every subdomain).
 * Pure string logic, shared by the options page (validation) and the content
 * script (matching).
 */

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

export type SitePatternResult = { ok: true; pattern: string } | { ok: false; error: string };

/** Normalises what a user typed (a URL, a host, a wildcard) or says why it is not a site. */
export function parseSitePattern(input: string): SitePatternResult {
  let text = input.trim().toLowerCase();
  if (!text) return { ok: false, error: 'Enter a hostname such as example.com or *.example.com.' };
  // People paste whole URLs; keep only the host.
  const url = /^[a-z][a-z0-9+.-]*:\/\//.test(text) ? safeUrl(text) : undefined;
  if (url) text = url.hostname;
  text = text.replace(/\.$/, '');
  const wildcard = text.startsWith('*.');
  const host = wildcard ? text.slice(2) : text;
  if (host.includes('*')) return { ok: false, error: `"${input.trim()}": a wildcard is only allowed as "*." at the start.` };
  if (host === 'localhost') return { ok: true, pattern: text };
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host)) {
    const valid = host.split('.').every((part) => Number(part) <= 255);
    return valid && !wildcard ? { ok: true, pattern: host } : { ok: false, error: `"${input.trim()}" is not a valid IP address.` };
  }
  const labels = host.split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label)) || /^\d+$/.test(labels.at(-1)!)) {
    return { ok: false, error: `"${input.trim()}" is not a hostname (example.com) or wildcard (*.example.com).` };
  }
  return { ok: true, pattern: text };
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
