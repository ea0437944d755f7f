import { useEffect, useState } from 'preact/hooks';
import { browser } from '../shared/browser';
import { t } from '../shared/i18n';

interface Shortcut {
  name: string;
  description: string;
  keys: string;
}

/** Chromium's page for extension shortcuts; other browsers name theirs differently, and some offer an API for it. */
const SHORTCUTS_PAGE = 'chrome://extensions/shortcuts';

/** The keyboard commands with the keys the browser has actually assigned (the user may have changed them). */
export function ShortcutList() {
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  useEffect(() => {
    void browser.commands.getAll().then((commands) =>
      setShortcuts(
        commands
          .filter((command) => command.name && command.description)
          .map((command) => ({ name: command.name!, description: command.description!, keys: command.shortcut ?? '' })),
      ),
    );
  }, []);

  const openShortcutSettings = () => {
    const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
    if (commands.openShortcutSettings) void commands.openShortcutSettings();
    else void browser.tabs.create({ url: SHORTCUTS_PAGE });
  };

  return (
    <>
      <dl class="shortcuts">
        {shortcuts.map((shortcut) => (
          <div key={shortcut.name} class="shortcut">
            <dt>{shortcut.keys ? <kbd>{shortcut.keys}</kbd> : <span class="muted">{t('optionsShortcutNotSet')}</span>}</dt>
            <dd>{shortcut.description}</dd>
          </div>
        ))}
      </dl>
      <button type="button" class="quiet" onClick={openShortcutSettings}>
        {t('optionsShortcutsChange')}
      </button>
    </>
  );
}
