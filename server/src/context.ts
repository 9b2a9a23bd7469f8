import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from './config.js';
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

/** Where a request came from and the clock it runs by. */
export interface RequestOrigin {
  clientAddress: string;
  clock?: () => Date;
}

/**
 * The context of one request or subscription. The entity manager (given, or forked on first
 * use) and the loaders are made only when a resolver needs them: a wall screen's shared
 * subscription never does, and a thousand screens should not each hold a fork.
 */
export function createContext(
  em: EntityManager | (() => EntityManager),
  config: Config,
  requestId: string,
  viewer: Viewer | null,
  signer: TokenSigner,
  live?: LiveServices,
  origin: RequestOrigin = { clientAddress: '' },
): GraphQLContext {
  const clock = origin.clock ?? (() => new Date());
  const today = isoDate(clock());
  let manager = typeof em === 'function' ? undefined : em;
  let loaders: Loaders | undefined;
  const entityManager = (): EntityManager => (manager ??= (em as () => EntityManager)());
  return {
    get em() {
      return entityManager();
    },
    get loaders() {
      return (loaders ??= createLoaders(entityManager(), today));
    },
    requestId,
    viewer,
    signer,
    today,
    config,
    clientAddress: origin.clientAddress,
    clock,
    ...(live ? { live } : {}),
  };
}
