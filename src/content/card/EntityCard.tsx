import type { CardEntity, DocumentRef, Fact } from '../../dataset/types';
import { CATEGORY_STYLE } from '../../shared/category-style';
import { formatDate, formatPeriod } from '../../shared/format-date';
import { formatFigure } from '../../shared/format-figure';
import { t } from '../../shared/i18n';

export type { DocumentRef };

export interface EntityCardProps {
  entity: CardEntity;
  /** Already ranked, best first. */
  facts: Fact[];
  documents: ReadonlyMap<string, DocumentRef>;
  onClose(): void;
  onOpenSource(factId: string): void;
}

/** How many facts fit a card before it stops being a glance. */
export const CARD_FACT_LIMIT = 4;

export function SourceLine({ document }: { document: DocumentRef | undefined }) {
  if (!document) return null;
  return (
    <span>
      {document.publication}, “{document.title}”,{' '}
      {document.dateInferred ? (
        <span class="inferred" title={t('cardDateInferredTitle', document.dateInferred)}>
          {t('cardDateInferred', formatDate(document.date))}
        </span>
      ) : (
        formatDate(document.date)
      )}
    </span>
  );
}

function FactItem({ fact, documents, onOpenSource }: { fact: Fact } & Pick<EntityCardProps, 'documents' | 'onOpenSource'>) {
  return (
    <li class="fact" data-fact-id={fact.id}>
      <p class="statement">{fact.text}</p>
      {fact.figures.length > 0 && (
        <p class="figures">
          {fact.figures.map((figure) => (
            <span class="figure">{formatFigure(figure)}</span>
          ))}
          <span class="period">{formatPeriod(fact.period)}</span>
        </p>
      )}
      <blockquote>“{fact.source.quote}”</blockquote>
      <div class="cite">
        <SourceLine document={documents.get(fact.source.document)} />
        <button type="button" class="source" onClick={() => onOpenSource(fact.id)}>
          {t('cardViewSource')}
        </button>
      </div>
      {fact.differs?.map((other) => (
        <div class="differs" role="note">
          <strong>{t('cardSourcesDiffer')}</strong> {other.figures.map(formatFigure).join(', ')} {t('cardInDocument')}{' '}
          <SourceLine document={documents.get(other.document)} />
        </div>
      ))}
    </li>
  );
}

export function EntityCard({ entity, facts, documents, onClose, onOpenSource }: EntityCardProps) {
  const style = CATEGORY_STYLE[entity.category];
  const shown = facts.slice(0, CARD_FACT_LIMIT);
  return (
    <div class="card-inner" style={{ '--cat': style.rgb }}>
      <header>
        <div class="titles">
          <span class="chip">
            <span class="dot" aria-hidden="true" />
            {t(style.label)}
          </span>
          <h2>{entity.name}</h2>
        </div>
        <button type="button" class="close" aria-label={t('cardClose')} onClick={onClose}>
          ×
        </button>
      </header>
      <p class="description">{entity.description}</p>
      {shown.length > 0 ? (
        <>
          <h3>{t('cardKeyFacts')}</h3>
          <ol>
            {shown.map((fact) => (
              <FactItem fact={fact} documents={documents} onOpenSource={onOpenSource} />
            ))}
          </ol>
          {facts.length > shown.length && (
            <p class="more">
              {facts.length - shown.length === 1 ? t('cardMoreFactsOne') : t('cardMoreFactsMany', facts.length - shown.length)}
            </p>
          )}
        </>
      ) : (
        <p class="empty">{t('cardNoFacts', entity.name)}</p>
      )}
    </div>
  );
}
