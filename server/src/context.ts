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
}

export function createContext(
  em: EntityManager,
  config: Config,
  requestId: string,
  viewer: Viewer | null,
  signer: TokenSigner,
  live?: LiveServices,
  now = new Date(),
): GraphQLContext {
  const today = isoDate(now);
  return { em, loaders: createLoaders(em, today), requestId, viewer, signer, today, config, ...(live ? { live } : {}) };
}
