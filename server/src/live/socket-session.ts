import { CloseCode } from 'graphql-ws';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { WebSocket } from 'ws';
import { authenticate } from '../auth/authenticate.js';
import type { AccountCache } from '../auth/account-cache.js';
import type { TokenSigner } from '../auth/tokens.js';
import type { Viewer } from '../auth/viewer.js';
import { UnauthenticatedError } from '../common/errors.js';
import type { AccountKey, SocketRegistry, TrackedSocket } from './socket-registry.js';

/** Screen tokens are also re-checked on this period, should an announcement ever be lost. */
const DISPLAY_RECHECK_MS = 60_000;

export type Identified = 'OK' | 'REFUSED' | 'TOO_MANY_SOCKETS';

/** The same account with the same access: only the display name may differ. */
function sameAccess(a: Viewer | null, b: Viewer | null): boolean {
  if (a === null || b === null) return a === b;
  return a.kind === b.kind && a.id === b.id && a.role === b.role && a.cityId === b.cityId && a.districtIds.join() === b.districtIds.join();
}

function accountKey(viewer: Viewer | null): AccountKey | null {
  return viewer === null ? null : `${viewer.kind}:${viewer.id}`;
}

/**
 * Who is behind one open socket, kept true for as long as it is open: it closes with 4403
 * when its token expires, and when a re-check finds the credential refused or the access
 * changed (role, city, districts). Changed access closes rather than re-authorising each
 * running subscription: the client reconnects and subscribes under what it may now see.
 */
export class SocketSession implements TrackedSocket {
  viewer: Viewer | null = null;
  private token: string | undefined;
  private expiry: NodeJS.Timeout | undefined;
  private periodic: NodeJS.Timeout | undefined;

  constructor(
    private readonly socket: WebSocket,
    private readonly deps: { orm: MikroORM; signer: TokenSigner; accounts: AccountCache; registry: SocketRegistry },
  ) {}

  /** On connection_init, and when a ping brings a fresh token. */
  async identify(token: unknown): Promise<Identified> {
    const { registry } = this.deps;
    const epoch = registry.epoch;
    const credential = typeof token === 'string' && token !== '' ? token : undefined;
    let viewer: Viewer | null;
    try {
      viewer = await this.authenticate(credential);
    } catch {
      return 'REFUSED';
    }
    // A fresh token must carry the access the socket's subscriptions were allowed under.
    if (this.token !== undefined && !sameAccess(this.viewer, viewer)) return 'REFUSED';
    if (this.socket.readyState !== this.socket.OPEN) return 'REFUSED';
    if (!registry.track(this, accountKey(viewer))) return 'TOO_MANY_SOCKETS';
    this.viewer = viewer;
    this.token = credential;
    this.startTimers(viewer);
    // An announcement that came while this was being read may not be in what was read.
    if (registry.epoch !== epoch) registry.recheck(this);
    return 'OK';
  }

  async recheck(): Promise<void> {
    if (this.token === undefined || this.socket.readyState !== this.socket.OPEN) return;
    let viewer: Viewer | null;
    try {
      viewer = await this.authenticate(this.token);
    } catch (error) {
      const refused = error instanceof UnauthenticatedError;
      // Failing closed: a socket whose credential cannot be checked does not stay open.
      this.close(refused ? CloseCode.Forbidden : CloseCode.InternalServerError, refused ? 'Forbidden' : 'Internal server error');
      return;
    }
    if (!sameAccess(this.viewer, viewer)) return this.close(CloseCode.Forbidden, 'Forbidden');
    this.viewer = viewer;
  }

  dispose(): void {
    clearTimeout(this.expiry);
    clearInterval(this.periodic);
    this.deps.registry.untrack(this);
  }

  private startTimers(viewer: Viewer | null): void {
    clearTimeout(this.expiry);
    clearInterval(this.periodic);
    if (viewer?.expiresAt) {
      const ms = Math.max(0, viewer.expiresAt.getTime() - Date.now());
      this.expiry = setTimeout(() => this.close(CloseCode.Forbidden, 'Token expired'), ms);
    }
    if (viewer?.kind === 'DISPLAY') this.periodic = setInterval(() => this.deps.registry.recheck(this), DISPLAY_RECHECK_MS);
  }

  private authenticate(credential: string | undefined): Promise<Viewer | null> {
    const { orm, signer, accounts } = this.deps;
    return authenticate(orm.em.fork(), credential === undefined ? undefined : `Bearer ${credential}`, signer, new Date(), accounts);
  }

  private close(code: number, reason: string): void {
    this.dispose();
    this.socket.close(code, reason);
  }
}
