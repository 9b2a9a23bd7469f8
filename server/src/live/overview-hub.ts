import type { MikroORM } from '@mikro-orm/postgresql';
import { isoDate, TIME_ZONE } from '../common/dates.js';
import { cityOverview } from '../overview/overview.service.js';
import type { CityOverview } from '../overview/overview.types.js';
import { LatestQueue } from './latest-queue.js';
import { CityChannel, type Listener } from './overview-channel.js';
import { OverviewReads } from './overview-reads.js';

export class OverviewHub {
  private readonly channels = new Map<string, CityChannel>();
  private readonly reads = new OverviewReads((code) => this.computeFresh(code));
  private readonly cityCodes = new Map<number, string>();
  private midnight: NodeJS.Timeout | undefined;
  private lookups = 0;
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

  /** Every notice handled so far has had its effect on the city (tests wait on this, not on time). */
  idle(code: string): boolean {
    return this.lookups === 0 && (this.channels.get(code)?.idle ?? true);
  }

  /** How many overviews of the city its current channel has computed (0 without subscribers). */
  computationsOf(code: string): number {
    return this.channels.get(code)?.computations ?? 0;
  }

  get subscribedCities(): number {
    return this.channels.size;
  }

  private async lookupCity(cityId: number): Promise<string | undefined> {
    this.lookups += 1;
    try {
      const rows = await this.orm.em.fork().getConnection().execute<{ code: string }[]>('select code from city where id = ?', [cityId]);
      const code = rows[0]?.code;
      if (code) this.cityCodes.set(cityId, code);
      return code;
    } finally {
      this.lookups -= 1;
    }
  }

  /** "Today" moves at midnight in the city: recompute, so day-based figures roll over unattended. */
  private scheduleMidnight(): void {
    const now = new Date();
    const shanghaiNow = new Date(now.toLocaleString('en-US', { timeZone: TIME_ZONE }));
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
