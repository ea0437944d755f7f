import type { DatasetScope } from '../shared/dataset-scope';
import { t } from '../shared/i18n';
import { scopeLine } from '../shared/scope-text';
import { Disclosure } from './Disclosure';
import { SourceLine } from './SourceLine';

/** One click from the card and the popup: which documents everything Geolens says comes from, and when they were published. */
export function ScopeNote({ scope }: { scope: DatasetScope }) {
  return (
    <Disclosure class="scope" summary={t('scopeAbout')}>
      <p>{scopeLine(scope)}.</p>
      <p>{t('scopeAboutIntro')}</p>
      <ul>
        {scope.documents.map((document) => (
          <li>
            <SourceLine document={document} />
          </li>
        ))}
      </ul>
    </Disclosure>
  );
}
