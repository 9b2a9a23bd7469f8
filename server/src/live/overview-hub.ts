import type { MikroORM } from '@mikro-orm/postgresql';
import { isoDate } from '../common/dates.js';
import { cityOverview } from '../overview/overview.service.js';
import type { CityOverview } from '../overview/overview.types.js';
import { LatestQueue } from './latest-queue.js';
import { OverviewReads } from './overview-reads.js';

type Listener = (overview: CityOverview) => void;

/**
 * One channel per city with subscribers. A change notice after a quiet spell computes the
 * overview at once; changes arriving within the window after that are coalesced into one
 * more computation at the window's end. Each computation serves all the city's subscribers.
 * A failed computation keeps the last snapshot and retries with backoff while anyone listens.
 */
class CityChannel {
  readonly listeners = new Set<Listener>();
  latest: CityOverview | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private failures = 0;
  private lastStart = 0;
  private lastError: unknown;

  constructor(
    readonly code: string,
    private readonly compute: (code: string) => Promise<CityOverview>,
    private readonly windowMs: number,
    private readonly log: (message: string) => void,
  ) {}

  /**
   * Recompute soon. At most one computation starts per window: a change after a quiet
   * spell goes out at once, and the changes of a burst wait for the window's end together.
   */
  schedule(delayMs = Math.max(0, this.lastStart + this.windowMs - Date.now())): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.run();
    }, delayMs);
  }

  /** The current snapshot, computing it first if there is none yet (its error if that fails). */
  async current(): Promise<CityOverview> {
    if (!this.latest) await this.run();
    if (!this.latest) throw this.lastError ?? new Error(`the overview of ${this.code} could not be computed`);
    return this.latest;
  }

  run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.lastStart = Date.now();
    this.running = (async () => {
      try {
        const overview = await this.compute(this.code);
        this.failures = 0;
        this.latest = overview;
        for (const listener of this.listeners) listener(overview);
      } catch (error) {
        this.lastError = error;
        this.failures += 1;
        // Only screens already holding a snapshot wait for a retry; a first subscriber gets the error.
        if (this.listeners.size > 0) {
          const retryMs = Math.min(10_000, 250 * 2 ** this.failures);
          this.log(`overview of ${this.code} failed (${(error as Error).message}); retrying in ${retryMs} ms`);
          this.schedule(retryMs);
        }
      } finally {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.schedule();
        }
      }
    })();
    return this.running;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.listeners.clear();
  }
}

export class OverviewHub {
  private readonly channels = new Map<string, CityChannel>();
  private readonly reads = new OverviewReads((code) => this.computeFresh(code));
  private readonly cityCodes = new Map<number, string>();
  private midnight: NodeJS.Timeout | undefined;
  /** How many overviews were computed: for tests and metrics. */
  computations = 0;

  constructor(
    private readonly orm: MikroORM,
    private readonly windowMs: number,
    private readonly log: (message: string) => void,
  ) {
    this.scheduleMidnight();
  }

  private compute = async (code: string): Promise<CityOverview> => {
    this.computations += 1;
    return this.computeFresh(code);
  };

  private computeFresh(code: string): Promise<CityOverview> {
    return cityOverview(this.orm.em.fork(), code, isoDate(new Date()));
  }

  private channel(code: string): CityChannel {
    let channel = this.channels.get(code);
    if (!channel) {
      channel = new CityChannel(code, this.compute, this.windowMs, this.log);
      this.channels.set(code, channel);
    }
    return channel;
  }

  /**
   * The city's overviews as an iterator: the current snapshot first (subscribing is
   * resyncing), then a fresh one after every committed change.
   */
  async iterate(code: string): Promise<AsyncIterableIterator<CityOverview>> {
    const channel = this.channel(code);
    const first = await this.first(channel);
    const queue = new LatestQueue<CityOverview>(() => this.unlisten(channel, listener));
    const listener: Listener = (overview) => queue.push(overview);
    channel.listeners.add(listener);
    queue.push(first);
    return queue;
  }

  /** Adds a listener without an iterator (shared executions); returns its removal. */
  async listen(code: string, listener: Listener): Promise<() => void> {
    const channel = this.channel(code);
    const first = await this.first(channel);
    channel.listeners.add(listener);
    listener(first);
    return () => this.unlisten(channel, listener);
  }

  /** The channel's snapshot; a channel nobody holds is dropped when it has none (an unknown city). */
  private async first(channel: CityChannel): Promise<CityOverview> {
    try {
      return await channel.current();
    } catch (error) {
      if (channel.listeners.size === 0 && this.channels.get(channel.code) === channel) {
        channel.dispose();
        this.channels.delete(channel.code);
      }
      throw error;
    }
  }

  private unlisten(channel: CityChannel, listener: Listener): void {
    channel.listeners.delete(listener);
    if (channel.listeners.size === 0 && this.channels.get(channel.code) === channel) {
      channel.dispose();
      this.channels.delete(channel.code);
    }
  }

  /** The city's overview for a query over HTTP: see OverviewReads. */
  read(code: string, usable: boolean): Promise<CityOverview> {
    return this.reads.read(code, usable);
  }

  /** A committed change somewhere in a city (by id, as the change feed names it). */
  async changed(cityId: number | null): Promise<void> {
    if (cityId === null) return this.resyncAll();
    const known = this.cityCodes.get(cityId);
    // Until the code is known, no read of any city may be served from before this change.
    if (!known) this.reads.invalidate();
    const code = known ?? (await this.lookupCity(cityId));
    if (code) {
      this.reads.invalidate(code);
      this.channels.get(code)?.schedule();
    }
  }

  /** Notifications may have been missed: every city recomputes now. */
  resyncAll(): void {
    this.reads.invalidate();
    for (const channel of this.channels.values()) void channel.run();
  }

  get subscribedCities(): number {
    return this.channels.size;
  }

  private async lookupCity(cityId: number): Promise<string | undefined> {
    const rows = await this.orm.em.fork().getConnection().execute<{ code: string }[]>('select code from city where id = ?', [cityId]);
    const code = rows[0]?.code;
    if (code) this.cityCodes.set(cityId, code);
    return code;
  }

  /** "Today" moves at midnight in the city: recompute, so day-based figures roll over unattended. */
  private scheduleMidnight(): void {
    const now = new Date();
    const shanghaiNow = new Date(now.toLocaleString('en-US', { timeZone: 'Asia/Shanghai' }));
    const next = new Date(shanghaiNow);
    next.setHours(24, 0, 1, 0);
    this.midnight = setTimeout(() => {
      this.resyncAll();
      this.scheduleMidnight();
    }, next.getTime() - shanghaiNow.getTime());
    this.midnight.unref();
  }

  dispose(): void {
    clearTimeout(this.midnight);
    this.reads.invalidate();
    for (const channel of this.channels.values()) channel.dispose();
    this.channels.clear();
  }
}
