/**
 * Reading and writing settings through the browser seam. Every reader gets
 * the merged view; every write stores a complete, valid object, which is how
 * corrupt stored data gets repaired.
 */
import { browser } from '../shared/browser';
import { SETTINGS_KEY, mergeSettings, type Settings } from './settings';

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.sync.get(SETTINGS_KEY);
    return mergeSettings(stored[SETTINGS_KEY]);
  } catch {
    // A storage failure must not take annotations down with it.
    return mergeSettings(undefined);
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [SETTINGS_KEY]: mergeSettings(settings) });
}

/** Applies a change to the current stored settings; the read-modify-write keeps storage the one truth. */
export async function updateSettings(change: (current: Settings) => Settings | void): Promise<Settings> {
  const current = await loadSettings();
  const next = change(current) ?? current;
  await saveSettings(next);
  return mergeSettings(next);
}

/** Calls back with fresh merged settings whenever they change anywhere. Returns an unsubscribe. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && SETTINGS_KEY in changes) onChange(mergeSettings(changes[SETTINGS_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
