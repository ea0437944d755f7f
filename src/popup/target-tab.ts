/**
 * The tab that "On this page" and "Pause on this site" are about.
 *
 * - In the toolbar popup: the active tab of the popup's window (the
 *   `activeTab` permission is granted for it when the popup opens).
 * - Opened as a page in a tab of its own, the popup is itself the active tab.
 *   It then speaks for the tab that opened it (the context menu's "Look up"
 *   opens it next to the page the words came from), or for the tab that
 *   `?tab=<id>` names, which is how the end-to-end tests point it at a page.
 * - Otherwise there is no page: the popup is a search and nothing more.
 */
import { browser } from '../shared/browser';

export async function targetTabId(requested: number | undefined): Promise<number | undefined> {
  if (requested !== undefined) return requested;
  const self = await browser.tabs.getCurrent();
  if (self) return self.openerTabId;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}
