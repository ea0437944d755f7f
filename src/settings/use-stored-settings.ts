/**
 * The settings as storage holds them, kept current through
 * storage.onChanged, for the popup and the options page. They render this and
 * never keep a copy of their own: a change made in the popup, an options tab
 * or by a keyboard command shows up everywhere at once. Undefined until read.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from './settings';
import { loadSettings, watchSettings } from './settings-store';

export function useStoredSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
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
