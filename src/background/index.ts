import { browser } from '../shared/browser';

/**
 * The service worker keeps no state of its own: Chromium may suspend it at any
 * moment, so everything it needs is read from storage or the message at hand.
 */
browser.runtime.onInstalled.addListener(() => {
  // Install-time work (defaults, welcome page) lives with the settings module.
});
