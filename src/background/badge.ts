/**
 * The toolbar badge: how many entities are annotated in a tab. The count
 * lives in the tab's content script and in the badge itself (Chromium keeps
 * per-tab badge text); the worker only relays it, so nothing is lost when
 * the worker is suspended.
 */
import { browser } from '../shared/browser';
import { askTopFrame } from '../messages/runtime-messaging';
import { toolbarState } from '../settings/toolbar-state';
import { loadSettings } from '../settings/settings-store';
import { setTabState } from './toolbar-icon';

/** A blue that reads as "information" and keeps white digits legible. */
const BADGE_COLOUR = '#3b5bdb';

export function initBadgeStyle(): Promise<void> {
  return browser.action.setBadgeBackgroundColor({ color: BADGE_COLOUR });
}

export function setBadgeCount(tabId: number, count: number): Promise<void> {
  return browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
}

/**
 * A page that starts loading has nothing annotated yet, and if Geolens does
 * not run there (browser pages, the web store) nothing will ever replace the
 * old count: clear it. When loading completes, ask the page itself, because
 * a page restored from the back/forward cache or a single-page app's route
 * change passes through "loading" without its content script starting again.
 * Its answer also sets the tab's toolbar icon (the browser dropped the old one
 * when the tab navigated).
 */
export async function onTabUpdated(tabId: number, change: { status?: string }): Promise<void> {
  if (change.status === 'loading') return setBadgeCount(tabId, 0);
  if (change.status !== 'complete') return;
  const answer = await askTopFrame(tabId, 'page-annotations', {}).catch(() => undefined);
  // No answer: no content script (yet). It reports its own count and state once it has them.
  if (!answer) return;
  const state = toolbarState(await loadSettings(), hostnameOf(answer.url));
  await Promise.all([setBadgeCount(tabId, answer.mentions.length), setTabState(tabId, state)]);
}

function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
