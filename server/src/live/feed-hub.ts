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
  async backlog(limit: number): Promise<ChangeFeedEvent[]> {
    const events = await this.reader.eventsOf(this.cityId, null, limit);
    const newest = events.at(-1)?.seq ?? null;
    if (this.lastSeq === null || (newest !== null && BigInt(newest) > BigInt(this.lastSeq))) this.lastSeq = newest ?? '0';
    return events;
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
    const events = await channel.backlog(backlog);
    channel.listeners.add(listener);
    const owned = channel;
    return {
      backlog: events,
      stop: () => {
        owned.listeners.delete(listener);
        if (owned.listeners.size === 0 && this.channels.get(cityId) === owned) this.channels.delete(cityId);
      },
    };
  }

  changed(cityId: number | null): void {
    if (cityId === null) return this.resyncAll();
    void this.channels.get(cityId)?.pull();
  }

  resyncAll(): void {
    for (const channel of this.channels.values()) void channel.pull();
  }
}
