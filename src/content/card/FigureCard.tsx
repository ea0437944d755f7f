import type { DocumentRef } from '../../model/document';
import type { Fact } from '../../model/fact';
import { formatPeriod } from '../../shared/format-date';
import { formatFigure } from '../../shared/format-figure';
import { t } from '../../shared/i18n';
import type { FactsCardData } from '../../messages/messages';
import { FactItem } from './EntityCard';

/** The figure mark's own colour (src/content/highlights.css), for the chip and the quotes' edge. */
const FIGURE_RGB = '13 148 136';

export interface FigureCardProps {
  /** The figure as the page writes it. */
  text: string;
  verdict: 'agrees' | 'differs';
  /** The facts whose figure the page's says. */
  agreesWith: readonly string[];
  /** A year the page writes beside its figure. */
  year?: number;
  data: FactsCardData;
  onClose(): void;
  onOpenSource(factId: string): void;
}

/** "China Bystander (2015)": a source as the verdict names it. */
function sourceName(fact: Fact, documents: ReadonlyMap<string, DocumentRef>): string {
  const document = documents.get(fact.source.document);
  return document ? t('figureSourceName', document.publication, document.date.slice(0, 4)) : fact.source.document;
}

/** What a source said, in the metric's unit: "one-fifth (20%) in 2015". */
function said(fact: Fact, unit: string): string {
  const figures = fact.figures.filter((f) => f.unit === unit).map(formatFigure);
  return t('figureSaidIn', figures.join(', '), formatPeriod(fact.period));
}

/**
 * The page's figure beside the sourced ones. It never calls the page wrong:
 * sources are dated and the page may be newer, so a figure that differs is
 * met with what the sources said, and when.
 */
export function FigureCard({ text, verdict, agreesWith, year, data, onClose, onOpenSource }: FigureCardProps) {
  const documents = new Map(data.documents.map((d) => [d.id, d]));
  const { facts, metric } = data;
  const agreed = facts.filter((f) => agreesWith.includes(f.id));
  const sourcesDiffer = new Set(facts.map((f) => said(f, metric.unit))).size > 1;
  const periods = new Set(facts.map((f) => f.period));
  const otherPeriod = year !== undefined && ![...periods].some((p) => p.startsWith(String(year)));
  return (
    <div class="card-inner figure-card" style={{ '--cat': FIGURE_RGB }}>
      <header>
        <div class="titles">
          <span class="chip">
            <span class="dot" aria-hidden="true" />
            {t('figureCardChip')}
          </span>
          <h2>{t('figureCardTitle', text)}</h2>
        </div>
        <button type="button" class="close" aria-label={t('cardClose')} onClick={onClose}>
          ×
        </button>
      </header>
      <p class="description">{metric.label}</p>
      <p class={`verdict ${verdict}`} role="note">
        {verdict === 'agrees'
          ? t('figureAgrees', agreed.map((f) => sourceName(f, documents)).join(t('figureListJoin')))
          : t('figureSourcesSaid', facts.map((f) => said(f, metric.unit)).join(t('figureListJoin')))}
      </p>
      {sourcesDiffer && <p class="differs">{t('figureSourcesDisagree', facts.length)}</p>}
      {otherPeriod && (
        <p class="unrelated">{t('figureOtherPeriod', String(year), [...periods].map((p) => formatPeriod(p)).join(t('figureListJoin')))}</p>
      )}
      <h3>{facts.length === 1 ? t('figureSourcedOne') : t('figureSourcedMany')}</h3>
      <ol>
        {facts.map((fact) => (
          <FactItem fact={fact} documents={documents} onOpenSource={onOpenSource} showDiffers={false} />
        ))}
      </ol>
    </div>
  );
}
