/**
 * Edits to the excluded-site list, as pure functions from settings to
 * settings. The options page adds and removes sites; the worker's toggle
 * command and the popup's "Pause on this site" flip the current host.
 * Each edit either yields settings that storage will accept or says why not.
 */
import { MAX_EXCLUDED_SITES, SYNC_ITEM_QUOTA_BYTES, storedSize, type Settings } from './settings';
import { hostnameForDisplay } from './punycode';
import { settingsProblem, type SettingsProblem } from './settings-problem';
import { parseSitePattern, siteMatchesPattern } from './site-patterns';

export type SiteEdit = { ok: true; settings: Settings } | { ok: false; problem: SettingsProblem };

/** Adds what the user typed, normalised, or explains why it cannot be added. */
export function addExcludedSite(settings: Settings, input: string): SiteEdit {
  const parsed = parseSitePattern(input);
  if (!parsed.ok) return parsed;
  if (settings.excludedSites.includes(parsed.pattern)) {
    return { ok: false, problem: settingsProblem('optionsSiteErrorDuplicate', hostnameForDisplay(parsed.pattern)) };
  }
  const next = { ...settings, excludedSites: [...settings.excludedSites, parsed.pattern] };
  if (next.excludedSites.length > MAX_EXCLUDED_SITES || storedSize(next) > SYNC_ITEM_QUOTA_BYTES) {
    return { ok: false, problem: settingsProblem('optionsSiteErrorFull') };
  }
  return { ok: true, settings: next };
}

export function removeExcludedSite(settings: Settings, pattern: string): Settings {
  return { ...settings, excludedSites: settings.excludedSites.filter((site) => site !== pattern) };
}

export type SiteToggle = { ok: true; settings: Settings; excluded: boolean } | { ok: false; problem: SettingsProblem };

/**
 * Pauses Geolens on a host, or resumes it there. Resuming removes every rule
 * that covers the host (a wildcard included): the user asked for Geolens
 * here, and a toggle that sometimes does nothing would be worse. Pausing adds
 * the host without `www.`, which covers both forms.
 */
export function toggleSiteExclusion(settings: Settings, hostname: string): SiteToggle {
  const covering = settings.excludedSites.filter((pattern) => siteMatchesPattern(hostname, pattern));
  if (covering.length > 0) {
    const excludedSites = settings.excludedSites.filter((pattern) => !covering.includes(pattern));
    return { ok: true, settings: { ...settings, excludedSites }, excluded: false };
  }
  const added = addExcludedSite(settings, hostname.replace(/^www\.(?=[^.]+\.)/i, ''));
  return added.ok ? { ...added, excluded: true } : added;
}
