import type { RefObject, TargetedKeyboardEvent } from 'preact';
import type { SearchFilter, SearchHit, SearchIndex, SearchResults } from '../search';
import { t } from '../shared/i18n';
import { EntityResult } from './EntityResult';
import { FactResult } from './FactResult';
import { FilterChips } from './FilterChips';
import { hasNonLatinLetters } from '../search/native-names';

export const resultKey = (hit: SearchHit) => (hit.kind === 'fact' ? `fact-${hit.fact.id}` : `entity-${hit.entity.id}`);

export const hasFilter = (filter: SearchFilter) => filter.entityId !== undefined || filter.category !== undefined || filter.topic !== undefined;

interface ResultsProps {
  results: SearchResults;
  index: SearchIndex;
  query: string;
  filter: SearchFilter;
  expanded: ReadonlySet<string>;
  /** How many more results "Show more" adds. */
  pageSize: number;
  listRef: RefObject<HTMLOListElement | null>;
  onNarrow(filter: SearchFilter): void;
  onShowMore(): void;
  onToggle(key: string): void;
  onOpenSource(factId: string): void;
  onShowEntity(entityId: string): void;
  /** Focus the search box: the reader went up past the first result, or started typing. */
  onBackToSearch(): void;
}

/** A pasted paragraph is quoted back only this far: the message is about the query, not a copy of it. */
const QUOTED_QUERY_LENGTH = 60;

function quotedQuery(query: string): string {
  const chars = [...query.trim()];
  return chars.length <= QUOTED_QUERY_LENGTH ? chars.join('') : `${chars.slice(0, QUOTED_QUERY_LENGTH - 1).join('').trimEnd()}…`;
}

/** Why nothing was found, and what to try: symbols only, a script the search does not read, or no match. */
function NoResults({ query, noWords }: { query: string; noWords: boolean }) {
  if (!query.trim()) return <p class="title">{t('popupNoResultsFiltered')}</p>;
  return (
    <>
      <p class="title">{noWords ? t('popupNoWords', quotedQuery(query)) : t('popupNoResults', quotedQuery(query))}</p>
      <p>{noWords ? t('popupNoWordsHint') : hasNonLatinLetters(query) ? t('popupNoResultsScripts') : t('popupNoResultsHint')}</p>
    </>
  );
}

/** The result count, filter chips, then the results (or why there are none) and "Show more". */
export function Results(props: ResultsProps) {
  const { results, index, query, filter, expanded, pageSize, listRef, onNarrow, onShowMore, onToggle, onOpenSource, onShowEntity, onBackToSearch } = props;
  // Arrows move from result to result wherever the focus is inside one; typing goes back to the search box.
  const onKeyDown = (event: TargetedKeyboardEvent<HTMLOListElement>) => {
    const toggles = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('.result-toggle')];
    const current = (event.target as HTMLElement).closest('.result')?.querySelector<HTMLButtonElement>('.result-toggle');
    const at = current ? toggles.indexOf(current) : -1;
    const move = (to: number) => {
      event.preventDefault();
      if (to < 0) onBackToSearch();
      else toggles[Math.min(to, toggles.length - 1)]?.focus();
    };
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(toggles.length - 1);
    else if (event.key.length === 1 && event.key !== ' ' && !event.ctrlKey && !event.metaKey && !event.altKey) onBackToSearch();
  };
  const { hits, total } = results;
  return (
    <div class="results-area">
      <p class="status" role="status">
        {total === 0
          ? ''
          : total > hits.length
            ? t('popupResultCountCapped', hits.length, total)
            : total === 1
              ? t('popupResultCountOne')
              : t('popupResultCountMany', total)}
      </p>
      <FilterChips filter={filter} facets={results.facets} index={index} onChange={onNarrow} />
      {total === 0 ? (
        <div class="no-results">
          <NoResults query={query} noWords={results.noWords} />
          {hasFilter(filter) && (
            <button type="button" class="action" onClick={() => onNarrow({})}>
              {t('popupClearFilters')}
            </button>
          )}
        </div>
      ) : (
        <ol class="results" id="results" ref={listRef} aria-label={t('popupResultsLabel')} onKeyDown={onKeyDown}>
          {hits.map((hit) => {
            const key = resultKey(hit);
            const shared = {
              id: key,
              expanded: expanded.has(key),
              highlights: results.highlights,
              index,
              onToggle: () => onToggle(key),
              onOpenSource,
              onShowEntity,
            };
            return (
              <li key={key}>
                {hit.kind === 'fact' ? (
                  <FactResult fact={hit.fact} {...shared} />
                ) : (
                  <EntityResult entity={hit.entity} filtered={filter.entityId === hit.entity.id} {...shared} />
                )}
              </li>
            );
          })}
        </ol>
      )}
      {total > hits.length && (
        <button type="button" class="action more" onClick={onShowMore}>
          {t('popupShowMore', Math.min(pageSize, total - hits.length))}
        </button>
      )}
    </div>
  );
}
