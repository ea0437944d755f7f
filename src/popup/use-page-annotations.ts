import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../settings/settings';
import type { PageAnnotations } from '../messages/messages';
import { askTopFrame } from '../messages/runtime-messaging';
import { targetTabId } from './target-tab';

export type PageState =
  | { status: 'loading' }
  /** The popup is not about any page (opened as a tab of its own). */
  | { status: 'none' }
  /** No Geolens content script answers there: a browser page, the web store, or a page loaded before Geolens. */
  | { status: 'unavailable' }
  | { status: 'ready'; tabId: number; hostname: string; annotations: PageAnnotations };

/**
 * While the page's first walk is still running (or restarting after a
 * setting changed), ask again this often: quick enough to look live, rare
 * enough to leave the page's own work alone.
 */
const INCOMPLETE_POLL_MS = 250;
/** The content script hears of a settings change at the same moment we do; give it that long to act first. */
const SETTINGS_SETTLE_MS = 100;

/** What the target tab has annotated, asked again whenever `settings` change. */
export function usePageAnnotations(requestedTab: number | undefined, settings: Settings | undefined): PageState {
  const [page, setPage] = useState<PageState>({ status: 'loading' });
  const [tabId, setTabId] = useState<number | null>();

  useEffect(() => {
    let live = true;
    targetTabId(requestedTab).then(
      (id) => live && setTabId(id ?? null),
      () => live && setTabId(null),
    );
    return () => {
      live = false;
    };
  }, [requestedTab]);

  useEffect(() => {
    if (tabId === undefined) return undefined;
    if (tabId === null) {
      setPage({ status: 'none' });
      return undefined;
    }
    let timer = 0;
    let live = true;
    const ask = async () => {
      try {
        const annotations = await askTopFrame(tabId, 'page-annotations', {});
        if (!live) return;
        setPage({ status: 'ready', tabId, hostname: new URL(annotations.url).hostname, annotations });
        if (!annotations.complete) timer = window.setTimeout(ask, INCOMPLETE_POLL_MS);
      } catch {
        if (live) setPage({ status: 'unavailable' });
      }
    };
    timer = window.setTimeout(ask, settings ? SETTINGS_SETTLE_MS : 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [tabId, settings]);

  return page;
}
