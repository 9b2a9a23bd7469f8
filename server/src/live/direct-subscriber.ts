import type { WebSocket } from 'ws';

/** Where a graphql-ws subscription's messages go: its socket and the id the client chose. */
export interface SocketTarget {
  socket: Pick<WebSocket, 'send' | 'readyState' | 'bufferedAmount' | 'OPEN'>;
  id: string;
}

/** Above this many unsent bytes a screen is behind: it gets the newest snapshot once it catches up. */
const BEHIND_BYTES = 256 * 1024;
const RETRY_MS = 200;
const SUFFIX = Buffer.from('}');

/**
 * A shared subscription's screen. graphql-ws holds it as the subscription's iterator (which
 * never yields, and ends when the client completes or the socket closes); the group sends
 * each snapshot straight to the socket as a ready `next` message: the per-screen prefix
 * with the subscription id, the payload bytes serialised once for the whole group, and a
 * closing brace. No per-screen promise chain, stringify or copy of the payload text.
 */
export class DirectSubscriber implements AsyncIterableIterator<never> {
  private readonly prefix: Buffer;
  private pending: Buffer | undefined;
  private retry: NodeJS.Timeout | undefined;
  private done = false;
  private ended: ((result: IteratorResult<never>) => void) | undefined;

  constructor(
    private readonly target: SocketTarget,
    private readonly onClose: () => void,
  ) {
    this.prefix = Buffer.from(`{"id":${JSON.stringify(target.id)},"type":"next","payload":`);
  }

  /** Sends a snapshot (the payload's JSON bytes), or keeps it until a slow screen catches up. */
  push(payload: Buffer): void {
    if (this.done) return;
    const { socket } = this.target;
    if (socket.readyState !== socket.OPEN) return;
    if (socket.bufferedAmount > BEHIND_BYTES) {
      this.pending = payload;
      this.retry ??= setTimeout(() => this.flush(), RETRY_MS);
      return;
    }
    socket.send(Buffer.concat([this.prefix, payload, SUFFIX]), { binary: false });
  }

  private flush(): void {
    this.retry = undefined;
    const payload = this.pending;
    this.pending = undefined;
    if (payload) this.push(payload);
  }

  next(): Promise<IteratorResult<never>> {
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.ended = resolve));
  }

  return(): Promise<IteratorResult<never>> {
    this.close();
    return Promise.resolve({ value: undefined, done: true });
  }

  close(): void {
    if (this.done) return;
    this.done = true;
    clearTimeout(this.retry);
    this.pending = undefined;
    this.ended?.({ value: undefined, done: true });
    this.onClose();
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
