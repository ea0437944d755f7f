/**
 * Background entry: a service worker in Chromium, an event page's script in
 * Firefox. It keeps no state of its own: the browser may suspend it at any
 * moment, so everything it needs comes from storage, the badge and icon, or
 * the event at hand. Listeners are registered synchronously at the
 * top level, so a worker woken by an event is listening before it arrives.
 */
import { answerWorkerRequests } from '../messages/runtime-messaging';
import { browser } from '../shared/browser';
import { viewerUrl } from '../shared/extension-urls';
import { watchSettings } from '../settings/settings-store';
import { answerEntityCard, answerFigureCard } from './card-answers';
import { initBadgeStyle, onTabUpdated, setBadgeCount } from './badge';
import { onCommand } from './commands';
import { onContextMenuClicked } from './context-menu';
import { onInstalled } from './install';
import { setDefaultState, setTabState, syncDefaultState } from './toolbar-icon';

/** Failures here have no one to report to; they must not become unhandled rejections either. */
const logFailure = (what: string) => (error: unknown) => console.warn(`Geolens worker: ${what} failed`, error);

answerWorkerRequests({
  'annotations-changed': ({ count, state }, sender) => {
    const tabId = sender.tab?.id;
    // Only a tab's top frame speaks for its page.
    if (tabId === undefined || sender.frameId !== 0) return undefined;
    return Promise.all([setBadgeCount(tabId, count), setTabState(tabId, state)]).then(() => undefined, logFailure('badge update'));
  },
  'entity-card': ({ entityId }) => answerEntityCard(entityId),
  'figure-card': ({ metric, factIds }) => answerFigureCard(metric, factIds),
  'open-source': ({ factId }) => browser.tabs.create({ url: browser.runtime.getURL(viewerUrl(factId)) }).then(() => undefined),
});

browser.runtime.onInstalled.addListener((details) => void onInstalled(details).catch(logFailure('install')));
browser.tabs.onUpdated.addListener((tabId, change) => void onTabUpdated(tabId, change).catch(logFailure('badge refresh')));
browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab).catch(logFailure(command)));
browser.contextMenus.onClicked.addListener((info, tab) => void onContextMenuClicked(info, tab).catch(logFailure('look up')));
browser.runtime.onStartup.addListener(() => void syncDefaultState().catch(logFailure('toolbar icon')));
// The global switch sets the default icon; open pages report their own state as they follow the same change.
watchSettings((settings) => void setDefaultState(settings.enabled).catch(logFailure('toolbar icon')));

// Cheap, and set on every start so it never depends on what an earlier worker did.
void initBadgeStyle().catch(logFailure('badge style'));
