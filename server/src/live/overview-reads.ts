import { isoDate } from '../common/dates.js';
import { writes } from '../common/write-transaction.js';
import type { CityOverview } from '../overview/overview.types.js';

/** An overview computed for one-off reads, and what it was computed against. */
interface Entry {
  overview: Promise<CityOverview>;
  today: string;
  epoch: number;
  at: number;
}

/** A safety net: a shared overview is recomputed after this long whatever happens. */
export const READ_MAX_AGE_MS = 30_000;

/**
 * cityOverview for queries over HTTP: every query of a city shares one computation until
 * the city changes. A change notice (`invalidate`), a write through the API in this
 * process (so a caller always reads its own writes), a new day, a lost LISTEN connection
 * (`usable` false) or READ_MAX_AGE_MS ends the sharing. Concurrent readers wait for the
 * same computation; a failed one is not kept.
 */
export class OverviewReads {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly compute: (code: string) => Promise<CityOverview>,
    private readonly now: () => number = Date.now,
  ) {}

  read(code: string, usable: boolean): Promise<CityOverview> {
    const now = this.now();
    const today = isoDate(new Date(now));
    const cached = this.entries.get(code);
    if (usable && cached && cached.today === today && cached.epoch === writes.epoch && now - cached.at < READ_MAX_AGE_MS) return cached.overview;
    const entry: Entry = { overview: this.compute(code), today, epoch: writes.epoch, at: now };
    this.entries.set(code, entry);
    entry.overview.catch(() => this.entries.get(code) === entry && this.entries.delete(code));
    return entry.overview;
  }

  /** The city changed (or, without a code, any city may have). */
  invalidate(code?: string): void {
    if (code === undefined) this.entries.clear();
    else this.entries.delete(code);
  }
}
