import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Everything the server reads from its environment, parsed once at start. */
export interface Config {
  nodeEnv: 'production' | 'development' | 'test';
  host: string;
  port: number;
  /** External PostgreSQL; when absent an embedded PostgreSQL is started. */
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPgPort: number;
  /**
   * What an empty database gets: `auto` the demo data set; `reference` only the cities,
   * districts and indicator dictionary (a real deployment); `none` nothing.
   */
  seed: 'auto' | 'reference' | 'none';
  introspection: boolean;
  dashboardDist: string;
  limits: Limits;
  /** Adds `extensions.sqlStatements` to responses: for tests and profiling, never production. */
  exposeSqlStats: boolean;
  dbPoolMax: number;
  /** Lifetime of an access token; clients refresh before it ends. */
  accessTokenTtlSeconds: number;
  logLevel: string;
  /** Signs access tokens; required in production, else kept in the data folder. */
  jwtSecret: string | undefined;
  /** At most one overview computation per city per window; a change after a quiet spell goes out at once. */
  liveCoalesceMs: number;
  /** Bearer token for GET /metrics; without one, /metrics is open outside production and absent in it. */
  metricsToken: string | undefined;
  /** cityOverview queries share one computation per city until the city changes. */
  overviewReadSharing: boolean;
  /** How long the change feed keeps its events (the audit trail keeps changes for good). */
  changeEventRetentionDays: number;
  /**
   * The peers whose X-Forwarded-For names the client (fastify's trustProxy): addresses,
   * CIDRs or proxy-addr's `loopback`/`linklocal`/`uniquelocal`; empty trusts none. Sign-in
   * throttling counts per client address, so behind a proxy that is not listed every
   * client shares the proxy's address.
   */
  trustProxy: string[];
  sockets: SocketLimits;
}

/** Per replica: what one client may hold open on the live socket (README, Limits). */
export interface SocketLimits {
  perAddress: number;
  /** New sockets per address: a bucket of `newBurst` refilled at `newPerSecond`. */
  newPerSecond: number;
  newBurst: number;
  /** Per user account or screen token. */
  perAccount: number;
  subscriptionsPerSocket: number;
}

export interface Limits {
  maxDepth: number;
  maxCost: number;
  /** Most SQL statements an operation may be estimated to need (http/statement-estimate.ts). */
  maxStatements: number;
  maxTokens: number;
  maxAliases: number;
  maxDirectives: number;
  /** Body limit of anonymous requests. */
  bodyLimitBytes: number;
  /** Body limit of signed-in requests: a 5 MB CSV import arrives base64-encoded in JSON. */
  signedInBodyLimitBytes: number;
  maxPageSize: number;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

type Env = Record<string, string | undefined>;

function int(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  }
  return value;
}

function between(env: Env, name: string, fallback: number, min: number, max: number): number {
  const value = int(env, name, fallback);
  if (value < min || value > max) throw new Error(`${name} must be between ${min} and ${max}, got ${value}`);
  return value;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new Error(`${name} must be true or false, got "${raw}"`);
}

function trustProxy(env: Env): string[] {
  const parts = (env.TRUST_PROXY ?? '').split(',').map((part) => part.trim()).filter(Boolean);
  // Trusting every peer would let any client pick its own address, and with it a fresh
  // sign-in allowance per request; fastify 5.12 trusts no peer for a bare hop count.
  const bad = parts.find((part) => /^(true|false|\d+)$/i.test(part));
  if (bad !== undefined) throw new Error(`TRUST_PROXY lists the proxies' addresses, CIDR ranges or loopback/linklocal/uniquelocal, got "${bad}"`);
  return parts;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  throw new Error(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
}

export function loadConfig(env: Env = process.env): Config {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['production', 'development', 'test'] as const, 'development');
  return {
    nodeEnv,
    host: env.HOST || '0.0.0.0',
    port: int(env, 'PORT', 4000),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.DATA_DIR || path.join(repoRoot, '.data')),
    embeddedPgPort: int(env, 'EMBEDDED_PG_PORT', 54320),
    seed: oneOf(env, 'SEED', ['auto', 'reference', 'none'] as const, 'auto'),
    // Analysts explore the schema in GraphiQL, and the schema is public in the repository
    // anyway; production operators can still turn it off.
    introspection: bool(env, 'GRAPHQL_INTROSPECTION', true),
    dashboardDist: path.resolve(env.DASHBOARD_DIST || path.join(repoRoot, 'dashboard', 'dist')),
    limits: {
      maxDepth: int(env, 'GRAPHQL_MAX_DEPTH', 10),
      maxCost: int(env, 'GRAPHQL_MAX_COST', 50_000),
      maxStatements: int(env, 'GRAPHQL_MAX_STATEMENTS', 100),
      maxTokens: int(env, 'GRAPHQL_MAX_TOKENS', 2_000),
      maxAliases: int(env, 'GRAPHQL_MAX_ALIASES', 30),
      maxDirectives: int(env, 'GRAPHQL_MAX_DIRECTIVES', 20),
      bodyLimitBytes: int(env, 'HTTP_BODY_LIMIT', 100_000),
      signedInBodyLimitBytes: int(env, 'HTTP_BODY_LIMIT_SIGNED_IN', 8_000_000),
      maxPageSize: int(env, 'GRAPHQL_MAX_PAGE_SIZE', 100),
    },
    exposeSqlStats: nodeEnv !== 'production' && bool(env, 'EXPOSE_SQL_STATS', false),
    dbPoolMax: int(env, 'DB_POOL_MAX', 10),
    logLevel: env.LOG_LEVEL || 'info',
    jwtSecret: env.JWT_SECRET || undefined,
    accessTokenTtlSeconds: between(env, 'ACCESS_TOKEN_TTL_SECONDS', 900, 10, 86_400),
    liveCoalesceMs: int(env, 'LIVE_COALESCE_MS', 50),
    overviewReadSharing: bool(env, 'OVERVIEW_READ_SHARING', true),
    metricsToken: env.METRICS_TOKEN || undefined,
    changeEventRetentionDays: int(env, 'CHANGE_EVENT_RETENTION_DAYS', 30),
    trustProxy: trustProxy(env),
    sockets: {
      perAddress: between(env, 'WS_MAX_SOCKETS_PER_ADDRESS', 200, 1, 1_000_000),
      newPerSecond: between(env, 'WS_NEW_SOCKETS_PER_ADDRESS_PER_SECOND', 20, 1, 1_000_000),
      newBurst: between(env, 'WS_NEW_SOCKETS_PER_ADDRESS_BURST', 200, 1, 1_000_000),
      perAccount: between(env, 'WS_MAX_SOCKETS_PER_ACCOUNT', 20, 1, 1_000_000),
      subscriptionsPerSocket: between(env, 'WS_MAX_SUBSCRIPTIONS_PER_SOCKET', 50, 1, 100_000),
    },
  };
}
