import type { CardEntity } from '../../model/entity';
import type { DocumentRef } from '../../model/document';
import type { Fact } from '../../model/fact';
import { CATEGORY_STYLE } from '../../shared/category-style';
import type { DatasetScope } from '../../shared/dataset-scope';
import { formatPeriod } from '../../shared/format-date';
import { formatFigure } from '../../shared/format-figure';
import { t } from '../../shared/i18n';
import { scopeLine } from '../../shared/scope-text';
import { Disclosure } from '../../ui/Disclosure';
import { ScopeNote } from '../../ui/ScopeNote';
import { SourceLine } from '../../ui/SourceLine';

export type { DocumentRef };

export interface EntityCardProps {
  entity: CardEntity;
  /** Facts that relate to the page (docs/relevance.md), ranked best first. */
  related: Fact[];
  /** The entity's other facts, ranked: shown collapsed, as background. */
  background: Fact[];
  documents: ReadonlyMap<string, DocumentRef>;
  /** What the whole dataset covers. */
  scope: DatasetScope;
  onClose(): void;
  onOpenSource(factId: string): void;
}

/** How many facts fit a card before it stops being a glance. */
export const CARD_FACT_LIMIT = 4;

export function FactItem({
  fact,
  documents,
  onOpenSource,
  showDiffers = true,
}: { fact: Fact; showDiffers?: boolean } & Pick<EntityCardProps, 'documents' | 'onOpenSource'>) {
  return (
    <li class="fact" data-fact-id={fact.id}>
      <p class="statement">{fact.text}</p>
      <p class="figures">
        {fact.figures.map((figure) => (
          <span class="figure">{formatFigure(figure)}</span>
        ))}
        {/* The fact's age, always: a reader weighs a 2015 figure differently from today's. */}
        <span class="period">{formatPeriod(fact.period)}</span>
      </p>
      <blockquote>“{fact.source.quote}”</blockquote>
      <div class="cite">
        <SourceLine document={documents.get(fact.source.document)} />
        <button type="button" class="source" onClick={() => onOpenSource(fact.id)}>
          {t('cardViewSource')}
        </button>
      </div>
      {showDiffers && fact.differs?.map((other) => (
        <div class="differs" role="note">
          <strong>{t('cardSourcesDiffer')}</strong> {other.figures.map(formatFigure).join(', ')} {t('cardInDocument')}{' '}
          <SourceLine document={documents.get(other.document)} />
        </div>
      ))}
    </li>
  );
}

function FactList({ facts, documents, onOpenSource }: { facts: Fact[] } & Pick<EntityCardProps, 'documents' | 'onOpenSource'>) {
  const shown = facts.slice(0, CARD_FACT_LIMIT);
  const more = facts.length - shown.length;
  return (
    <>
      <ol>
        {shown.map((fact) => (
          <FactItem fact={fact} documents={documents} onOpenSource={onOpenSource} />
        ))}
      </ol>
      {more > 0 && <p class="more">{more === 1 ? t('cardMoreFactsOne') : t('cardMoreFactsMany', more)}</p>}
    </>
  );
}

export function EntityCard({ entity, related, background, documents, scope, onClose, onOpenSource }: EntityCardProps) {
  const style = CATEGORY_STYLE[entity.category];
  const all = [...related, ...background];
  const backgroundScope = scopeLine(scope, { facts: background.length, articles: new Set(background.map((f) => f.source.document)).size });
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
      {related.length === 0 && all.length > 0 && (
        <p class="unrelated" role="note">
          {t('cardNoneRelated', entity.name)}
        </p>
      )}
      <p class="description">{entity.description}</p>
      {related.length > 0 && (
        <>
          <h3>{t('cardRelated')}</h3>
          <FactList facts={related} documents={documents} onOpenSource={onOpenSource} />
        </>
      )}
      {background.length > 0 && (
        <Disclosure
          class="background"
          summary={
            <>
              <span class="label">{related.length > 0 ? t('cardBackgroundMore', background.length) : t('cardBackground')}</span>
              <span class="scope-line">{related.length > 0 ? '' : backgroundScope}</span>
            </>
          }
        >
          <FactList facts={background} documents={documents} onOpenSource={onOpenSource} />
        </Disclosure>
      )}
      {all.length === 0 && <p class="empty">{t('cardNoFacts', entity.name)}</p>}
      <ScopeNote scope={scope} />
    </div>
  );
}
