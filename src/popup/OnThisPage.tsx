import { useState } from 'preact/hooks';
import type { Settings } from '../settings/settings';
import { isSiteExcluded } from '../settings/site-patterns';
import { CATEGORY_STYLE } from '../shared/category-style';
import { t } from '../shared/i18n';
import { hostnameForDisplay } from '../settings/punycode';
import type { PageState } from './use-page-annotations';

/** A glance, not an index: the most-mentioned entities first, the rest one click away. */
const FIRST_MENTIONS = 12;

interface OnThisPageProps {
  page: PageState;
  settings: Settings | undefined;
  onShowEntity(entityId: string): void;
}

/** The entities the current tab has annotated, most mentioned first, or why there are none. */
export function OnThisPage({ page, settings, onShowEntity }: OnThisPageProps) {
  const [showAll, setShowAll] = useState(false);
  if (page.status === 'none') return null;
  const body = (() => {
    if (page.status === 'loading') return <p class="note">{t('popupOnThisPageReading')}</p>;
    if (page.status === 'unavailable') return <p class="note">{t('popupOnThisPageUnavailable')}</p>;
    if (settings && !settings.enabled) return <p class="note">{t('popupOnThisPageOff')}</p>;
    if (settings && isSiteExcluded(page.hostname, settings.excludedSites)) return <p class="note">{t('popupOnThisPagePaused', hostnameForDisplay(page.hostname))}</p>;
    const mentions = [...page.annotations.mentions].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    if (mentions.length === 0) return <p class="note">{page.annotations.complete ? t('popupOnThisPageNothing') : t('popupOnThisPageReading')}</p>;
    const shown = showAll ? mentions : mentions.slice(0, FIRST_MENTIONS);
    return (
      <ul class="mentions">
        {shown.map((mention) => (
          <li>
            <button type="button" class="chip mention" style={{ '--cat': CATEGORY_STYLE[mention.category].rgb }} data-entity-id={mention.entityId}
              title={t('popupMentionTitle', mention.name, mention.count)} onClick={() => onShowEntity(mention.entityId)}>
              <span class="dot" aria-hidden="true" />
              {mention.name} <span class="count">{mention.count}</span>
            </button>
          </li>
        ))}
        {mentions.length > shown.length && (
          <li>
            <button type="button" class="chip more" onClick={() => setShowAll(true)}>
              {t('popupShowAllMentions', mentions.length)}
            </button>
          </li>
        )}
      </ul>
    );
  })();
  return (
    <section class="on-page" aria-labelledby="on-page-heading">
      <h2 id="on-page-heading">{t('popupOnThisPage')}</h2>
      {body}
    </section>
  );
}
