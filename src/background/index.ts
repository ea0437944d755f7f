/**
 * Service-worker entry. The worker keeps no state of its own: Chromium may
 * suspend it at any moment, so everything it needs comes from storage, the
 * badge, or the event at hand. Listeners are registered synchronously at the
 * top level, so a worker woken by an event is listening before it arrives.
 */
import { browser, type Runtime } from '../shared/browser';
import { isMessage, viewerUrl } from '../shared/messages';
import { initBadgeStyle, onTabUpdated, setBadgeCount } from './badge';
import { onCommand } from './commands';
import { onContextMenuClicked } from './context-menu';
import { onInstalled } from './install';

/** Failures here have no one to report to; they must not become unhandled rejections either. */
const logFailure = (what: string) => (error: unknown) => console.warn(`Geolens worker: ${what} failed`, error);

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isMessage(message)) return undefined;
  switch (message.type) {
    case 'annotations-changed': {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId !== 0) return undefined;
      return setBadgeCount(tabId, message.count).catch(logFailure('badge update'));
    }
    case 'open-source':
      return browser.tabs.create({ url: browser.runtime.getURL(viewerUrl(message.factId)) }).then(() => undefined);
    default:
      return undefined;
  }
});

browser.runtime.onInstalled.addListener((details) => void onInstalled(details).catch(logFailure('install')));
browser.tabs.onUpdated.addListener((tabId, change) => void onTabUpdated(tabId, change).catch(logFailure('badge refresh')));
browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab).catch(logFailure(command)));
browser.contextMenus.onClicked.addListener((info, tab) => void onContextMenuClicked(info, tab).catch(logFailure('look up')));

// Cheap, and set on every start so it never depends on what an earlier worker did.
void initBadgeStyle().catch(logFailure('badge style'));
