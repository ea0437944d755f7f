/**
 * After the extension is updated, reloaded or removed, a content script it
 * injected lives on, orphaned: its highlights stay, but nothing answers it any
 * more (no card data, no settings). The first message that fails for that
 * reason retires it, which leaves the page as it found it.
 */
import { browser } from '../shared/browser';

/** True once the extension this script belongs to is gone (updated, reloaded, disabled or removed). */
export function isOrphaned(): boolean {
  try {
    return !browser.runtime?.id;
  } catch {
    return true;
  }
}

export class OrphanWatch {
  private retired = false;

  constructor(
    /** Takes everything down; called once, at the first failure that finds the script orphaned. */
    private readonly retire: () => void,
    private readonly orphaned: () => boolean = isOrphaned,
  ) {}

  /** A message failed: retires the script if the extension is gone (another failure is not a reason). */
  readonly failed = (): void => {
    if (this.retired || !this.orphaned()) return;
    this.retired = true;
    this.retire();
  };

  /** The same, for a caller that is owed the failure: it is thrown on. */
  readonly failedAndRethrow = (error: unknown): never => {
    this.failed();
    throw error;
  };
}
