/**
 * Owns add/remove pairs: each listener added through a collection is removed
 * by its `removeAll()`, with the options it was added with, so that an
 * owner's `destroy()` cannot forget one or remove one that never matched (a
 * capturing listener removed without `capture` stays).
 */

/** The event a listener of `type` on `target` receives: a window's `keydown` hears a `KeyboardEvent`. */
type EventOf<Target extends EventTarget, Type extends string> = Target extends Window
  ? Type extends keyof WindowEventMap
    ? WindowEventMap[Type]
    : Event
  : Target extends Document
    ? Type extends keyof DocumentEventMap
      ? DocumentEventMap[Type]
      : Event
    : Target extends HTMLElement
      ? Type extends keyof HTMLElementEventMap
        ? HTMLElementEventMap[Type]
        : Event
      : Event;

export class ListenerCollection {
  /** What undoes each addition, in the order they were made. */
  private removals: (() => void)[] = [];

  /** `target.addEventListener(type, listener, options)`, undone by `removeAll()`. */
  add<Target extends EventTarget, Type extends string>(
    target: Target,
    type: Type,
    listener: (event: EventOf<Target, Type>) => void,
    options?: AddEventListenerOptions,
  ): void {
    const handler = listener as EventListener;
    target.addEventListener(type, handler, options);
    // Only `capture` tells two registrations apart: removing must repeat it.
    const capture = options?.capture ?? false;
    this.removals.push(() => target.removeEventListener(type, handler, { capture }));
  }

  /**
   * A subscription made elsewhere, by what ends it: the removal a watcher returns
   * (`watchSettings`, `answerTabRequests`), or an observer's `disconnect`.
   */
  own(remove: () => void): void {
    this.removals.push(remove);
  }

  /** Removes every listener added so far; the collection can be used again afterwards. */
  removeAll(): void {
    const removals = this.removals;
    this.removals = [];
    for (const remove of removals) remove();
  }
}
