import { render } from 'preact';
import { t } from '../shared/i18n';
import { WELCOME_PARAM } from '../shared/extension-urls';
import { OptionsPage } from './OptionsPage';
import './options.css';

const url = new URL(location.href);
document.title = t('optionsPageTitle');

render(
  <OptionsPage
    welcome={url.searchParams.has(WELCOME_PARAM)}
    // Dropped from the address too, so a reload does not greet the user again.
    onDismissWelcome={() => history.replaceState(null, '', url.pathname)}
  />,
  document.getElementById('app')!,
);
