import { CloseCode, handleProtocols, makeServer, type Context } from 'graphql-ws';
import { GraphQLError, parse, specifiedRules, subscribe, validate, type ExecutionArgs, type GraphQLSchema } from 'graphql';
import type { FastifyBaseLogger } from 'fastify';
import type { IncomingMessage, Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { WebSocketServer, type WebSocket } from 'ws';
import { requestContext, type ContextDeps } from '../context.js';
import { BadUserInputError, clientErrorFormatter, LimitReason } from '../common/errors.js';
import { clientAddress, type TrustProxy } from '../http/client-address.js';
import { limitRules } from '../http/limits.js';
import { assertAffordable } from '../http/query-cost.js';
import { assertValidText } from '../http/input-text.js';
import type { LiveServices } from './live-services.js';
import { SharedOverviewExecutions } from './shared-overview.js';
import type { SocketTarget } from './direct-subscriber.js';
import { DocumentCache } from './document-cache.js';
import { AddressGate } from './address-gate.js';
import { SocketRegistry } from './socket-registry.js';
import { SocketSession } from './socket-session.js';

interface Extra {
  socket: WebSocket;
  request: IncomingMessage;
  session: SocketSession;
}

export interface LiveSocketServer {
  close(): Promise<void>;
  readonly clientCount: number;
  readonly shared: SharedOverviewExecutions;
  /** Identified sockets by account, and sockets per client address (tests check both drain). */
  readonly registry: SocketRegistry;
  readonly gate: AddressGate;
}

/** graphql-ws has no name for it, but its 4429 is the protocol's "too many requests". */
const TOO_MANY = CloseCode.TooManyInitialisationRequests;

/**
 * graphql-ws on the HTTP server's port and path. The same limits as HTTP apply to every
 * operation; the token travels in connectionParams and a bad one closes with 4403; a
 * connection closes when its token expires unless a newer token arrives in a ping, and when
 * its account or screen token changes (socket-session.ts). Sockets per address are refused
 * at the upgrade with HTTP 429; sockets per account and subscriptions per socket past
 * their limits close with 4429 (README, Limits).
 */
export function startLiveSocket(options: {
  server: Server;
  schema: GraphQLSchema;
  /** What each operation's context is built from (context.ts), as for HTTP. */
  context: ContextDeps;
  live: LiveServices;
  log: FastifyBaseLogger;
  trust: TrustProxy;
}): LiveSocketServer {
  const { schema, live, log } = options;
  const { orm, config, signer } = options.context;
  const limits = config.sockets;
  const shared = new SharedOverviewExecutions(schema, live.overviews);
  const rules = [...specifiedRules, ...limitRules(config.limits)];
  const documents = new DocumentCache();
  const formatClientError = clientErrorFormatter({ production: config.nodeEnv === 'production', introspection: config.introspection });
  const format = (error: GraphQLError) => formatClientError(error.toJSON());
  // Each operation's socket and id, for the shared subscriptions that write to it directly.
  const targets = new WeakMap<object, SocketTarget>();
  const registry = new SocketRegistry(limits.perAccount);
  const gate = new AddressGate(limits);
  const addressOf = (request: IncomingMessage) => clientAddress(request, options.trust);
  const onAccount = (userId: number) => registry.accountChanged(userId);
  const onDisplay = (id: number) => registry.displayTokenChanged(id);
  const onResync = () => registry.resync();
  live.listener.on('account', onAccount);
  live.listener.on('display', onDisplay);
  live.listener.on('resync', onResync);

  async function identify(ctx: Context<Record<string, unknown>, Extra>, token: unknown): Promise<boolean> {
    const outcome = await ctx.extra.session.identify(token);
    // Closed here with its own code; graphql-ws's 4403 for `false` then finds it closing.
    if (outcome === 'TOO_MANY_SOCKETS') ctx.extra.socket.close(TOO_MANY, 'Too many sockets for this account');
    return outcome === 'OK';
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
    onSubscribe: async (ctx, id, payload): Promise<ExecutionArgs | readonly GraphQLError[]> => {
      // graphql-ws has already filed this operation: the count includes it.
      if (Object.keys(ctx.subscriptions).length > limits.subscriptionsPerSocket) {
        ctx.extra.socket.close(TOO_MANY, 'Too many subscriptions on this socket');
        return [new BadUserInputError('Too many subscriptions on this socket', { reason: LimitReason.TOO_MANY_SUBSCRIPTIONS })];
      }
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
        assertAffordable(schema, document, payload.variables ?? undefined, payload.operationName ?? undefined, config.limits);
      } catch (error) {
        return [error as GraphQLError];
      }
      // The socket's viewer, identified at connection_init and kept true by its session.
      const contextValue = await requestContext(options.context, {
        caller: { viewer: ctx.extra.session.viewer },
        requestId: randomUUID(),
        clientAddress: addressOf(ctx.extra.request),
      });
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

  const wss = new WebSocketServer({
    server: options.server,
    path: '/graphql',
    maxPayload: 64 * 1024,
    handleProtocols,
    // Answered at once (ws then upgrades in the same turn), so slots cannot be overbooked.
    verifyClient: ({ req }, done) => {
      const slot = gate.admit(addressOf(req));
      if ('refused' in slot) {
        const message = slot.refused === 'TOO_MANY_SOCKETS' ? 'Too many sockets from this address' : 'Too many new sockets from this address';
        return done(false, 429, message, { 'Retry-After': String(slot.retryAfterSeconds) });
      }
      // The TCP socket closes however the upgrade ends, even when it never completes.
      req.socket.once('close', slot.release);
      done(true);
    },
  });
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
    const extra: Extra = { socket, request, session: new SocketSession(socket, { orm, signer, accounts: live.accounts, registry }) };
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
            // ws still delivers what arrives after the server has closed: a flood cut at a
            // limit would otherwise go on being parsed until the client stops.
            if (socket.readyState !== socket.OPEN) return;
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
      extra.session.dispose();
      void closed(code, String(reason));
    });
  });

  return {
    shared,
    registry,
    gate,
    get clientCount() {
      return wss.clients.size;
    },
    async close() {
      live.listener.off('account', onAccount);
      live.listener.off('display', onDisplay);
      live.listener.off('resync', onResync);
      gate.dispose();
      for (const client of wss.clients) client.close(1001, 'Going away');
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

