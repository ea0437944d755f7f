/**
 * The service worker keeps no state of its own: Chromium may suspend it at any
 * moment, so everything it needs comes from storage or the message at hand.
 */
import { browser, type Runtime } from '../shared/browser';
import { isMessage, viewerUrl, type Message } from '../shared/messages';

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isMessage(message)) return undefined;
  switch (message.type) {
    case 'annotations-changed': {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId !== 0) return undefined;
      return browser.action.setBadgeText({ tabId, text: message.count > 0 ? String(message.count) : '' });
    }
    case 'open-source':
      return browser.tabs.create({ url: browser.runtime.getURL(viewerUrl(message.factId)) }).then(() => undefined);
    default:
      return undefined;
  }
});

browser.runtime.onInstalled.addListener(() => {
  void browser.action.setBadgeBackgroundColor({ color: '#3b5bdb' });
});

browser.commands.onCommand.addListener(async (command: string) => {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const direction = command === 'next-annotation' ? 1 : command === 'previous-annotation' ? -1 : 0;
  if (direction === 0) return;
  const message: Message = { type: 'cycle-annotations', direction };
  await browser.tabs.sendMessage(tab.id, message, { frameId: 0 }).catch(() => {});
});
