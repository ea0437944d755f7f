import type { Category } from '../model/entity';
import { CATEGORY_STYLE } from '../shared/category-style';
import { t } from '../shared/i18n';
import type { Settings } from '../settings/settings';
import type { CategorySummary } from './dataset-summary';
import { Switch } from './Switch';

export interface CategoryTogglesProps {
  summaries: readonly CategorySummary[];
  categories: Settings['categories'];
  onToggle(category: Category, on: boolean): void;
}

/** One switch per category, each showing its highlight colour on an entity it covers, and how many it covers. */
export function CategoryToggles({ summaries, categories, onToggle }: CategoryTogglesProps) {
  return (
    <ul class="rows">
      {summaries.map(({ category, count, example }) => {
        const style = CATEGORY_STYLE[category];
        return (
          <li key={category} style={{ '--cat': style.rgb }}>
            <Switch
              id={`category-${category}`}
              label={t(style.plural)}
              description={
                <>
                  {count === 1 ? t('optionsCategoryCountOne') : t('optionsCategoryCountMany', count)}
                  {example && (
                    <>
                      {' · '}
                      <span class="sample">{example}</span>
                    </>
                  )}
                </>
              }
              leading={<span class="swatch" aria-hidden="true" />}
              checked={categories[category]}
              onChange={(on) => onToggle(category, on)}
            />
          </li>
        );
      })}
    </ul>
  );
}
