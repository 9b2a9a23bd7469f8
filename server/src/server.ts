import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServer } from '@apollo/server';
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from '@as-integrations/fastify';
import Fastify, { type FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import type { Config } from './config.js';
import { requestContext, type GraphQLContext } from './context.js';
import { clientErrorFormatter } from './common/errors.js';
import { openDatabase, type Database } from './db/database.js';
import { sqlStatsStorage } from './db/sql-stats.js';
import { limitRules } from './http/limits.js';
import { costLimitPlugin } from './http/cost-limit-plugin.js';
import { sqlStatsPlugin, type RequestWithStats } from './http/sql-stats-plugin.js';
import { registerDashboard } from './http/dashboard.routes.js';
import { drainHttp } from './http/drain.js';
import { errorReportingPlugin } from './http/error-plugin.js';
import { logRedaction } from './http/log-redaction.js';
import { anonymousBodyLimit, graphqlRequestErrors } from './http/body-limit.js';
import { registerSecurityHeaders } from './http/security-headers.js';
import { createMetrics, instrumentHttp, metricsPlugin, registerLiveGauges, registerMetricsRoute } from './http/metrics.js';
import { trustProxy } from './http/client-address.js';
import { createSchema } from './schema.js';
import { registerExports } from './export/export.routes.js';
import { startLive, type LiveServices } from './live/live-services.js';
import { startLiveSocket, type LiveSocketServer } from './live/ws-server.js';
import { loadTokenSecret } from './auth/token-secret.js';
import { createTokenSigner } from './auth/tokens.js';

export interface RunningServer {
  app: FastifyInstance;
  db: Database;
  live: LiveServices;
  socket: LiveSocketServer;
  url: string;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** The clock sign-in throttling runs by; tests pass one they can move. */
  clock?: () => Date;
}

export async function createServer(config: Config, options: ServerOptions = {}): Promise<RunningServer> {
  const clock = options.clock ?? (() => new Date());
  const trust = trustProxy(config.trustProxy);
  const app = Fastify({
    // The same rule gives the live socket its client address (http/client-address.ts).
    trustProxy: trust,
    logger: { level: config.logLevel, redact: logRedaction },
    bodyLimit: Math.max(config.limits.bodyLimitBytes, config.limits.signedInBodyLimitBytes),
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
  });
  await registerSecurityHeaders(app);
  const log = (message: string) => app.log.info(message);
  const metrics = createMetrics();
  instrumentHttp(app, metrics);

  const db = await openDatabase(config, log);
  let live: LiveServices | undefined;
  let socket: LiveSocketServer | undefined;
  try {
    const schema = await createSchema();
    const apollo = new ApolloServer<GraphQLContext & RequestWithStats>({
      schema,
      introspection: config.introspection,
      includeStacktraceInErrorResponses: false,
      csrfPrevention: true,
      parseOptions: { maxTokens: config.limits.maxTokens },
      validationRules: limitRules(config.limits),
      formatError: clientErrorFormatter({ production: config.nodeEnv === 'production', introspection: config.introspection }),
      // No cache hints are used; the default cache-control plugin would still hook every field.
      plugins: [ApolloServerPluginCacheControlDisabled(), metricsPlugin(metrics), fastifyApolloDrainPlugin(app), errorReportingPlugin(app.log), costLimitPlugin(config.limits), ...(config.exposeSqlStats ? [sqlStatsPlugin()] : [])],
    });
    await apollo.start();

    live = await startLive(db.orm, db.url, { coalesceMs: config.liveCoalesceMs, retentionDays: config.changeEventRetentionDays }, log);
    const liveServices = live;
    live.listener.on('change', (notice) => {
      if (typeof notice.at === 'number') metrics.notifyLagSeconds.observe(Math.max(0, Date.now() - notice.at) / 1000);
    });
    const signer = createTokenSigner(await loadTokenSecret({ secret: config.jwtSecret, production: config.nodeEnv === 'production', dataDir: config.dataDir }), config.accessTokenTtlSeconds);
    const contextDeps = { orm: db.orm, config, signer, live: liveServices, clock };
    const handler = fastifyApolloHandler(apollo, {
      context: async (request) => {
        const origin = { caller: { authorization: request.headers.authorization }, requestId: String(request.id), clientAddress: request.ip };
        const context: GraphQLContext & RequestWithStats = await requestContext(contextDeps, origin);
        context.sqlStats = sqlStatsStorage.getStore();
        return context;
      },
    });
    app.route({
      method: ['GET', 'POST', 'OPTIONS'],
      url: '/graphql',
      preParsing: anonymousBodyLimit(config.limits.bodyLimitBytes),
      errorHandler: graphqlRequestErrors({ anonymous: config.limits.bodyLimitBytes, signedIn: config.limits.signedInBodyLimitBytes }),
      handler(request, reply) {
        const handle = () => handler.call(this, request as Parameters<typeof handler>[0], reply as Parameters<typeof handler>[1]);
        // Every statement of this request is counted against it (see db/sql-stats.ts); only
        // where asked, since async context tracking taxes every promise of every request.
        return config.exposeSqlStats ? sqlStatsStorage.run({ statements: 0 }, handle) : handle();
      },
    });

    // Every response names its request, so a user's report can be matched to the log.
    app.addHook('onSend', async (request, reply) => {
      reply.header('x-request-id', request.id);
    });
    app.get('/healthz', async () => ({ status: 'ok' }));
    registerMetricsRoute(app, metrics, { token: config.metricsToken, production: config.nodeEnv === 'production' });
    app.get('/readyz', async (_request, reply) => {
      try {
        await db.orm.em.getConnection().execute('select 1');
        return { status: 'ready' };
      } catch {
        return reply.code(503).send({ status: 'database unreachable' });
      }
    });

    registerExports(app, { schema, context: contextDeps, config, log: app.log });
    registerDashboard(app, config.dashboardDist);
    await app.listen({ host: config.host, port: config.port });
    socket = startLiveSocket({ server: app.server, schema, context: contextDeps, live, log: app.log, trust });
    const [liveNow, socketNow] = [live, socket];
    registerLiveGauges(metrics, {
      sockets: () => socketNow.clientCount,
      sharedGroups: () => socketNow.shared.groupCount,
      liveCities: () => liveNow.overviews.subscribedCities,
      feedListeners: () => liveNow.feeds.totalListeners,
      listenConnected: () => liveNow.listener.connected,
      overviewComputations: () => liveNow.overviews.computations,
    });
  } catch (error) {
    await socket?.close().catch(() => undefined);
    await app.close().catch(() => undefined);
    await live?.stop().catch(() => undefined);
    await db.close();
    throw error;
  }
  const liveServices = live;
  const liveSocket = socket;

  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  let closing: Promise<void> | undefined;
  return {
    app,
    db,
    live: liveServices,
    socket: liveSocket,
    url: `http://127.0.0.1:${port}`,
    close() {
      // Screens first (1001 Going Away, so they reconnect elsewhere), then HTTP, then the
      // change feed, then the database.
      closing ??= (async () => {
        await liveSocket.close();
        await drainHttp(app);
        await liveServices.stop();
        await db.close();
      })();
      return closing;
    },
  };
}
