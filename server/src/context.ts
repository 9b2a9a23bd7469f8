import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Config } from './config.js';
import { authenticate } from './auth/authenticate.js';
import type { TokenSigner } from './auth/tokens.js';
import type { Viewer } from './auth/viewer.js';
import type { LiveServices } from './live/live-services.js';
import { createLoaders, type Loaders } from './loaders.js';
import { isoDate } from './common/dates.js';

/** What every resolver gets: who asks, the request's own entity manager, batch loaders and clock. */
export interface GraphQLContext {
  em: EntityManager;
  loaders: Loaders;
  requestId: string;
  /** Null for an anonymous caller. */
  viewer: Viewer | null;
  signer: TokenSigner;
  /** Today in the city's time zone, fixed for the whole request. */
  today: string;
  config: Config;
  /** The live hubs, for subscriptions (absent only where nothing is live, e.g. scripts). */
  live?: LiveServices;
  /** The caller's address as the HTTP layer sees it (request.ip, honouring TRUST_PROXY). */
  clientAddress: string;
  /** The server's clock: tests move it to pass sign-in locks without waiting. */
  clock: () => Date;
}

/** What every request of one server shares. */
export interface ContextDeps {
  orm: MikroORM;
  config: Config;
  signer: TokenSigner;
  live?: LiveServices;
  /** The clock sign-in throttling and `today` run by; the wall clock when absent. */
  clock?: () => Date;
}

/** What differs between requests: who asks and where from. */
export interface RequestOrigin {
  /**
   * The request's `Authorization` header, checked here (HTTP, exports); or the viewer a
   * socket identified at connection_init (live/socket-session.ts), for its operations.
   */
  caller: { authorization: string | undefined } | { viewer: Viewer | null };
  requestId: string;
  clientAddress: string;
}

/**
 * The context of one request or subscription, for /graphql, the live socket and the exports
 * alike. A refused credential throws (401 over HTTP). The entity manager is forked here when
 * the credential needs reading; otherwise it and the loaders are made only when a resolver
 * needs them: a wall screen's shared subscription never does, and a thousand screens should
 * not each hold a fork.
 */
export async function requestContext(deps: ContextDeps, origin: RequestOrigin): Promise<GraphQLContext> {
  const clock = deps.clock ?? (() => new Date());
  let manager: EntityManager | undefined;
  const entityManager = (): EntityManager => (manager ??= deps.orm.em.fork() as EntityManager);
  // Credentials are checked against real time: token expiry is not something tests move.
  const viewer = 'viewer' in origin.caller
    ? origin.caller.viewer
    : await authenticate(entityManager(), origin.caller.authorization, deps.signer, new Date(), deps.live?.accounts);
  const today = isoDate(clock());
  let loaders: Loaders | undefined;
  return {
    get em() {
      return entityManager();
    },
    get loaders() {
      return (loaders ??= createLoaders(entityManager(), today));
    },
    requestId: origin.requestId,
    viewer,
    signer: deps.signer,
    today,
    config: deps.config,
    clientAddress: origin.clientAddress,
    clock,
    ...(deps.live ? { live: deps.live } : {}),
  };
}
