import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';

/**
 * What `<details>` does, as a button that shows and hides the content after it (`aria-expanded`,
 * `aria-controls`), closed at first, its content rendered once opened. The card lives in the page's own document, and there a
 * `<details>` is dear: Chromium hides a closed one's content with `content-visibility`, and on a
 * page of many boxes every frame that touches the card then spent 10-30 ms walking the whole
 * document (docs/perf-log.md). A content-hidden `div` costs nothing of the kind.
 */
export function Disclosure({ class: className, summary, children }: { class: string; summary: ComponentChildren; children: ComponentChildren }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div class={`disclosure ${className}`}>
      <button type="button" class="disclosure-toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {summary}
      </button>
      {/* Rendered when opened: a card's background facts can be dozens, and most cards close unopened. */}
      <div id={id} class="disclosure-content" hidden={!open}>
        {open && children}
      </div>
    </div>
  );
}
