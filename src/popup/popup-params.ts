/**
 * What the popup's URL asks for. The context menu opens the popup page in a
 * tab with `?q=<selection>` (see `searchUrl` in shared/messages.ts); `?tab=<id>`
 * names the tab "On this page" is about when the popup is not the toolbar's
 * (see `target-tab.ts`).
 */
export interface PopupParams {
  query: string;
  tabId?: number;
}

export function readPopupParams(search: string): PopupParams {
  const params = new URLSearchParams(search);
  const tab = Number(params.get('tab') ?? NaN);
  return {
    query: params.get('q')?.trim() ?? '',
    ...(Number.isInteger(tab) && tab >= 0 ? { tabId: tab } : {}),
  };
}
