import { CloseCode, handleProtocols, makeServer, type Context } from 'graphql-ws';
import { GraphQLError, parse, specifiedRules, subscribe, validate, type ExecutionArgs, type GraphQLSchema } from 'graphql';
import type { FastifyBaseLogger } from 'fastify';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { IncomingMessage, Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Config } from '../config.js';
import { createContext, type GraphQLContext } from '../context.js';
import { authenticate } from '../auth/authenticate.js';
import type { TokenSigner } from '../auth/tokens.js';
import type { Viewer } from '../auth/viewer.js';
import { BadUserInputError, clientErrorFormatter, LimitReason } from '../common/errors.js';
import { limitRules } from '../http/limits.js';
import { assertAffordable } from '../http/query-cost.js';
import { assertValidText } from '../http/input-text.js';
import type { LiveServices } from './live-services.js';
import { SharedOverviewExecutions } from './shared-overview.js';
import type { SocketTarget } from './direct-subscriber.js';
import { DocumentCache } from './document-cache.js';

interface Extra {
  socket: WebSocket;
  request: IncomingMessage;
  viewer: Viewer | null;
  expiry?: NodeJS.Timeout;
  recheck?: NodeJS.Timeout;
}

export interface LiveSocketServer {
  close(): Promise<void>;
  readonly clientCount: number;
  readonly shared: SharedOverviewExecutions;
}

const DISPLAY_RECHECK_MS = 60_000;

/**
 * graphql-ws on the HTTP server's port and path. The same limits as HTTP apply to every
 * operation; the token travels in connectionParams and a bad one closes with 4403; a
 * connection closes when its token expires unless a newer token arrives in a ping.
 */
