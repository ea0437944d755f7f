import type { DocumentRef } from '../search';
import { formatDate } from '../shared/format-date';
import { t } from '../shared/i18n';

/** "China Bystander, “China Tilts Kazakhstan Away From Russia”, 1 April 2015 (inferred)". */
export function SourceLine({ document }: { document: DocumentRef | undefined }) {
  if (!document) return null;
  return (
    <span class="source-line">
      {document.publication}, “{document.title}”,{' '}
      {document.dateInferred ? (
        <span class="inferred" title={t('popupDateInferredTitle', document.dateInferred)}>
          {t('popupDateInferred', formatDate(document.date))}
        </span>
      ) : (
        formatDate(document.date)
      )}
    </span>
  );
}
