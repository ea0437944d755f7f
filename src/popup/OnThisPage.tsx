import { useState } from 'preact/hooks';
import type { Settings } from '../settings/settings';
import { isSiteExcluded } from '../settings/site-patterns';
import { CATEGORY_STYLE } from '../shared/category-style';
import { t } from '../shared/i18n';
import type { PageFigureSummary, PageMention } from '../messages/messages';
import { hostnameForDisplay } from '../settings/punycode';
import type { PageState } from './use-page-annotations';

/** A glance, not an index: the most-mentioned entities first, the rest one click away. */
const FIRST_MENTIONS = 12;

interface OnThisPageProps {
  page: PageState;
  settings: Settings | undefined;
  /** What each metric measures, once the popup's dataset has arrived. */
  metricLabel?(metricId: string): string | undefined;
  onShowEntity(entityId: string): void;
}

/**
 * The entities the current tab names, most mentioned first: those with facts
 * that relate to the page, then (collapsed) those with background facts only.
 */
export function OnThisPage({ page, settings, metricLabel, onShowEntity }: OnThisPageProps) {
  const [showAll, setShowAll] = useState(false);
  if (page.status === 'none') return null;
  const body = (() => {
    if (page.status === 'loading') return <p class="note">{t('popupOnThisPageReading')}</p>;
    if (page.status === 'unavailable') return <p class="note">{t('popupOnThisPageUnavailable')}</p>;
    if (settings && !settings.enabled) return <p class="note">{t('popupOnThisPageOff')}</p>;
    if (settings && isSiteExcluded(page.hostname, settings.excludedSites)) return <p class="note">{t('popupOnThisPagePaused', hostnameForDisplay(page.hostname))}</p>;
    const mentions = [...page.annotations.mentions].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    if (mentions.length === 0) return <p class="note">{page.annotations.complete ? t('popupOnThisPageNothing') : t('popupOnThisPageReading')}</p>;
    const related = mentions.filter((m) => m.relevant);
    const background = mentions.filter((m) => !m.relevant);
    const shown = showAll ? related : related.slice(0, FIRST_MENTIONS);
    return (
      <>
        {related.length > 0 ? (
          <>
            <h3 class="group">{t('popupOnThisPageRelated')}</h3>
            <ul class="mentions" data-group="related">
              {shown.map((mention) => (
                <MentionChip mention={mention} onShowEntity={onShowEntity} />
              ))}
              {related.length > shown.length && (
                <li>
                  <button type="button" class="chip more" onClick={() => setShowAll(true)}>
                    {t('popupShowAllMentions', related.length)}
                  </button>
                </li>
              )}
            </ul>
          </>
        ) : (
          <p class="note" data-testid="none-related">
            {t('popupOnThisPageNoneRelated')}
          </p>
        )}
        {page.annotations.figures.length > 0 && <FigureList figures={page.annotations.figures} metricLabel={metricLabel} />}
        {background.length > 0 && (
          // A native <details> here: the popup is its own small document, where a closed one costs nothing
          // (the card, drawn in the page's document, uses src/ui/Disclosure.tsx instead).
          <details class="background" open={related.length === 0}>
            <summary>{t('popupOnThisPageBackground', background.length)}</summary>
            <ul class="mentions" data-group="background">
              {background.map((mention) => (
                <MentionChip mention={mention} onShowEntity={onShowEntity} />
              ))}
            </ul>
          </details>
        )}
      </>
    );
  })();
  return (
    <section class="on-page" aria-labelledby="on-page-heading">
      <h2 id="on-page-heading">{t('popupOnThisPage')}</h2>
      {body}
    </section>
  );
}

function MentionChip({ mention, onShowEntity }: { mention: PageMention; onShowEntity(entityId: string): void }) {
  return (
    <li>
      <button type="button" class={`chip mention${mention.relevant ? '' : ' background'}`} style={{ '--cat': CATEGORY_STYLE[mention.category].rgb }}
        data-entity-id={mention.entityId} title={t('popupMentionTitle', mention.name, mention.count)} onClick={() => onShowEntity(mention.entityId)}>
        <span class="dot" aria-hidden="true" />
        {mention.name} <span class="count">{mention.count}</span>
      </button>
    </li>
  );
}

/** The figures the figure check marked, each with its verdict in words (docs/figure-check.md). */
function FigureList({ figures, metricLabel }: { figures: readonly PageFigureSummary[]; metricLabel: OnThisPageProps['metricLabel'] }) {
  return (
    <>
      <h3 class="group">{t('popupOnThisPageFigures')}</h3>
      <ul class="figures" data-group="figures">
        {figures.map((figure) => (
          <li class={`checked-figure ${figure.verdict}`} data-metric={figure.metric}>
            <span class="figure-text">“{figure.text}”</span>{' '}
            <span class="verdict">{figure.verdict === 'agrees' ? t('popupFigureAgrees') : t('popupFigureDiffers')}</span>
            {metricLabel?.(figure.metric) && <span class="metric">{metricLabel(figure.metric)}</span>}
          </li>
        ))}
      </ul>
    </>
  );
}
