import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { ListenerCollection } from './listener-collection';

/** A collection whose listeners are removed when the test ends, pass or fail. */
function collection() {
  const listeners = new ListenerCollection();
  onTestFinished(() => listeners.removeAll());
  return listeners;
}

describe('ListenerCollection', () => {
  it('adds each listener to its target, and removeAll() removes every one of them', () => {
    const listeners = collection();
    const target = document.createElement('div');
    const onClick = vi.fn();
    const onResize = vi.fn();
    listeners.add(target, 'click', onClick);
    listeners.add(window, 'resize', onResize, { passive: true });
    target.dispatchEvent(new MouseEvent('click'));
    window.dispatchEvent(new Event('resize'));
    expect([onClick.mock.calls.length, onResize.mock.calls.length]).toEqual([1, 1]);
    listeners.removeAll();
    target.dispatchEvent(new MouseEvent('click'));
    window.dispatchEvent(new Event('resize'));
    expect([onClick.mock.calls.length, onResize.mock.calls.length]).toEqual([1, 1]);
  });

  it('removes a capturing listener, which a removal without `capture` would leave in place', () => {
    const listeners = collection();
    const inner = document.body.appendChild(document.createElement('span'));
    onTestFinished(() => inner.remove());
    const heard = vi.fn();
    listeners.add(window, 'keydown', heard, { capture: true });
    listeners.add(window, 'keydown', heard);
    inner.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true }));
    // The same function, once capturing and once not: two registrations.
    expect(heard).toHaveBeenCalledTimes(2);
    listeners.removeAll();
    inner.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true }));
    expect(heard).toHaveBeenCalledTimes(2);
  });

  it('passes the listener the event its type names', () => {
    const listeners = collection();
    let key = '';
    // Typed: `event` is a KeyboardEvent, so `key` needs no cast.
    listeners.add(window, 'keydown', (event) => (key = event.key));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(key).toBe('Escape');
  });

  it('ends the subscriptions it owns once, with the listeners', () => {
    const listeners = collection();
    const stop = vi.fn();
    listeners.own(stop);
    expect(stop).not.toHaveBeenCalled();
    listeners.removeAll();
    listeners.removeAll();
    expect(stop).toHaveBeenCalledTimes(1);
  });

  it('takes new listeners after removeAll(), and removes those the next time', () => {
    const listeners = collection();
    const heard = vi.fn();
    listeners.add(window, 'resize', heard);
    listeners.removeAll();
    listeners.add(window, 'resize', heard);
    window.dispatchEvent(new Event('resize'));
    expect(heard).toHaveBeenCalledTimes(1);
    listeners.removeAll();
    window.dispatchEvent(new Event('resize'));
    expect(heard).toHaveBeenCalledTimes(1);
  });
});
