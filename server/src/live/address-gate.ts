import type { SocketLimits } from '../config.js';

interface AddressState {
  open: number;
  tokens: number;
  /** When `tokens` was last brought up to date (ms). */
  at: number;
}

export type Refusal = 'TOO_MANY_SOCKETS' | 'TOO_MANY_NEW_SOCKETS';

/**
 * Sockets per client address, and the rate of new ones (a bucket of `newBurst` refilled at
 * `newPerSecond`): checked at the upgrade, before the server spends anything on a socket.
 * The burst lets a whole wall fleet behind one address reconnect at once after a restart.
 */
export class AddressGate {
  private readonly addresses = new Map<string, AddressState>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    private readonly limits: Pick<SocketLimits, 'perAddress' | 'newPerSecond' | 'newBurst'>,
    private readonly now: () => number = Date.now,
  ) {
    // Addresses with nothing open and a full bucket are forgotten, so a scan of many
    // addresses leaves no state behind.
    this.sweeper = setInterval(() => this.sweep(), 60_000).unref();
  }

  /** Takes a slot for a new socket from `address`, or says why not; `release` gives it back. */
  admit(address: string): { release: () => void } | { refused: Refusal; retryAfterSeconds: number } {
    const state = this.refilled(address);
    if (state.open >= this.limits.perAddress) return { refused: 'TOO_MANY_SOCKETS', retryAfterSeconds: 5 };
    if (state.tokens < 1) return { refused: 'TOO_MANY_NEW_SOCKETS', retryAfterSeconds: Math.ceil((1 - state.tokens) / this.limits.newPerSecond) };
    state.tokens -= 1;
    state.open += 1;
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        state.open -= 1;
      },
    };
  }

  /** Sockets open from `address` (0 when it holds none). */
  openFrom(address: string): number {
    return this.addresses.get(address)?.open ?? 0;
  }

  /** Addresses that hold a socket. */
  get addressCount(): number {
    let count = 0;
    for (const state of this.addresses.values()) if (state.open > 0) count += 1;
    return count;
  }

  sweep(): void {
    for (const [address, state] of this.addresses) {
      if (state.open === 0 && this.refilled(address).tokens >= this.limits.newBurst) this.addresses.delete(address);
    }
  }

  dispose(): void {
    clearInterval(this.sweeper);
    this.addresses.clear();
  }

  private refilled(address: string): AddressState {
    const now = this.now();
    let state = this.addresses.get(address);
    if (!state) {
      state = { open: 0, tokens: this.limits.newBurst, at: now };
      this.addresses.set(address, state);
    }
    state.tokens = Math.min(this.limits.newBurst, state.tokens + ((now - state.at) / 1000) * this.limits.newPerSecond);
    state.at = now;
    return state;
  }
}
