import summary from 'virtual:geolens/dataset-summary';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { addExcludedSite, removeExcludedSite } from '../settings/excluded-sites';
import type { Settings } from '../settings/settings';
import type { SettingsProblem } from '../settings/settings-problem';
import { updateSettings } from '../settings/settings-store';
import { CardSettings } from './CardSettings';
import { CategoryToggles } from './CategoryToggles';
import { ChoiceGroup } from './ChoiceGroup';
import { ExcludedSites } from './ExcludedSites';
import { Section } from './Section';
import { SettingsBackup } from './SettingsBackup';
import { ShortcutList } from './ShortcutList';
import { Switch } from './Switch';
import { useStoredSettings } from '../settings/use-stored-settings';
import { WelcomeBanner } from './WelcomeBanner';

/**
 * The options page. It renders the stored settings and writes every change
 * straight to storage; what it shows then comes back through
 * storage.onChanged, like in every open tab.
 */
export function OptionsPage({ welcome, onDismissWelcome }: { welcome: boolean; onDismissWelcome(): void }) {
  const stored = useStoredSettings();
  // What the user just set, shown until storage's answer comes back: a re-render in between (the
  // edit counter below) would otherwise redraw a switch or a radio as stored, undoing the click on
  // screen for a moment.
  const [optimistic, setOptimistic] = useState<Settings | null>(null);
  useEffect(() => setOptimistic(null), [stored]);
  const settings = optimistic ?? stored;
  const [saveError, setSaveError] = useState<string | null>(null);
  const [showWelcome, setShowWelcome] = useState(welcome);

  // Bumped by every edit outside the backup section: an import's message is about that import, and goes once the user moves on.
  const [edits, setEdits] = useState(0);
  const edited = () => setEdits((count) => count + 1);

  /** Applies a change to the stored settings; resolves to whether storage accepted it. */
  const replace = (edit: (current: Settings) => Settings): Promise<boolean> =>
    updateSettings(edit).then(
      () => {
        setSaveError(null);
        return true;
      },
      (error: unknown) => {
        setSaveError(t('optionsSaveFailed', error instanceof Error ? error.message : String(error)));
        return false;
      },
    );
  const change = (edit: (current: Settings) => Settings): Promise<boolean> => {
    if (settings) setOptimistic(edit(settings));
    edited();
    return replace(edit).then((saved) => {
      if (!saved) setOptimistic(null);
      return saved;
    });
  };

  const addSite = async (input: string): Promise<{ added: true } | { added: false; problem?: SettingsProblem }> => {
    let problem: SettingsProblem | undefined;
    // Checked against storage as it is at the moment of writing, not as last rendered.
    const saved = await change((current) => {
      const added = addExcludedSite(current, input);
      if (added.ok) return added.settings;
      problem = added.problem;
      return current;
    });
    return saved && !problem ? { added: true } : { added: false, problem };
  };

  return (
    <main>
      <header class="page-header">
        <h1>{t('optionsPageTitle')}</h1>
        <p class="hint">{t('optionsIntro')}</p>
      </header>
      {showWelcome && (
        <WelcomeBanner
          onDismiss={() => {
            setShowWelcome(false);
            onDismissWelcome();
          }}
        />
      )}
      {saveError && (
        <p class="error banner" role="alert">
          {saveError}
        </p>
      )}
      {settings && (
        <>
          <section class="section" aria-label={t('optionsEnabledLabel')}>
            <Switch
              id="enabled"
              label={t('optionsEnabledLabel')}
              description={t('optionsEnabledHint')}
              checked={settings.enabled}
              onChange={(enabled) => void change((current) => ({ ...current, enabled }))}
            />
          </section>
          <Section id="categories" title={t('optionsCategoriesHeading')} hint={t('optionsCategoriesHint')}>
            <CategoryToggles
              summaries={summary.categories}
              categories={settings.categories}
              onToggle={(category, on) =>
                void change((current) => ({ ...current, categories: { ...current.categories, [category]: on } }))
              }
            />
          </Section>
          <Section id="highlight-scope" title={t('optionsHighlightScopeHeading')}>
            <ChoiceGroup
              name="highlight-scope"
              legend={t('optionsHighlightScopeHeading')}
              choices={[
                { value: 'related', label: t('optionsHighlightScopeRelated'), hint: t('optionsHighlightScopeRelatedHint') },
                { value: 'all', label: t('optionsHighlightScopeAll'), hint: t('optionsHighlightScopeAllHint') },
              ]}
              selected={settings.highlightScope}
              onChange={(highlightScope) => void change((current) => ({ ...current, highlightScope }))}
            />
          </Section>
          <Section id="figures" title={t('optionsFiguresHeading')}>
            <Switch
              id="check-figures"
              label={t('optionsCheckFiguresLabel')}
              description={t('optionsCheckFiguresHint')}
              checked={settings.checkFigures}
              onChange={(checkFigures) => void change((current) => ({ ...current, checkFigures }))}
            />
          </Section>
          <Section id="mentions" title={t('optionsMentionPolicyHeading')}>
            <ChoiceGroup
              name="mention-policy"
              legend={t('optionsMentionPolicyHeading')}
              choices={[
                { value: 'first', label: t('optionsMentionPolicyFirst'), hint: t('optionsMentionPolicyFirstHint') },
                { value: 'every', label: t('optionsMentionPolicyEvery'), hint: t('optionsMentionPolicyEveryHint') },
              ]}
              selected={settings.mentionPolicy}
              onChange={(mentionPolicy) => void change((current) => ({ ...current, mentionPolicy }))}
            />
          </Section>
          <Section id="cards" title={t('optionsCardsHeading')}>
            <CardSettings
              settings={settings}
              onTrigger={(cardTrigger) => void change((current) => ({ ...current, cardTrigger }))}
              onDelay={(hoverDelayMs) => change((current) => ({ ...current, hoverDelayMs }))}
            />
          </Section>
          <Section id="sites" title={t('optionsSitesHeading')} hint={t('optionsSitesHint')}>
            <ExcludedSites
              sites={settings.excludedSites}
              onAdd={addSite}
              onTyping={edited}
              onRemove={(pattern) => void change((current) => removeExcludedSite(current, pattern))}
            />
          </Section>
          <Section id="shortcuts" title={t('optionsShortcutsHeading')} hint={t('optionsShortcutsHint')}>
            <ShortcutList />
          </Section>
          <Section id="backup" title={t('optionsBackupHeading')} hint={t('optionsBackupHint')}>
            <SettingsBackup settings={settings} otherEdits={edits} onReplace={(next) => replace(() => next)} />
          </Section>
        </>
      )}
      <footer class="hint">
        {t(
          'optionsDatasetSummary',
          summary.version,
          summary.entities,
          summary.facts,
          summary.documents,
        )}
      </footer>
    </main>
  );
}
