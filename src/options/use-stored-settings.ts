/**
 * The settings as storage holds them, kept current through
 * storage.onChanged. The page renders this and never keeps a copy of its own:
 * a change made in the popup, another options tab or by a keyboard command
 * shows up here at once.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../settings/settings';
import { loadSettings, watchSettings } from '../settings/settings-store';

export function useStoredSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let mounted = true;
    // Watch first, so a change landing while the first read is on its way is not missed.
    const unwatch = watchSettings(setSettings);
    void loadSettings().then((loaded) => {
      if (mounted) setSettings((seen) => seen ?? loaded);
    });
    return () => {
      mounted = false;
      unwatch();
    };
  }, []);
  return settings;
}
