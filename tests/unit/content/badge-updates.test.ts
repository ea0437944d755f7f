import { afterEach, describe, expect, it, vi } from 'vitest';
import { BADGE_UPDATE_DELAY_MS, BadgeUpdates, type BadgeReport } from '../../../src/content/badge-updates';

afterEach(() => {
  vi.useRealTimers();
});

function badge(current: () => BadgeReport) {
  vi.useFakeTimers();
  const sent: BadgeReport[] = [];
  const updates = new BadgeUpdates({ setTimeout, clearTimeout } as unknown as Pick<Window, 'setTimeout' | 'clearTimeout'>, current, (report) => sent.push(report));
  return { updates, sent };
}

describe('BadgeUpdates', () => {
  it('sends a burst of changes as one report, as it stands when the delay is over', () => {
    let count = 1;
    const { updates, sent } = badge(() => ({ count, state: 'active' }));
    updates.changed();
    count = 2;
    updates.changed();
    vi.advanceTimersByTime(BADGE_UPDATE_DELAY_MS - 1);
    expect(sent).toEqual([]);
    count = 3;
    vi.advanceTimersByTime(1);
    expect(sent).toEqual([{ count: 3, state: 'active' }]);
  });

  it('sends nothing when the report is the one sent last', () => {
    let state: BadgeReport['state'] = 'active';
    const { updates, sent } = badge(() => ({ count: 4, state }));
    updates.changed();
    vi.runAllTimers();
    updates.changed();
    vi.runAllTimers();
    state = 'paused';
    updates.changed();
    vi.runAllTimers();
    expect(sent).toEqual([
      { count: 4, state: 'active' },
      { count: 4, state: 'paused' },
    ]);
  });

  it('sends nothing once destroyed, not even a report on its way', () => {
    const { updates, sent } = badge(() => ({ count: 1, state: 'active' }));
    updates.changed();
    updates.destroy();
    updates.changed();
    vi.runAllTimers();
    expect(sent).toEqual([]);
  });
});
