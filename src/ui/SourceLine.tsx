import type { DocumentRef } from '../model/document';
import { formatDate } from '../shared/format-date';
import { t } from '../shared/i18n';

/** "China Bystander, “China Tilts Kazakhstan Away From Russia”, 1 April 2015 (inferred)": how the card and the popup cite a document. */
export function SourceLine({ document }: { document: DocumentRef | undefined }) {
  if (!document) return null;
  return (
    <span class="source-line">
      {document.publication}, “{document.title}”,{' '}
      {document.dateInferred ? (
        <span class="inferred" title={t('dateInferredTitle', document.dateInferred)}>
          {t('dateInferred', formatDate(document.date))}
        </span>
      ) : (
        formatDate(document.date)
      )}
    </span>
  );
}
