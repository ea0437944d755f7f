/**
 * The keyboard commands, by the names the manifest declares them under.
 * Kept free of browser imports so the manifest config (run by Node at build
 * time) can use the same names as the worker.
 */
export const COMMAND = {
  nextAnnotation: 'next-annotation',
  previousAnnotation: 'previous-annotation',
  toggleSite: 'toggle-site',
} as const;
