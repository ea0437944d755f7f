import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { HOVER_DELAY_RANGE, type CardTrigger, type Settings } from '../settings/settings';
import { ChoiceGroup, type Choice } from './ChoiceGroup';

/** Fine enough to feel the difference, coarse enough that the slider is easy to set. */
const HOVER_DELAY_STEP_MS = 50;

export interface CardSettingsProps {
  settings: Pick<Settings, 'cardTrigger' | 'hoverDelayMs'>;
  onTrigger(trigger: CardTrigger): void;
  /** Resolves to whether storage took the value. */
  onDelay(ms: number): Promise<boolean>;
}

export function CardSettings({ settings, onTrigger, onDelay }: CardSettingsProps) {
  // The value under the thumb from the first drag until storage holds it. It is stored only on
  // release, since every storage.sync write counts against a per-minute quota and reaches every
  // open tab; showing the stored value before the write lands would make the thumb jump back.
  const [unsaved, setUnsaved] = useState<number | null>(null);
  useEffect(() => {
    // The draft as it is now, not as it was when this render happened: effects run after the paint,
    // and by then the reader may have moved the thumb on (the next arrow key, while the last write lands).
    setUnsaved((current) => (current === settings.hoverDelayMs ? null : current));
  }, [settings.hoverDelayMs]);
  const delay = unsaved ?? settings.hoverDelayMs;
  const commit = (ms: number) => {
    // Back where it was: nothing will be written, so nothing will come back to clear the draft.
    if (ms === settings.hoverDelayMs) return setUnsaved(null);
    void onDelay(ms).then((saved) => saved || setUnsaved(null));
  };
  const choices: Choice<CardTrigger>[] = [
    { value: 'hover', label: t('optionsCardTriggerHover'), hint: t('optionsCardTriggerHoverHint') },
    { value: 'modifier', label: t('optionsCardTriggerModifier'), hint: t('optionsCardTriggerModifierHint') },
  ];
  return (
    <>
      <ChoiceGroup name="card-trigger" legend={t('optionsCardsHeading')} choices={choices} selected={settings.cardTrigger} onChange={onTrigger} />
      <div class="slider">
        <label for="hover-delay">{t('optionsHoverDelayLabel')}</label>
        <input
          id="hover-delay"
          type="range"
          min={HOVER_DELAY_RANGE.min}
          max={HOVER_DELAY_RANGE.max}
          step={HOVER_DELAY_STEP_MS}
          value={delay}
          aria-describedby="hover-delay-hint"
          aria-valuetext={t('optionsHoverDelayValue', delay)}
          onInput={(event) => setUnsaved(event.currentTarget.valueAsNumber)}
          onChange={(event) => commit(event.currentTarget.valueAsNumber)}
        />
        <output for="hover-delay">{t('optionsHoverDelayValue', delay)}</output>
        <p class="hint" id="hover-delay-hint">
          {t('optionsHoverDelayHint')}
        </p>
      </div>
    </>
  );
}
