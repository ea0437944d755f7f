import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../settings/settings';
import { loadSettings, watchSettings } from '../settings/settings-store';

/** The stored settings, kept current as any part of Geolens changes them. Undefined until read. */
export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    let live = true;
    const stop = watchSettings(setSettings);
    void loadSettings().then((loaded) => live && setSettings((current) => current ?? loaded));
    return () => {
      live = false;
      stop();
    };
  }, []);
  return settings;
}
