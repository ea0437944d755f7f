import { useEffect, useState } from 'preact/hooks';
import type { Fact } from '../model/fact';
import type { DocumentRef } from '../model/document';
import { formatDate } from '../shared/format-date';
import { t } from '../shared/i18n';
import { formatCitation, type Citation } from './format-citation';

/** Long enough to read "Copied", short enough that a second copy shows a fresh confirmation. */
const COPIED_CONFIRMATION_MS = 2000;

type Outcome = 'plain' | 'markdown' | 'failed';

export function citationOf(fact: Fact, document: DocumentRef): Citation {
  const date = formatDate(document.date);
  return formatCitation({
    statement: fact.text,
    quote: fact.source.quote,
    publication: document.publication,
    title: document.title,
    date: document.dateInferred ? t('popupCitationDateInferred', date) : date,
  });
}

/** Two buttons: the citation as plain text, or as Markdown; each confirms on the button and to screen readers. */
export function CopyCitation({ fact, document }: { fact: Fact; document: DocumentRef }) {
  const [outcome, setOutcome] = useState<Outcome>();
  useEffect(() => {
    if (!outcome) return undefined;
    const timer = window.setTimeout(() => setOutcome(undefined), COPIED_CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [outcome]);

  const copy = async (format: 'plain' | 'markdown') => {
    const citation = citationOf(fact, document);
    try {
      await navigator.clipboard.writeText(citation[format]);
      setOutcome(format);
    } catch {
      setOutcome('failed');
    }
  };
  return (
    <>
      <button type="button" class="action primary" data-copied={outcome === 'plain' || undefined} onClick={() => void copy('plain')}>
        {outcome === 'plain' ? `✓ ${t('popupCopied')}` : t('popupCopyCitation')}
      </button>
      <button type="button" class="action" data-copied={outcome === 'markdown' || undefined} onClick={() => void copy('markdown')}>
        {outcome === 'markdown' ? `✓ ${t('popupCopied')}` : t('popupCopyMarkdown')}
      </button>
      <span class="copy-status" role="status" data-failed={outcome === 'failed' || undefined}>
        {outcome === 'plain' ? t('popupCopiedPlain') : outcome === 'markdown' ? t('popupCopiedMarkdown') : outcome === 'failed' ? t('popupCopyFailed') : ''}
      </span>
    </>
  );
}
