import { describe, expect, it, vi } from 'vitest';
import { OrphanWatch, isOrphaned } from './orphan-watch';

describe('OrphanWatch', () => {
  it('finds the script at home while its extension is there', () => {
    // The test page's stand-in extension has a runtime id (tests/support/extension-stub.ts).
    expect(isOrphaned()).toBe(false);
  });

  it('retires the script at the first failure that finds the extension gone, and only once', () => {
    let gone = false;
    const retire = vi.fn();
    const watch = new OrphanWatch(retire, () => gone);
    watch.failed();
    expect(retire).not.toHaveBeenCalled();
    gone = true;
    watch.failed();
    watch.failed();
    expect(retire).toHaveBeenCalledTimes(1);
  });

  it('throws the failure on to a caller that is owed it', () => {
    const retire = vi.fn();
    const watch = new OrphanWatch(retire, () => true);
    const error = new Error('Extension context invalidated.');
    expect(() => watch.failedAndRethrow(error)).toThrow(error);
    expect(retire).toHaveBeenCalledTimes(1);
  });
});
