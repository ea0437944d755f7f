import { defineManifest } from '@crxjs/vite-plugin';
import pkg from '../package.json' with { type: 'json' };


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
  // Why each permission: README "Permissions".
  permissions: ['storage', 'activeTab'],
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
  commands: {
    'next-annotation': {
      suggested_key: { default: 'Alt+Shift+J' },
      description: '__MSG_commandNextAnnotation__',
    },
    'previous-annotation': {
      suggested_key: { default: 'Alt+Shift+K' },
      description: '__MSG_commandPreviousAnnotation__',
    },
  },
  // Deliberately no web_accessible_resources: pages must not be able to
  // fetch (and so fingerprint) any extension file.
});