export function startLiveSocket(options: {
  server: Server;
  schema: GraphQLSchema;
  orm: MikroORM;
  config: Config;
  signer: TokenSigner;
  live: LiveServices;
  log: FastifyBaseLogger;
}): LiveSocketServer {
  const { schema, orm, config, signer, live, log } = options;
  const shared = new SharedOverviewExecutions(schema, live.overviews);
  const rules = [...specifiedRules, ...limitRules(config.limits)];
  const documents = new DocumentCache();
  const formatClientError = clientErrorFormatter({ production: config.nodeEnv === 'production', introspection: config.introspection });
  const format = (error: GraphQLError) => formatClientError(error.toJSON());
  // Each operation's socket and id, for the shared subscriptions that write to it directly.
  const targets = new WeakMap<object, SocketTarget>();

  async function identify(ctx: Context<Record<string, unknown>, Extra>, token: unknown): Promise<boolean> {
    try {
      const header = typeof token === 'string' && token !== '' ? `Bearer ${token}` : undefined;
      const viewer = await authenticate(orm.em.fork(), header, signer, new Date(), live.accounts);
      ctx.extra.viewer = viewer;
      clearTimeout(ctx.extra.expiry);
      clearInterval(ctx.extra.recheck);
      if (viewer?.expiresAt) {
        const ms = Math.max(0, viewer.expiresAt.getTime() - Date.now());
        ctx.extra.expiry = setTimeout(() => ctx.extra.socket.close(CloseCode.Forbidden, 'Token expired'), ms);
      }
      if (viewer?.kind === 'DISPLAY') {
        // A revoked screen token must stop working without waiting for a reconnect.
        ctx.extra.recheck = setInterval(() => void identify(ctx, token).then((ok) => ok || ctx.extra.socket.close(CloseCode.Forbidden, 'Forbidden')), DISPLAY_RECHECK_MS);
      }
      return true;
    } catch {
      return false;
    }
  }

  const server = makeServer<Record<string, unknown>, Extra>({
    schema,
    connectionInitWaitTimeout: 10_000,
    onConnect: (ctx) => identify(ctx, ctx.connectionParams?.token),
    onPing: async (ctx, payload) => {
      // A client refreshes a connection's credential by sending its new token in a ping.
      if (payload && typeof payload.token === 'string' && !(await identify(ctx, payload.token))) {
        ctx.extra.socket.close(CloseCode.Forbidden, 'Forbidden');
      }
    },
    onSubscribe: (ctx, id, payload): ExecutionArgs | readonly GraphQLError[] => {
      let document = documents.get(payload.query);
      if (!document) {
        try {
          document = parse(payload.query, { maxTokens: config.limits.maxTokens });
        } catch (error) {
          const tooMany = /more th(?:an|at) \d+ tokens/.test((error as Error).message);
          return [new BadUserInputError((error as Error).message, { reason: tooMany ? LimitReason.TOO_MANY_TOKENS : LimitReason.PARSE_FAILED })];
        }
        const errors = validate(schema, document, rules);
        if (errors.length > 0) return errors.map((e) => (e.extensions?.code ? e : new BadUserInputError(e.message, { reason: LimitReason.VALIDATION_FAILED })));
        documents.set(payload.query, document);
      }
      try {
        assertValidText(schema, document, payload.query, payload.variables);
        assertAffordable(schema, document, payload.variables ?? undefined, payload.operationName ?? undefined, config.limits.maxCost);
      } catch (error) {
        return [error as GraphQLError];
      }
      const contextValue: GraphQLContext = createContext(() => orm.em.fork() as GraphQLContext['em'], config, randomUUID(), ctx.extra.viewer, signer, live);
      targets.set(contextValue, { socket: ctx.extra.socket, id });
      return { schema, document, operationName: payload.operationName, variableValues: payload.variables, contextValue };
    },
    subscribe: async (args) => {
      const code = SharedOverviewExecutions.sharedCityCode(args);
      const target = targets.get(args.contextValue as object);
      return code && target ? shared.subscribe(args, code, target) : subscribe(args);
    },
    onNext: (_ctx, _id, _payload, _args, result) =>
      result.errors ? ({ ...result, errors: result.errors.map(format) } as never) : undefined,
    onError: (_ctx, _id, _payload, errors) => errors.map(format) as never,
  });

  const wss = new WebSocketServer({ server: options.server, path: '/graphql', maxPayload: 64 * 1024, handleProtocols });
  wss.on('connection', (socket, request) => {
    const pingEvery = 12_000;
    let pongWait: NodeJS.Timeout | undefined;
    // Keep-alive pings, so that proxies do not cut idle screens and dead peers are noticed.
    const keepAlive = setInterval(() => {
      if (socket.readyState !== socket.OPEN) return;
      pongWait = setTimeout(() => socket.terminate(), pingEvery);
      socket.once('pong', () => clearTimeout(pongWait));
      socket.ping();
    }, pingEvery);
    const extra: Extra = { socket, request, viewer: null };
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) =>
          new Promise<void>((resolve, reject) => {
            if (socket.readyState !== socket.OPEN) return resolve();
            socket.send(data, (error) => (error ? reject(error) : resolve()));
          }),
        close: (code, reason) => socket.close(code, reason),
        onMessage: (handle) =>
          socket.on('message', async (raw) => {
            try {
              await handle(String(raw));
            } catch (error) {
              log.error({ err: error }, 'graphql-ws message handling failed');
              socket.close(CloseCode.InternalServerError, 'Internal server error');
            }
          }),
      },
      extra,
    );
    // Oversized or malformed frames close the socket (1009, 1002); not worth a warning.
    socket.on('error', (error) => log.debug({ err: error }, 'websocket error'));
    socket.once('close', (code, reason) => {
      clearInterval(keepAlive);
      clearTimeout(pongWait);
      clearTimeout(extra.expiry);
      clearInterval(extra.recheck);
      void closed(code, String(reason));
    });
  });

  return {
    shared,
    get clientCount() {
      return wss.clients.size;
    },
    async close() {
      for (const client of wss.clients) client.close(1001, 'Going away');
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

