import { CATEGORIES, type Category } from '../model/entity';
import type { SearchFilter, SearchIndex, SearchResults } from '../search';
import { CATEGORY_STYLE } from '../shared/category-style';
import { t } from '../shared/i18n';
import { categoryChipLabel, topicLabel } from './labels';

interface FilterChipsProps {
  filter: SearchFilter;
  facets: SearchResults['facets'];
  index: SearchIndex;
  onChange(filter: SearchFilter): void;
}

/**
 * Toggle chips for the categories and topics the results hold, each with the
 * number of results it would leave. One category and one topic at a time;
 * pressing a pressed chip lets go of it. A fact about a country and a person
 * counts under both, so the counts need not add up to the result count: the
 * row says "Keep only" and each chip's title says what its number counts.
 */
export function FilterChips({ filter, facets, index, onChange }: FilterChipsProps) {
  const entity = filter.entityId === undefined ? undefined : index.entity(filter.entityId);
  const categories = CATEGORIES.filter((category) => (facets.categories.get(category) ?? 0) > 0 || filter.category === category);
  const topics = [...facets.topics].filter(([topic, count]) => count > 0 || filter.topic === topic).sort((a, b) => b[1] - a[1]);
  const toggleCategory = (category: Category) => onChange({ ...filter, category: filter.category === category ? undefined : category });
  const toggleTopic = (topic: string) => onChange({ ...filter, topic: filter.topic === topic ? undefined : topic });
  return (
    <div class="filters chip-row" role="group" aria-label={t('popupFiltersLabel')}>
      {entity && (
        <button type="button" class="chip removable" aria-pressed="true" aria-label={t('popupRemoveFilter', entity.name)}
          style={{ '--cat': CATEGORY_STYLE[entity.category].rgb }} onClick={() => onChange({ ...filter, entityId: undefined })}>
          <span class="dot" aria-hidden="true" />
          {t('popupOnlyEntity', entity.name)}
          <span class="remove" aria-hidden="true">×</span>
        </button>
      )}
      {(categories.length > 0 || topics.length > 0) && (
        <span class="chips-caption" aria-hidden="true">
          {t('popupFiltersCaption')}
        </span>
      )}
      {categories.map((category) => (
        <button type="button" class="chip" aria-pressed={filter.category === category} style={{ '--cat': CATEGORY_STYLE[category].rgb }}
          data-category={category} title={t('popupChipTitle', categoryChipLabel(category), facets.categories.get(category) ?? 0)}
          onClick={() => toggleCategory(category)}>
          <span class="dot" aria-hidden="true" />
          {categoryChipLabel(category)} <span class="count">{facets.categories.get(category) ?? 0}</span>
        </button>
      ))}
      {topics.map(([topic, count]) => (
        <button type="button" class="chip topic" aria-pressed={filter.topic === topic} data-topic={topic}
          title={t('popupChipTitle', topicLabel(topic), count)} onClick={() => toggleTopic(topic)}>
          {topicLabel(topic)} <span class="count">{count}</span>
        </button>
      ))}
    </div>
  );
}
