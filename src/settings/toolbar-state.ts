/**
 * What the toolbar icon says about a page. The content script reports it
 * with its annotation count; the worker works it out itself for a page it
 * asks (a page restored from the back/forward cache). Pure: no browser APIs.
 */
import { isActiveOn, type Settings } from './settings.ts';

export const TOOLBAR_STATES = ['active', 'paused', 'off'] as const;
/** active: Geolens reads this page. paused: the user paused it on this site. off: the global switch is off. */
export type ToolbarState = (typeof TOOLBAR_STATES)[number];

export function toolbarState(settings: Settings, hostname: string): ToolbarState {
  if (!settings.enabled) return 'off';
  // The same rule the content script runs by, so the icon never disagrees with the page.
  return isActiveOn(settings, hostname) ? 'active' : 'paused';
}
