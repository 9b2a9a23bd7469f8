import { EventEmitter } from 'node:events';
import pg from 'pg';

export interface ChangeNotice {
  seq: string;
  city: number | null;
  table: string;
  /** When the change was written (ms since the epoch), where the database says so. */
  at?: number;
}

export interface ChangeListenerEvents {
  change: [ChangeNotice];
  /** An account changed (by user id): cached sign-in checks of it are stale. */
  account: [number];
  /** A screen token was revoked, re-keyed, moved or deleted (by its id). */
  display: [number];
  /** The connection was lost and is back: notifications may have been missed. */
  resync: [];
  status: [{ connected: boolean; error?: string }];
}

const CHANNEL = 'careboard_change';
const ACCOUNT_CHANNEL = 'careboard_account';
const DISPLAY_CHANNEL = 'careboard_display_token';

/**
 * The one LISTEN connection of this process. When it drops it reconnects with capped,
 * jittered backoff, forever, and then emits `resync`, so that nothing that was missed can
 * leave a screen silently behind.
 */
export class ChangeListener extends EventEmitter<ChangeListenerEvents> {
  private client: pg.Client | undefined;
  private stopped = false;
  private attempt = 0;
  private retryTimer: NodeJS.Timeout | undefined;
  connected = false;

  constructor(
    private readonly connectionString: string,
    private readonly log: (message: string) => void,
    private readonly backoff = { initialMs: 100, maxMs: 5_000 },
  ) {
    super();
  }

  async start(): Promise<void> {
    await this.connect(false);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  /** The server-side process id of the LISTEN connection (tests terminate it). */
  get backendPid(): number | undefined {
    return (this.client as unknown as { processID?: number } | undefined)?.processID;
  }

  private async connect(isReconnect: boolean): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString, application_name: 'careboard-listen' });
    client.on('notification', (message) => {
      if (message.channel === ACCOUNT_CHANNEL && message.payload) {
        this.emit('account', Number(message.payload));
        return;
      }
      if (message.channel === DISPLAY_CHANNEL && message.payload) {
        this.emit('display', Number(message.payload));
        return;
      }
      if (message.channel !== CHANNEL || !message.payload) return;
      try {
        this.emit('change', JSON.parse(message.payload) as ChangeNotice);
      } catch {
        this.log(`ignored a malformed change notification: ${message.payload.slice(0, 200)}`);
      }
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`listen ${CHANNEL}; listen ${ACCOUNT_CHANNEL}; listen ${DISPLAY_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      if (!isReconnect) throw error;
      this.scheduleReconnect((error as Error).message);
      return;
    }
    this.client = client;
    this.attempt = 0;
    this.connected = true;
    this.emit('status', { connected: true });
    if (isReconnect) {
      this.log('change feed connection restored: resyncing subscribers');
      this.emit('resync');
    }
  }

  private lost(client: pg.Client, error?: Error): void {
    if (client !== this.client || this.stopped) return;
    this.client = undefined;
    this.connected = false;
    client.removeAllListeners('notification');
    client.end().catch(() => undefined);
    this.emit('status', { connected: false, error: error?.message });
    this.scheduleReconnect(error?.message ?? 'connection ended');
  }

  private scheduleReconnect(reason: string): void {
    if (this.stopped) return;
    const ceiling = Math.min(this.backoff.maxMs, this.backoff.initialMs * 2 ** this.attempt);
    const delay = Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
    this.attempt += 1;
    this.log(`change feed connection lost (${reason}); reconnecting in ${delay} ms`);
    this.retryTimer = setTimeout(() => void this.connect(true), delay);
  }
}
