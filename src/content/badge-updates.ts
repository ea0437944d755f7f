/**
 * The top frame's reports to the worker for the toolbar button: how many
 * entities the page highlights (the badge) and whether Geolens runs here (the
 * icon). Changes come in bursts while a page is read; they reach the worker
 * at most once per `BADGE_UPDATE_DELAY_MS`, and only when the report differs
 * from the last one sent.
 */
import type { Destroyable } from '../shared/destroyable';
import type { ToolbarState } from '../settings/toolbar-state';

/** The badge is for glancing, not a live counter: one update per half second is plenty and spares the worker. */
export const BADGE_UPDATE_DELAY_MS = 500;

export interface BadgeReport {
  count: number;
  state: ToolbarState;
}

export class BadgeUpdates implements Destroyable {
  private timer = 0;
  private lastSent = '';
  private destroyed = false;

  constructor(
    /** Where the timer runs: the page's window. */
    private readonly win: Pick<Window, 'setTimeout' | 'clearTimeout'>,
    /** The report as it stands, read when the delay is over. */
    private readonly current: () => BadgeReport,
    private readonly send: (report: BadgeReport) => void,
  ) {}

  /** Something the badge or icon shows may have changed. */
  changed(): void {
    if (this.timer || this.destroyed) return;
    this.timer = this.win.setTimeout(() => {
      this.timer = 0;
      const report = this.current();
      const key = `${report.count} ${report.state}`;
      if (key === this.lastSent) return;
      this.lastSent = key;
      this.send(report);
    }, BADGE_UPDATE_DELAY_MS);
  }

  destroy(): void {
    this.destroyed = true;
    this.win.clearTimeout(this.timer);
    this.timer = 0;
  }
}
