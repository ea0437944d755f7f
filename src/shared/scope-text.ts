/**
 * The dataset's scope in words: "12 facts from 2 articles on China–Kazakhstan
 * relations, 2015". The card and the popup say it the same way.
 */
import { formatYears, type DatasetScope } from './dataset-scope';
import { t } from './i18n';

/** The whole dataset's scope, or `part` of it (an entity's facts and the articles they come from). */
export function scopeLine(scope: DatasetScope, part: { facts: number; articles: number } = { facts: scope.facts, articles: scope.documents.length }): string {
  const facts = part.facts === 1 ? t('scopeFactsOne') : t('scopeFactsMany', part.facts);
  const articles = part.articles === 1 ? t('scopeArticlesOne') : t('scopeArticlesMany', part.articles);
  const years = formatYears(scope.years);
  return scope.subjects.length > 0
    ? t('scopeLine', facts, articles, scope.subjects.join(', '), years)
    : t('scopeLineNoSubject', facts, articles, years);
}
