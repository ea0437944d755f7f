import { defineManifest } from '@crxjs/vite-plugin';
import pkg from '../package.json' with { type: 'json' };
import { COMMAND } from '../src/background/command-names.ts';
import { APP_ICON_SIZES, TOOLBAR_ICON_SIZES, iconPath } from '../src/background/icon-paths.ts';

export type TargetBrowser = 'chrome' | 'firefox';

/**
 * Firefox's id for Geolens: addons.mozilla.org, storage.sync and updates are
 * keyed by it. Never change it once published.
 */
export const GECKO_ID = 'geolens@geolens.extension';
/** The first Firefox with the CSS Custom Highlight API, which paints every annotation. */
export const FIREFOX_MIN_VERSION = '140.0';
/** The first Firefox for Android that reads the data consent key below (Firefox's desktop has it from 140). */
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';
/** The first Chromium with the Popover API, which puts the card in the top layer (the CSS Custom Highlight API came in 105). */
export const CHROME_MIN_VERSION = '114';

const BACKGROUND = 'src/background/index.ts';

/** Generated from src/build/icons/*.svg by src/build/icons-plugin.ts. */
const icons = (sizes: readonly number[]) => Object.fromEntries(sizes.map((size) => [size, iconPath('active', size)]));

/**
 * The one manifest source, for both browsers. Chromium gets a module service
 * worker; Firefox gets a background script (crxjs `browser: 'firefox'` turns
 * `background.scripts` into its loader) and its gecko settings. Everything
 * else is shared, so only keys both browsers accept belong outside the
 * per-browser branch below.
 */
export function geolensManifest(browser: TargetBrowser) {
  const shared = {
    manifest_version: 3,
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    version: pkg.version,
    icons: icons(APP_ICON_SIZES),
    // Why each permission: README "Permissions". storage: settings in storage.sync. activeTab: the
    // popup and keyboard commands reach the tab in front, only when used. contextMenus: "Look up
    // “…” in Geolens" on selected text.
    permissions: ['storage', 'activeTab', 'contextMenus'],
    action: {
      default_title: '__MSG_extName__',
      default_popup: 'src/popup/index.html',
      // The worker swaps these per tab for the paused and off states (src/background/toolbar-icon.ts).
      default_icon: icons(TOOLBAR_ICON_SIZES),
    },
    // Both browsers read options_ui; options_page is Chromium's alone. A tab, not an embedded box:
    // the page is laid out for a full window.
    options_ui: { page: 'src/options/index.html', open_in_tab: true },
    content_scripts: [
      {
        matches: ['http://*/*', 'https://*/*'],
        js: ['src/content/index.ts'],
        // Injected by the browser as a stylesheet of its own: no <style> element lands in the page.
        css: ['src/content/highlights.css'],
        run_at: 'document_idle',
        all_frames: true,
      },
    ],
    // Chrome takes at most four suggested keys; these use three, leaving one free. Chromium's own
    // Alt+Shift shortcuts use other letters (A, B, I, T). Users rebind them in the browser's
    // extension shortcuts page.
    commands: {
      [COMMAND.nextAnnotation]: {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_commandNextAnnotation__',
      },
      [COMMAND.previousAnnotation]: {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandPreviousAnnotation__',
      },
      [COMMAND.toggleSite]: {
        suggested_key: { default: 'Alt+Shift+G' },
        description: '__MSG_commandToggleSite__',
      },
    },
    // Deliberately no web_accessible_resources: pages must not be able to
    // fetch (and so fingerprint) any extension file.
  };

  if (browser === 'firefox') {
    return {
      ...shared,
      background: { scripts: [BACKGROUND] },
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          strict_min_version: FIREFOX_MIN_VERSION,
          // Firefox's built-in data consent: Geolens collects and transmits nothing.
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android reads data_collection_permissions from 142 on.
        gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
      },
    };
  }
  return {
    ...shared,
    minimum_chrome_version: CHROME_MIN_VERSION,
    background: { service_worker: BACKGROUND, type: 'module' },
  };
}

export function defineGeolensManifest(browser: TargetBrowser) {
  return defineManifest(geolensManifest(browser) as Parameters<typeof defineManifest>[0]);
}

/** The Chromium manifest (the default build). */
export default defineGeolensManifest('chrome');
