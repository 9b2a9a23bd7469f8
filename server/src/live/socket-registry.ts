/** What the registry needs of one open socket that has identified itself. */
export interface TrackedSocket {
  /** Re-authenticates the socket's credential and closes the socket if it no longer holds. */
  recheck(): Promise<void>;
}

/** The account a viewer answers to, as the registry files it: `USER:12`, `DISPLAY:3`. */
export type AccountKey = `USER:${number}` | `DISPLAY:${number}`;

/**
 * The open sockets of this process by the account behind them: at most `perAccount` each,
 * and each re-checked when the database announces a change to its account or screen token,
 * or (after a lost LISTEN connection, when announcements may have been missed) all of them.
 * Every replica has its own LISTEN connection, so each closes its own stale sockets.
 */
export class SocketRegistry {
  private readonly byAccount = new Map<AccountKey, Set<TrackedSocket>>();
  private readonly accountOf = new Map<TrackedSocket, AccountKey>();
  /** Re-checks running, per socket; `again` when another announcement came meanwhile. */
  private readonly running = new Map<TrackedSocket, { again: boolean }>();
  /** Counts announcements: an identification that overlapped one must be re-checked. */
  epoch = 0;

  constructor(private readonly perAccount: number) {}

  /** Files `socket` under `account`, leaving its former one; false when the account is full. */
  track(socket: TrackedSocket, account: AccountKey | null): boolean {
    const former = this.accountOf.get(socket);
    if (former === account) return true;
    if (account !== null && (this.byAccount.get(account)?.size ?? 0) >= this.perAccount) return false;
    this.untrack(socket);
    if (account === null) return true;
    const sockets = this.byAccount.get(account) ?? new Set<TrackedSocket>();
    sockets.add(socket);
    this.byAccount.set(account, sockets);
    this.accountOf.set(socket, account);
    return true;
  }

  untrack(socket: TrackedSocket): void {
    const account = this.accountOf.get(socket);
    if (account === undefined) return;
    this.accountOf.delete(socket);
    const sockets = this.byAccount.get(account);
    sockets?.delete(socket);
    if (sockets?.size === 0) this.byAccount.delete(account);
  }

  /** Sockets filed under an account. */
  count(account: AccountKey): number {
    return this.byAccount.get(account)?.size ?? 0;
  }

  /** Sockets filed under any account. */
  get size(): number {
    return this.accountOf.size;
  }

  accountChanged(userId: number): void {
    this.epoch += 1;
    this.recheckAll(this.byAccount.get(`USER:${userId}`));
  }

  displayTokenChanged(id: number): void {
    this.epoch += 1;
    this.recheckAll(this.byAccount.get(`DISPLAY:${id}`));
  }

  /** Announcements may have been missed: every identified socket is checked again. */
  resync(): void {
    this.epoch += 1;
    this.recheckAll(this.accountOf.keys());
  }

  /** Re-checks one socket; announcements arriving meanwhile lead to one more check, not one each. */
  recheck(socket: TrackedSocket): void {
    const run = this.running.get(socket);
    if (run) {
      run.again = true;
      return;
    }
    const state = { again: false };
    this.running.set(socket, state);
    void (async () => {
      try {
        do {
          state.again = false;
          await socket.recheck();
        } while (state.again && this.accountOf.has(socket));
      } finally {
        this.running.delete(socket);
      }
    })();
  }

  private recheckAll(sockets: Iterable<TrackedSocket> | undefined): void {
    for (const socket of [...(sockets ?? [])]) this.recheck(socket);
  }
}
