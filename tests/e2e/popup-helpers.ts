/** Opening the popup as a tab, and finding its results: shared by the popup tests and the screenshots. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ExtensionSession } from './harness';

export const POPUP_SIZE = { width: 400, height: 580 };

/** The popup as a page of its own, at the toolbar popup's size. */
export async function openPopup(session: ExtensionSession, params = ''): Promise<Page> {
  const popup = await session.openExtensionPage(`src/popup/index.html${params}`);
  await popup.setViewportSize(POPUP_SIZE);
  // The search box has focus as soon as the page has loaded: typing can start at once.
  expect(await popup.evaluate(() => document.activeElement?.classList.contains('search-box'))).toBe(true);
  return popup;
}

/**
 * The browser's id for the tab showing `page`. The worker may not read tab
 * URLs (no "tabs" permission), so the page is brought to the front and its
 * tab is the active one, as the toolbar popup would see it.
 */
export async function tabIdOf(session: ExtensionSession, page: Page): Promise<number> {
  await page.bringToFront();
  return session.serviceWorker!.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: typeof chrome }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return tab!.id!;
  });
}

export const result = (popup: Page, factId: string) => popup.locator(`[data-fact-id="${factId}"]`);
