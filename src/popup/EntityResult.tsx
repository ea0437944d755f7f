import type { Entity } from '../model/entity';
import { hasMatch, highlightSegments } from '../search/highlight-segments';
import { searchAliases } from '../search/searchable-fields';
import { CATEGORY_STYLE } from '../shared/category-style';
import { t } from '../shared/i18n';
import type { ResultProps } from './result-props';
import { Highlighted, Segments } from './Highlighted';
import { useRevealOnExpand } from './use-reveal-on-expand';

/** `filtered`: the results are already this entity and its facts, so "Show only its facts" has nothing to do. */
export function EntityResult({ entity, filtered, id, expanded, highlights, index, onToggle, onShowEntity }: ResultProps & { entity: Entity; filtered: boolean }) {
  const article = useRevealOnExpand<HTMLElement>(expanded);
  const name = highlightSegments(entity.name, highlights);
  // "Massimov" or "Казахстан" finds the entity: say which of its names matched.
  const names = searchAliases(entity);
  const alias = hasMatch(name) ? undefined : names.map((text) => highlightSegments(text, highlights)).find((segments) => hasMatch(segments));
  const facts = index.factCount(entity.id);
  const aliases = [...new Set(names)].filter((text) => text !== entity.name);
  return (
    <article ref={article} class={`result entity${expanded ? ' expanded' : ''}`} data-entity-id={entity.id} style={{ '--cat': CATEGORY_STYLE[entity.category].rgb }}>
      <button type="button" class="result-toggle" id={`${id}-toggle`} aria-expanded={expanded} aria-controls={expanded ? `${id}-details` : undefined} onClick={onToggle}>
        <span class="kind">
          <span class="dot" aria-hidden="true" />
          {t(CATEGORY_STYLE[entity.category].label)}
        </span>
        <span class="name">
          <Segments segments={name} />
        </span>
        {alias && (
          <span class="alias">
            {t('popupAlsoWritten')} <Segments segments={alias} />
          </span>
        )}
        <span class="meta">
          {facts === 0 ? t('popupFactCountNone') : facts === 1 ? t('popupFactCountOne') : t('popupFactCountMany', facts)}
        </span>
      </button>
      {expanded && (
        <div class="details" id={`${id}-details`}>
          <p class="description">{entity.description}</p>
          {aliases.length > 0 && (
            <p class="aliases">
              {t('popupAlsoWritten')} <Highlighted text={aliases.join(', ')} highlights={highlights} />
            </p>
          )}
          {facts > 0 && !filtered && (
            <div class="actions">
              <button type="button" class="action" onClick={() => onShowEntity(entity.id)}>
                {t('popupShowFacts')}
              </button>
            </div>
          )}
        </div>
      )}
    </article>
  );
}
