/** A cog drawn with one dashed stroke (the teeth) around a ring: no icon font, no image file. */
export function GearIcon() {
  return (
    <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true">
      <circle cx="10" cy="10" r="6.5" fill="none" stroke="currentColor" stroke-width="3" stroke-dasharray="2.55 2.55" />
      <circle cx="10" cy="10" r="4.6" fill="none" stroke="currentColor" stroke-width="2" />
    </svg>
  );
}
