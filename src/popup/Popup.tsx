import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { TargetedKeyboardEvent } from 'preact';
import type { SearchFilter } from '../search';
import { browser } from '../shared/browser';
import { t } from '../shared/i18n';
import { useStoredSettings } from '../settings/use-stored-settings';
import { viewerUrl } from '../shared/extension-urls';
import { EmptyState } from './EmptyState';
import { datasetScope } from '../shared/dataset-scope';
import { ScopeNote } from '../ui/ScopeNote';
import { GearIcon } from './GearIcon';
import { QuickControls } from './QuickControls';
import { Results, hasFilter, resultKey } from './Results';
import { usePageAnnotations } from './use-page-annotations';
import { usePopupData } from './use-popup-data';

/** One letter matches too much to mean anything (the index agrees): the popup waits for a second. */
const MIN_QUERY_LENGTH = 2;
/** What a reader scans before refining the query; every result rendered costs time at every keystroke. */
const RESULTS_PAGE = 30;

/**
 * The popup: search box, quick controls, then either the results or, before
 * a search, what is on the page and what to try. `requestedTab` is the tab
 * `?tab=` names (see target-tab.ts).
 */
export function Popup({ initialQuery, requestedTab }: { initialQuery: string; requestedTab: number | undefined }) {
  const [query, setQuery] = useState(initialQuery);
  const [filter, setFilter] = useState<SearchFilter>({});
  const [limit, setLimit] = useState(RESULTS_PAGE);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const settings = useStoredSettings();
  const page = usePageAnnotations(requestedTab, settings);
  const loaded = usePopupData();
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLOListElement>(null);

  const searching = query.trim().length >= MIN_QUERY_LENGTH || hasFilter(filter);
  const index = searching ? loaded?.searchIndex() : undefined;
  const results = useMemo(() => index?.search(query, filter, limit), [index, query, filter, limit]);

  // Before the first paint (an effect would run after it): the reader's first keystroke must land in the box.
  useLayoutEffect(() => input.current?.focus(), []);

  const focusSearch = () => input.current?.focus();
  const search = (next: string) => {
    setQuery(next);
    setLimit(RESULTS_PAGE);
  };
  const narrow = (next: SearchFilter) => {
    setFilter(next);
    setLimit(RESULTS_PAGE);
  };
  // A fresh view of one entity or topic: the words typed so far would only hide part of it.
  const showOnly = (next: SearchFilter) => {
    search('');
    narrow(next);
    focusSearch();
  };
  const toggle = (key: string) => {
    const next = new Set(expanded);
    if (!next.delete(key)) next.add(key);
    setExpanded(next);
  };
  const openSource = (factId: string) => void browser.tabs.create({ url: browser.runtime.getURL(viewerUrl(factId)) });

  // Down goes into the results; Enter opens the first one there.
  const onSearchKeyDown = (event: TargetedKeyboardEvent<HTMLInputElement>) => {
    const first = results?.hits[0];
    const firstToggle = list.current?.querySelector<HTMLButtonElement>('.result-toggle');
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      firstToggle?.focus();
    } else if (event.key === 'Enter' && first) {
      event.preventDefault();
      if (!expanded.has(resultKey(first))) toggle(resultKey(first));
      firstToggle?.focus();
    }
  };
  // Esc clears the search, then the filters; with nothing left to clear, the browser's own Esc closes the popup.
  const onKeyDown = (event: TargetedKeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape' || (!query && !hasFilter(filter))) return;
    event.preventDefault();
    if (query) search('');
    else narrow({});
    focusSearch();
  };

  return (
    <div class="popup" onKeyDown={onKeyDown}>
      <header class="bar">
        <h1 class="brand">
          <span class="logo" aria-hidden="true" />
          {t('extName')}
        </h1>
        <QuickControls settings={settings} page={page} />
        <button type="button" class="icon-button" aria-label={t('popupSettings')} title={t('popupSettings')}
          onClick={() => void browser.runtime.openOptionsPage()}>
          <GearIcon />
        </button>
      </header>
      <div class="search">
        <input ref={input} type="search" class="search-box" value={query} placeholder={t('popupSearchPlaceholder')} aria-label={t('popupSearchLabel')}
          aria-controls="results" autoComplete="off" spellcheck={false} onInput={(event) => search(event.currentTarget.value)} onKeyDown={onSearchKeyDown} />
      </div>
      {results && index ? (
        <Results results={results} index={index} query={query} filter={filter} expanded={expanded} pageSize={RESULTS_PAGE} listRef={list}
          onNarrow={narrow} onShowMore={() => setLimit(limit + RESULTS_PAGE)} onToggle={toggle} onOpenSource={openSource}
          onShowEntity={(entityId) => showOnly({ entityId })} onBackToSearch={focusSearch} />
      ) : searching ? (
        // Typed before the dataset arrived: the search runs the moment it does.
        <div class="results-area" />
      ) : (
        <EmptyState page={page} settings={settings} suggestions={loaded?.suggestions ?? []} topics={loaded?.topics ?? []}
          metricLabel={(id) => loaded?.data.metrics?.find((m) => m.id === id)?.label}
          onSearch={(next) => {
            search(next);
            focusSearch();
          }}
          onShowEntity={(entityId) => showOnly({ entityId })} onShowTopic={(topic) => showOnly({ topic })} />
      )}
      <footer class="footer">
        {loaded && (
          <>
            <span data-testid="summary">
              {t('popupDatasetSummary', loaded.data.entities.length, loaded.data.facts.length, loaded.data.documents.length)}
            </span>
            <span>{t('popupDatasetVersion', loaded.data.version)}</span>
            <ScopeNote scope={datasetScope(loaded.data.documents, loaded.data.facts.length)} />
          </>
        )}
      </footer>
    </div>
  );
}
