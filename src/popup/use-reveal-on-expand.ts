import { useEffect, useRef } from 'preact/hooks';

/** Scrolls a result the reader has just expanded fully into view, as far as the list allows. */
export function useRevealOnExpand<T extends HTMLElement>(expanded: boolean) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (expanded) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [expanded]);
  return ref;
}
