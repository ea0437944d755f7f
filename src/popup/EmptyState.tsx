import type { Settings } from '../settings/settings';
import { t } from '../shared/i18n';
import { OnThisPage } from './OnThisPage';
import { topicLabel } from './labels';
import type { PageState } from './use-page-annotations';

interface EmptyStateProps {
  page: PageState;
  settings: Settings | undefined;
  suggestions: string[];
  /** Every topic with its number of facts, most first. */
  topics: [string, number][];
  metricLabel?(metricId: string): string | undefined;
  onSearch(query: string): void;
  onShowEntity(entityId: string): void;
  onShowTopic(topic: string): void;
}

/** Before the first keystroke: what the page names, searches to try, topics to browse. */
export function EmptyState({ page, settings, suggestions, topics, metricLabel, onSearch, onShowEntity, onShowTopic }: EmptyStateProps) {
  return (
    <div class="empty-state">
      <OnThisPage page={page} settings={settings} metricLabel={metricLabel} onShowEntity={onShowEntity} />
      {suggestions.length > 0 && (
        <section aria-labelledby="try-heading">
          <h2 id="try-heading">{t('popupTryHeading')}</h2>
          <ul class="suggestions">
            {suggestions.map((query) => (
              <li>
                <button type="button" class="chip suggestion" onClick={() => onSearch(query)}>
                  {query}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {topics.length > 0 && (
        <section aria-labelledby="browse-heading">
          <h2 id="browse-heading">{t('popupBrowseHeading')}</h2>
          <ul class="suggestions">
            {topics.map(([topic, count]) => (
              <li>
                <button type="button" class="chip topic" data-topic={topic} onClick={() => onShowTopic(topic)}>
                  {topicLabel(topic)} <span class="count">{count}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
