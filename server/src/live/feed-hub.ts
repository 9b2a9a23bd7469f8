import type { ChangeFeedReader } from './change-feed.js';
import type { ChangeFeedEvent } from './change-feed.types.js';

type Listener = (events: ChangeFeedEvent[]) => void;

/**
 * Per city with listeners: on each notice, the events after the last one seen are read
 * once and handed to every listener. Events are stored, so after a lost connection the
 * feed catches up by sequence number instead of skipping anything.
 */
class FeedChannel {
  readonly listeners = new Set<Listener>();
  private lastSeq: string | null = null;
  private running: Promise<void> | undefined;
  private again = false;

  constructor(
    private readonly cityId: number,
    private readonly reader: ChangeFeedReader,
    private readonly log: (message: string) => void,
  ) {}

  /** The newest events, as a ticker starts; later events follow through `pull`. */
  async backlog(limit: number): Promise<{ events: ChangeFeedEvent[]; upTo: string }> {
    // Without a backlog the channel still starts at the city's newest event: starting at 0
    // would replay the whole stored history to the first listener.
    const events = limit > 0 ? await this.reader.eventsOf(this.cityId, null, limit) : [];
    const upTo = events.at(-1)?.seq ?? (await this.reader.newestSeq(this.cityId)) ?? '0';
    // A running channel keeps its place: moving it on would skip events its listeners have
    // not been sent yet.
    if (this.lastSeq === null) this.lastSeq = upTo;
    return { events, upTo };
  }

  pull(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        const events = await this.reader.eventsOf(this.cityId, this.lastSeq ?? '0');
        if (events.length > 0) {
          this.lastSeq = events.at(-1)!.seq;
          for (const listener of this.listeners) listener(events);
        }
      } catch (error) {
        this.log(`change feed of city ${this.cityId} failed: ${(error as Error).message}`);
      } finally {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          void this.pull();
        }
      }
    })();
    return this.running;
  }
}

export class FeedHub {
  private readonly channels = new Map<number, FeedChannel>();

  constructor(
    private readonly reader: ChangeFeedReader,
    private readonly log: (message: string) => void,
  ) {}

  /** Listens to a city's events; the backlog is returned first. */
  async listen(cityId: number, listener: Listener, backlog: number): Promise<{ backlog: ChangeFeedEvent[]; stop: () => void }> {
    let channel = this.channels.get(cityId);
    if (!channel) {
      channel = new FeedChannel(cityId, this.reader, this.log);
      this.channels.set(cityId, channel);
    }
    const { events, upTo } = await channel.backlog(backlog);
    // The channel may still send events this listener's backlog already holds.
    const after = BigInt(upTo);
    const own: Listener = (batch) => {
      const fresh = batch.filter((e) => BigInt(e.seq) > after);
      if (fresh.length > 0) listener(fresh);
    };
    channel.listeners.add(own);
    const owned = channel;
    return {
      backlog: events,
      stop: () => {
        owned.listeners.delete(own);
        if (owned.listeners.size === 0 && this.channels.get(cityId) === owned) this.channels.delete(cityId);
      },
    };
  }

  /** How many listeners a city's channel has (0 when it has none). */
  listeners(cityId: number): number {
    return this.channels.get(cityId)?.listeners.size ?? 0;
  }

  /** Listeners of every city: the /metrics gauge, which tests of other processes also wait on. */
  get totalListeners(): number {
    let total = 0;
    for (const channel of this.channels.values()) total += channel.listeners.size;
    return total;
  }

  changed(cityId: number | null): void {
    if (cityId === null) return this.resyncAll();
    void this.channels.get(cityId)?.pull();
  }

  resyncAll(): void {
    for (const channel of this.channels.values()) void channel.pull();
  }
}
