import { defineManifest } from '@crxjs/vite-plugin';
import pkg from '../package.json' with { type: 'json' };
import { COMMAND } from '../src/background/command-names';

/**
 * The one manifest source. The Chromium build uses it as is; the Firefox
 * build (crxjs `browser: 'firefox'`) derives its background form from it.
 */
export default defineManifest({
  manifest_version: 3,
  name: '__MSG_extName__',
  description: '__MSG_extDescription__',
  default_locale: 'en',
  version: pkg.version,
  minimum_chrome_version: '105',
  // Why each permission: README "Permissions". storage: settings in storage.sync. activeTab: the
  // popup and keyboard commands reach the tab in front, only when used. contextMenus: "Look up
  // “…” in Geolens" on selected text.
  permissions: ['storage', 'activeTab', 'contextMenus'],
  background: {
    service_worker: 'src/background/index.ts',
    type: 'module',
  },
  action: {
    default_title: 'Geolens',
    default_popup: 'src/popup/index.html',
  },
  options_page: 'src/options/index.html',
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
  // Alt+Shift shortcuts use other letters (A, B, I, T). Users rebind at chrome://extensions/shortcuts.
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
});
