/**
 * "Look up “…” in Geolens" on selected text: opens the popup's search in a
 * tab, with the selection as the query.
 */
import { browser, type Tabs } from '../shared/browser';
import { searchUrl } from '../shared/extension-urls';
import { t } from '../shared/i18n';

export const LOOK_UP_MENU_ID = 'geolens-look-up';

/** Menu items outlive the worker (Chromium stores them), so they are created once per install or update. */
export async function createContextMenu(): Promise<void> {
  // An update re-runs this: start from no items, or the create below would clash with the stored one.
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: LOOK_UP_MENU_ID, title: t('menuLookUpSelection'), contexts: ['selection'] });
}

export async function onContextMenuClicked(
  info: { menuItemId: string | number; selectionText?: string },
  tab: Tabs.Tab | undefined,
): Promise<void> {
  if (info.menuItemId !== LOOK_UP_MENU_ID || !info.selectionText?.trim()) return;
  // Next to the page the text came from, so closing the search returns the reader there.
  const placement = tab?.id !== undefined && tab.id >= 0 ? { index: tab.index + 1, openerTabId: tab.id, windowId: tab.windowId } : {};
  await browser.tabs.create({ url: browser.runtime.getURL(searchUrl(info.selectionText)), ...placement });
}
