/**
 * Keyboard commands. Invoking one grants `activeTab`, so the worker may read
 * the tab's URL (to toggle its site) and message it, without broader
 * permissions.
 */
import { browser, type Tabs } from '../shared/browser';
import { askTopFrame } from '../messages/runtime-messaging';
import { toggleSiteExclusion } from '../settings/excluded-sites';
import { updateSettings } from '../settings/settings-store';
import { COMMAND } from './command-names';

export async function onCommand(command: string, tab: Tabs.Tab | undefined): Promise<void> {
  const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (target?.id === undefined) return;
  switch (command) {
    case COMMAND.nextAnnotation:
      return cycleAnnotations(target.id, 1);
    case COMMAND.previousAnnotation:
      return cycleAnnotations(target.id, -1);
    case COMMAND.toggleSite:
      return toggleSite(target);
    default:
      return undefined;
  }
}

async function cycleAnnotations(tabId: number, direction: 1 | -1): Promise<void> {
  // No content script on this page (a browser page, an excluded site): nothing to cycle through.
  await askTopFrame(tabId, 'cycle-annotations', { direction }).catch(() => {});
}

/** Pauses Geolens on the tab's site, or resumes it there; open tabs follow through storage.onChanged. */
async function toggleSite(tab: Tabs.Tab): Promise<void> {
  const hostname = annotatableHost(tab.url ?? (await browser.tabs.get(tab.id!)).url);
  if (!hostname) return;
  await updateSettings((settings) => {
    const toggled = toggleSiteExclusion(settings, hostname);
    if (toggled.ok) return toggled.settings;
    // Only a full site list gets here; the options page says so when the user looks.
    console.warn(`Geolens could not pause ${hostname}: ${toggled.problem.key}`);
    return settings;
  });
}

/** The host of a page Geolens can run on (http and https only), or undefined. */
function annotatableHost(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? hostname : undefined;
  } catch {
    return undefined;
  }
}
