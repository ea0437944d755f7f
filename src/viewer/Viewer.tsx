import { useEffect, useMemo } from 'preact/hooks';
import type { Dataset } from '../model/dataset';
import type { DocumentMeta } from '../model/document';
import type { Fact } from '../model/fact';
import { CopyCitation } from '../ui/CopyCitation';
import { formatDate, formatPeriod } from '../shared/format-date';
import { formatFigure, shownFigures } from '../shared/format-figure';
import { t } from '../shared/i18n';
import { viewerUrl } from '../shared/extension-urls';
import { quotedParagraphs } from './quoted-paragraphs';

/**
 * The source viewer: the fact as Geolens states it, then the whole source
 * document with the quoted passage highlighted and scrolled into view, so a
 * reader can check that the source says what Geolens claims.
 */
export function Viewer({ dataset, factId }: { dataset: Dataset; factId: string }) {
  const fact = dataset.facts.find((f) => f.id === factId);
  const document = fact && dataset.documents.find((d) => d.id === fact.source.document);
  useEffect(() => {
    globalThis.document.title = document ? t('viewerPageTitle', document.title) : t('viewerUnknownPageTitle');
  }, [document]);
  if (!fact || !document) {
    return (
      <main class="viewer">
        <Masthead />
        <section class="problem-state">
          <h1>{fact ? t('viewerMissingDocument') : t('viewerUnknownFact')}</h1>
          <p>{t('viewerUnknownFactDetail', factId || '—', dataset.version)}</p>
          <p>{t('viewerUnknownFactHint')}</p>
        </section>
      </main>
    );
  }
  return (
    <main class="viewer">
      <Masthead />
      <Claim fact={fact} document={document} dataset={dataset} />
      <SourceDocument fact={fact} document={document} />
    </main>
  );
}

function Masthead() {
  return (
    <p class="masthead">
      <span class="logo" aria-hidden="true" />
      {t('viewerMasthead')}
    </p>
  );
}

/** The passage in the middle of the window, below the claim, with the focus on it for keyboard and screen-reader users. */
function showQuote() {
  const quote = globalThis.document.getElementById('quote');
  quote?.scrollIntoView({ block: 'center' });
  quote?.focus({ preventScroll: true });
}

function Claim({ fact, document, dataset }: { fact: Fact; document: DocumentMeta; dataset: Dataset }) {
  return (
    <section class="claim" aria-labelledby="claim-heading">
      <h2 id="claim-heading">{t('viewerClaimHeading')}</h2>
      <p class="statement">{fact.text}</p>
      <p class="meta">
        {shownFigures(fact).map((figure) => (
          <span class="figure">{formatFigure(figure)}</span>
        ))}
        <span class="period">{formatPeriod(fact.period)}</span>
      </p>
      <p class="cite">
        {document.publication}, “{document.title}”,{' '}
        {document.dateInferred ? t('dateInferred', formatDate(document.date)) : formatDate(document.date)}
      </p>
      {fact.differs?.map((other) => {
        const source = dataset.documents.find((d) => d.id === other.document);
        return (
          <p class="differs" role="note">
            <strong>{t('viewerSourcesDiffer')}</strong> {t('viewerOtherSourceSays', other.figures.map(formatFigure).join(', '), source?.publication ?? other.document)}{' '}
            <a href={`/${viewerUrl(other.factId)}`}>{t('viewerViewOtherSource')}</a>
          </p>
        );
      })}
      <div class="actions">
        <CopyCitation fact={fact} document={document} />
        <button type="button" class="action" onClick={showQuote}>
          {t('viewerGoToQuote')}
        </button>
      </div>
    </section>
  );
}

function SourceDocument({ fact, document }: { fact: Fact; document: DocumentMeta }) {
  const { paragraphs, found } = useMemo(() => quotedParagraphs(document.text, fact.source.quote), [document, fact]);
  useEffect(showQuote, [fact]);
  let first = true;
  return (
    <article class="document" aria-labelledby="document-title">
      <header>
        <p class="publication">{document.publication}</p>
        <h1 id="document-title">{document.title}</h1>
        <p class="date">
          {document.dateInferred ? t('dateInferred', formatDate(document.date)) : formatDate(document.date)}
        </p>
        {document.dateInferred && <p class="inferred-reason">{t('viewerDateInferredReason', document.dateInferred)}</p>}
      </header>
      {!found && (
        <p class="differs" role="note">
          {t('viewerQuoteNotFound')}
        </p>
      )}
      <div class="text">
        {paragraphs.map((passages) => (
          <p>
            {passages.map((passage) => {
              if (!passage.quoted) return passage.text;
              const isFirst = first;
              first = false;
              return isFirst ? (
                <mark id="quote" tabIndex={-1}>
                  {passage.text}
                </mark>
              ) : (
                <mark>{passage.text}</mark>
              );
            })}
          </p>
        ))}
      </div>
    </article>
  );
}
