/**
 * The one way UI code gets user-facing text: keys of
 * `src/static/_locales/en/messages.json`, looked up by the browser's i18n.
 * A unit test checks that every key used in `src` exists there.
 */
import { browser } from './browser.ts';
import type messages from '../static/_locales/en/messages.json';

export type MessageKey = keyof typeof messages;

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const text = browser.i18n.getMessage(key, substitutions.map(String));
  // An empty answer means a missing key; showing the key beats showing nothing.
  return text || key;
}
