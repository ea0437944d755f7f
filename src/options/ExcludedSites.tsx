import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { hostnameForDisplay } from '../settings/punycode';
import type { SettingsProblem } from '../settings/settings-problem';

export interface ExcludedSitesProps {
  sites: readonly string[];
  /** Adds what was typed. Not added: with the problem when the input was at fault, without when storage was. */
  onAdd(input: string): Promise<{ added: true } | { added: false; problem?: SettingsProblem }>;
  onRemove(pattern: string): void;
  /** The user is typing a site. */
  onTyping(): void;
}

/** The sites where Geolens never runs: a list with remove buttons, and a field to add one. */
export function ExcludedSites({ sites, onAdd, onRemove, onTyping }: ExcludedSitesProps) {
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<SettingsProblem | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    const result = await onAdd(draft);
    if (result.added) setDraft('');
    setProblem(result.added ? null : (result.problem ?? null));
  };

  return (
    <>
      <form class="site-form" onSubmit={submit} noValidate>
        <label for="site-input">{t('optionsSiteInputLabel')}</label>
        <div class="site-input-row">
          <input
            id="site-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder={t('optionsSiteInputPlaceholder')}
            value={draft}
            aria-invalid={problem ? 'true' : undefined}
            aria-describedby={problem ? 'site-error' : undefined}
            onInput={(event) => {
              setDraft(event.currentTarget.value);
              setProblem(null);
              onTyping();
            }}
          />
          <button type="submit">{t('optionsSiteAdd')}</button>
        </div>
        {problem && (
          <p class="error" id="site-error" role="alert">
            {t(problem.key, ...problem.values)}
          </p>
        )}
      </form>
      {sites.length === 0 ? (
        <p class="empty">{t('optionsSitesEmpty')}</p>
      ) : (
        <ul class="rows sites" aria-label={t('optionsSitesHeading')}>
          {sites.map((site) => (
            <li key={site} class="site">
              {/* Stored as the browser reports hosts (xn--mnchen-3ya.de), shown as people write them (münchen.de). */}
              <span class="site-name">{hostnameForDisplay(site)}</span>
              <button type="button" class="quiet" aria-label={t('optionsSiteRemoveLabel', hostnameForDisplay(site))} onClick={() => onRemove(site)}>
                {t('optionsSiteRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
