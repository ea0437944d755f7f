import { useEffect, useState } from 'preact/hooks';

export type PopupData = typeof import('./popup-data');

/**
 * The popup's dataset and search index, loaded once the popup has painted
 * (effects run after paint), so the first paint never waits for the data.
 * The index is then built after the next paint, unless a search asks first.
 */
export function usePopupData(): PopupData | undefined {
  const [loaded, setLoaded] = useState<PopupData>();
  useEffect(() => {
    let live = true;
    let frame = 0;
    let timer = 0;
    void import('./popup-data').then((module) => {
      if (!live) return;
      setLoaded(module);
      // A task queued from a frame callback runs after that frame has painted.
      frame = requestAnimationFrame(() => (timer = window.setTimeout(module.searchIndex)));
    });
    return () => {
      live = false;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return loaded;
}
