/**
 * Reading and writing settings through the browser seam. Every reader gets
 * the merged view; every write stores a complete, valid object, which is how
 * corrupt stored data gets repaired.
 */
import { browser } from '../shared/browser';
import { SETTINGS_KEY, mergeSettings, needsRepair, type Settings } from './settings';

async function readStored(): Promise<unknown> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY);
  return stored[SETTINGS_KEY];
}

export async function loadSettings(): Promise<Settings> {
  try {
    return mergeSettings(await readStored());
  } catch {
    // A storage failure must not take annotations down with it.
    return mergeSettings(undefined);
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [SETTINGS_KEY]: mergeSettings(settings) });
}

/**
 * Updates made from one page run one after another: two quick clicks must not
 * both read the same old settings and have the second write undo the first.
 */
let pendingUpdate: Promise<unknown> = Promise.resolve();

/**
 * Applies a change to the current stored settings; the read-modify-write keeps
 * storage the one truth. Writes only when the result differs from what is
 * stored (storage.sync allows a limited number of writes per minute), which
 * includes repairing stored data that was corrupt or partial.
 */
export function updateSettings(change: (current: Settings) => Settings | void): Promise<Settings> {
  const update = pendingUpdate.then(async () => {
    // A failed read rejects rather than guessing: writing over settings we could not read would lose them.
    const stored = await readStored();
    const current = mergeSettings(stored);
    // Taken before `change` runs, which may edit `current` in place.
    const before = JSON.stringify(current);
    const next = mergeSettings(change(current) ?? current);
    const changed = JSON.stringify(next) !== before;
    if (changed || needsRepair(stored)) await saveSettings(next);
    return next;
  });
  pendingUpdate = update.catch(() => {});
  return update;
}

/**
 * Writes the defaults when nothing valid is stored, and repairs or migrates
 * what is stored otherwise (keeping every valid field). Writes nothing when
 * storage already holds current, valid settings.
 */
export async function ensureStoredSettings(): Promise<void> {
  await updateSettings((settings) => settings);
}

/** Calls back with fresh merged settings whenever they change anywhere. Returns an unsubscribe. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && SETTINGS_KEY in changes) onChange(mergeSettings(changes[SETTINGS_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
