import type { Fact } from '../model/fact';
// Not from '../search': that would pull fuse.js into the bundle that must paint first.
import { hasMatch, highlightSegments, snippet } from '../search/highlight-segments';
import { formatPeriod } from '../shared/format-date';
import { formatFigure, shownFigures } from '../shared/format-figure';
import { t } from '../shared/i18n';
import { CopyCitation } from '../ui/CopyCitation';
import { Highlighted, Segments } from './Highlighted';
import { useRevealOnExpand } from './use-reveal-on-expand';
import { SourceLine } from '../ui/SourceLine';
import { topicLabel } from './labels';
import type { ResultProps } from './result-props';

/** About two lines of the popup: enough to show why a fact matched when its statement does not say. */
const SNIPPET_LENGTH = 110;

export function FactResult({ fact, id, expanded, highlights, index, onToggle, onOpenSource, onShowEntity }: ResultProps & { fact: Fact }) {
  const article = useRevealOnExpand<HTMLElement>(expanded);
  const document = index.documents.get(fact.source.document);
  const statement = highlightSegments(fact.text, highlights);
  const about = fact.entities.flatMap((entityId) => index.entity(entityId) ?? []);
  const figures = shownFigures(fact).map((figure) => highlightSegments(formatFigure(figure), highlights));
  // When only the quote or the source matched, a glimpse of it says why the fact is here.
  const quoteOnly = !expanded && !hasMatch(statement) && !figures.some(hasMatch) && highlights.size > 0;
  return (
    <article ref={article} class={`result fact${expanded ? ' expanded' : ''}`} data-fact-id={fact.id}>
      <button type="button" class="result-toggle" id={`${id}-toggle`} aria-expanded={expanded} aria-controls={expanded ? `${id}-details` : undefined} onClick={onToggle}>
        <span class="kind">{topicLabel(fact.topic)}</span>
        <span class="statement">
          <Segments segments={statement} />
        </span>
        <span class="meta">
          {figures.map((segments) => (
            <span class="figure">
              <Segments segments={segments} />
            </span>
          ))}
          <span class="period">{formatPeriod(fact.period)}</span>
          {fact.differs && <span class="differs-badge">{t('popupSourcesDifferBadge')}</span>}
        </span>
        {quoteOnly && (
          <span class="snippet">
            “<Segments segments={snippet(fact.source.quote, highlights, SNIPPET_LENGTH)} />”
          </span>
        )}
      </button>
      {expanded && (
        <div class="details" id={`${id}-details`}>
          <blockquote class="quote">
            “<Highlighted text={fact.source.quote} highlights={highlights} />”
          </blockquote>
          <p class="cite">
            <SourceLine document={document} />
          </p>
          {fact.differs?.map((other) => (
            <p class="differs" role="note">
              <strong>{t('popupSourcesDiffer')}</strong> {other.figures.map(formatFigure).join(', ')} {t('popupInDocument')}{' '}
              <SourceLine document={index.documents.get(other.document)} />{' '}
              <button type="button" class="link" onClick={() => onOpenSource(other.factId)}>
                {t('popupViewOtherSource')}
              </button>
            </p>
          ))}
          <p class="about">
            {t('popupAbout')}{' '}
            {about.map((entity, i) => (
              <>
                {i > 0 && ', '}
                <button type="button" class="link" onClick={() => onShowEntity(entity.id)}>
                  {entity.name}
                </button>
              </>
            ))}
          </p>
          <div class="actions">
            {document && <CopyCitation fact={fact} document={document} />}
            <button type="button" class="action" onClick={() => onOpenSource(fact.id)}>
              {t('popupViewSource')}
            </button>
          </div>
        </div>
      )}
    </article>
  );
}
