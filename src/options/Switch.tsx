import type { ComponentChildren } from 'preact';

export interface SwitchProps {
  id: string;
  label: ComponentChildren;
  /** Read after the label by screen readers; shown under it. */
  description?: ComponentChildren;
  checked: boolean;
  onChange(checked: boolean): void;
  /** Shown before the label, e.g. the category's colour. */
  leading?: ComponentChildren;
}

/** An on/off setting: a checkbox with the switch role, named by its label. */
export function Switch({ id, label, description, checked, onChange, leading }: SwitchProps) {
  const descriptionId = description ? `${id}-description` : undefined;
  return (
    <div class="switch-row">
      {leading}
      <div class="switch-text">
        <label for={id}>{label}</label>
        {description && (
          <div class="hint" id={descriptionId}>
            {description}
          </div>
        )}
      </div>
      <input
        id={id}
        class="switch"
        type="checkbox"
        role="switch"
        checked={checked}
        aria-describedby={descriptionId}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
    </div>
  );
}
