import { useState } from 'preact/hooks';
import { toggleSiteExclusion } from '../settings/excluded-sites';
import type { Settings } from '../settings/settings';
import { updateSettings } from '../settings/settings-store';
import { isSiteExcluded } from '../settings/site-patterns';
import { t } from '../shared/i18n';
import { hostnameForDisplay } from '../settings/punycode';
import type { PageState } from './use-page-annotations';

/**
 * "Pause on this site" and the global switch. They write the stored settings,
 * the same ones the options page edits; the tab reacts to the storage change
 * at once, and so does this popup (through `useStoredSettings`).
 */
export function QuickControls({ settings, page }: { settings: Settings | undefined; page: PageState }) {
  const [problem, setProblem] = useState<string>();
  const save = (change: (current: Settings) => Settings) => {
    setProblem(undefined);
    updateSettings(change).catch((error: unknown) => setProblem(t('popupSaveFailed', String(error))));
  };
  const hostname = page.status === 'ready' ? page.hostname : undefined;
  const paused = !!settings && !!hostname && isSiteExcluded(hostname, settings.excludedSites);
  const toggleSite = () => {
    if (!hostname) return;
    save((current) => {
      const toggled = toggleSiteExclusion(current, hostname);
      if (toggled.ok) return toggled.settings;
      setProblem(t(toggled.problem.key, ...toggled.problem.values));
      return current;
    });
  };
  return (
    <div class="controls">
      {hostname && settings && (
        <button type="button" class="pill" aria-pressed={paused} title={t(paused ? 'popupResumeSiteTitle' : 'popupPauseSiteTitle', hostnameForDisplay(hostname))}
          onClick={toggleSite} data-testid="pause-site">
          {paused ? t('popupResumeSite') : t('popupPauseSite')}
        </button>
      )}
      <button type="button" role="switch" class="switch" aria-checked={settings?.enabled ?? true} disabled={!settings}
        onClick={() => save((current) => ({ ...current, enabled: !current.enabled }))} data-testid="enabled-switch">
        <span class="track" aria-hidden="true">
          <span class="thumb" />
        </span>
        {t('popupEnabledLabel')}
      </button>
      {problem && (
        <p class="problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
