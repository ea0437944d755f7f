/**
 * The toolbar icon says whether Geolens reads the page in front: active,
 * paused on this site, or off everywhere. Per tab, it follows the content
 * script's reports (which come with every badge update, and on every
 * settings change). The browser drops per-tab icons when a tab navigates, so
 * pages where Geolens does not run (browser pages, the web store) show the
 * default icon, which follows the global switch. The icon's title says the
 * same in words.
 */
import { loadSettings } from '../settings/settings-store';
import { browser } from '../shared/browser';
import { t, type MessageKey } from '../shared/i18n';
import type { ToolbarState } from '../settings/toolbar-state';
import { TOOLBAR_ICON_SIZES, iconPath } from './icon-paths';

const TITLE_KEYS = {
  active: 'extName',
  paused: 'actionTitlePaused',
  off: 'actionTitleOff',
} as const satisfies Record<ToolbarState, MessageKey>;

export function iconPathsFor(state: ToolbarState): Record<string, string> {
  return Object.fromEntries(TOOLBAR_ICON_SIZES.map((size) => [String(size), iconPath(state, size)]));
}

/** The icon and title of one tab. */
export async function setTabState(tabId: number, state: ToolbarState): Promise<void> {
  await Promise.all([
    browser.action.setIcon({ tabId, path: iconPathsFor(state) }),
    browser.action.setTitle({ tabId, title: t(TITLE_KEYS[state]) }),
  ]);
}

/** The icon and title of every tab without one of its own: active, or off when the global switch is off. */
export async function setDefaultState(enabled: boolean): Promise<void> {
  const state: ToolbarState = enabled ? 'active' : 'off';
  await Promise.all([
    browser.action.setIcon({ path: iconPathsFor(state) }),
    browser.action.setTitle({ title: t(TITLE_KEYS[state]) }),
  ]);
}

/** The default icon from stored settings: on install, on browser start (the default may not outlive a restart). */
export async function syncDefaultState(): Promise<void> {
  await setDefaultState((await loadSettings()).enabled);
}
