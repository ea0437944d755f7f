import { Component, type ComponentChildren } from 'preact';

/** Ids for `aria-controls`, unique within the document the component is drawn in. */
let nextId = 0;

interface Props {
  class: string;
  summary: ComponentChildren;
  children: ComponentChildren;
}

/**
 * What `<details>` does, as a button that shows and hides the content after it (`aria-expanded`,
 * `aria-controls`), closed at first, its content rendered once opened. The card lives in the
 * page's own document, and there a `<details>` is dear: Chromium hides a closed one's content with
 * `content-visibility`, and on a page of many boxes every frame that touches the card then walked
 * the whole document (docs/perf-log.md). A hidden `div` costs nothing of the kind.
 * A class, not hooks: the content script does not otherwise load `preact/hooks`.
 */
export class Disclosure extends Component<Props, { open: boolean }> {
  private readonly id = `geolens-disclosure-${++nextId}`;
  override state = { open: false };

  private readonly toggle = () => this.setState(({ open }) => ({ open: !open }));

  override render({ class: className, summary, children }: Props, { open }: { open: boolean }) {
    return (
      <div class={`disclosure ${className}`}>
        <button type="button" class="disclosure-toggle" aria-expanded={open} aria-controls={this.id} onClick={this.toggle}>
          {summary}
        </button>
        {/* Rendered when opened: a card's background facts can be dozens, and most cards close unopened. */}
        <div id={this.id} class="disclosure-content" hidden={!open}>
          {open && children}
        </div>
      </div>
    );
  }
}
