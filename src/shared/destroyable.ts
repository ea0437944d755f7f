/**
 * What every long-lived object of a page implements: `destroy()` lets go of
 * everything it holds (listeners, observers, timers, what it added to the
 * page), so that the page is left as it was found. Calling it twice is harmless.
 */
export interface Destroyable {
  destroy(): void;
}
