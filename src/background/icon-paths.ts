/**
 * Where the icons land in the built extension. Kept free of browser imports:
 * the manifest config (Node, build time), the icon build step and the worker
 * all name the files through these.
 */
import { TOOLBAR_STATES, type ToolbarState } from '../settings/toolbar-state.ts';

/** The sizes of each toolbar state: 16 px, and 32 px for high-density screens. */
export const TOOLBAR_ICON_SIZES = [16, 32] as const;
/** The extension's own icon also comes at 48 (extensions page) and 128 px (stores, install dialogs). */
export const APP_ICON_SIZES = [16, 32, 48, 128] as const;

export function iconPath(state: ToolbarState, size: number): string {
  return `icons/geolens-${state}-${size}.png`;
}

/** Every icon file the build must emit. */
export function iconFiles(): { state: ToolbarState; size: number; path: string }[] {
  return TOOLBAR_STATES.flatMap((state) =>
    (state === 'active' ? APP_ICON_SIZES : TOOLBAR_ICON_SIZES).map((size) => ({ state, size, path: iconPath(state, size) })),
  );
}
