import type { ApolloServerPlugin } from '@apollo/server';
import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { GraphQLContext } from '../context.js';

/** What the server counts for Prometheus; one registry per server (tests run several). */
export interface Metrics {
  registry: Registry;
  httpRequests: Counter<'route' | 'method' | 'status'>;
  httpSeconds: Histogram<'route'>;
  graphqlOperations: Counter<'type'>;
  graphqlErrors: Counter<'code'>;
  notifyLagSeconds: Histogram;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'careboard_' });
  return {
    registry,
    httpRequests: new Counter({ name: 'careboard_http_requests_total', help: 'HTTP requests answered, by route, method and status', labelNames: ['route', 'method', 'status'], registers: [registry] }),
    httpSeconds: new Histogram({
      name: 'careboard_http_request_duration_seconds',
      help: 'Time to answer an HTTP request, by route',
      labelNames: ['route'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    graphqlOperations: new Counter({ name: 'careboard_graphql_operations_total', help: 'GraphQL operations over HTTP, by type', labelNames: ['type'], registers: [registry] }),
    graphqlErrors: new Counter({ name: 'careboard_graphql_errors_total', help: 'Errors in GraphQL responses over HTTP, by extensions.code', labelNames: ['code'], registers: [registry] }),
    notifyLagSeconds: new Histogram({
      name: 'careboard_notify_lag_seconds',
      help: 'From a change being written (its trigger) to this server hearing of it',
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
      registers: [registry],
    }),
  };
}

/** Gauges read when scraped: the live state of this server. */
export function registerLiveGauges(
  metrics: Metrics,
  read: { sockets(): number; sharedGroups(): number; liveCities(): number; feedListeners(): number; listenConnected(): boolean; overviewComputations(): number },
): void {
  const registers = [metrics.registry];
  let counted = 0;
  new Counter({
    name: 'careboard_overview_computations_total',
    help: 'City overviews computed for live screens',
    registers,
    collect() {
      const now = read.overviewComputations();
      this.inc(now - counted);
      counted = now;
    },
  });
  new Gauge({ name: 'careboard_ws_connections', help: 'Open graphql-ws connections', registers, collect: gauge(read.sockets) });
  new Gauge({ name: 'careboard_shared_subscription_groups', help: 'Groups of screens sharing one overview execution', registers, collect: gauge(read.sharedGroups) });
  new Gauge({ name: 'careboard_live_cities', help: 'Cities with live overview subscribers', registers, collect: gauge(read.liveCities) });
  new Gauge({ name: 'careboard_live_feed_listeners', help: 'changeFeed and institutionChanged subscriptions registered with the change feed', registers, collect: gauge(read.feedListeners) });
  new Gauge({ name: 'careboard_listen_connected', help: '1 while the LISTEN connection for change notices is up', registers, collect: gauge(() => (read.listenConnected() ? 1 : 0)) });
}

function gauge(value: () => number) {
  return function (this: Gauge) {
    this.set(value());
  };
}

/** Counts and times every HTTP response by its route pattern (never the raw URL: bounded labels). */
export function instrumentHttp(app: FastifyInstance, metrics: Metrics): void {
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.httpRequests.inc({ route, method: request.method, status: String(reply.statusCode) });
    metrics.httpSeconds.observe({ route }, reply.elapsedTime / 1000);
  });
}

/** Counts GraphQL operations by type and the errors of their responses by code. */
export function metricsPlugin(metrics: Metrics): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          metrics.graphqlOperations.inc({ type: operation?.operation ?? 'unknown' });
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            metrics.graphqlErrors.inc({ code: String(error.extensions?.code ?? 'UNKNOWN') });
          }
        },
      };
    },
  };
}

/**
 * GET /metrics in Prometheus' text format. With METRICS_TOKEN set it wants that bearer
 * token; without one it is open outside production and not served in production.
 */
export function registerMetricsRoute(app: FastifyInstance, metrics: Metrics, options: { token: string | undefined; production: boolean }): void {
  if (!options.token && options.production) return;
  app.get('/metrics', async (request, reply) => {
    if (options.token && request.headers.authorization !== `Bearer ${options.token}`) {
      return reply.code(401).header('www-authenticate', 'Bearer').send({ error: 'unauthorized' });
    }
    return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
}
