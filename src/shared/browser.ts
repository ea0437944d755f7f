/**
 * The one seam to the browser's extension APIs. Everything else imports
 * `browser` from here, so tests and the Firefox build have one place to look,
 * and webextension-polyfill is imported exactly once.
 */
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Storage, Tabs } from 'webextension-polyfill';
