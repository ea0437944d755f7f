import { t } from '../shared/i18n';

/** Shown once, when the worker opens the options page right after install. */
export function WelcomeBanner({ onDismiss }: { onDismiss(): void }) {
  return (
    <aside class="welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title">{t('optionsWelcomeTitle')}</h2>
      <p>{t('optionsWelcomeBody')}</p>
      <button type="button" onClick={onDismiss}>
        {t('optionsWelcomeDismiss')}
      </button>
    </aside>
  );
}
