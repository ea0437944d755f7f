/**
 * A problem to show the user, as a message key and its substitutions. The
 * settings logic stays pure (no browser i18n); the page that shows the
 * problem turns it into text with `t(problem.key, ...problem.values)`.
 */
import type { MessageKey } from '../shared/i18n.ts';

export interface SettingsProblem {
  key: MessageKey;
  values: string[];
}

export function settingsProblem(key: MessageKey, ...values: (string | number)[]): SettingsProblem {
  return { key, values: values.map(String) };
}
