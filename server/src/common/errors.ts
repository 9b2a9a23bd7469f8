import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/**
 * The API's one error vocabulary. Every error a client sees carries one of these codes in
 * `extensions.code`; anything else is masked as INTERNAL_SERVER_ERROR and logged.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Why a request was refused before it ran: the `reason` of a BAD_USER_INPUT. */
export const LimitReason = {
  PARSE_FAILED: 'PARSE_FAILED',
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  TOO_MANY_TOKENS: 'TOO_MANY_TOKENS',
  TOO_DEEP: 'TOO_DEEP',
  TOO_COSTLY: 'TOO_COSTLY',
  /** The SQL statements the operation would need are over GRAPHQL_MAX_STATEMENTS. */
  TOO_MANY_STATEMENTS: 'TOO_MANY_STATEMENTS',
  TOO_MANY_ALIASES: 'TOO_MANY_ALIASES',
  TOO_MANY_DIRECTIVES: 'TOO_MANY_DIRECTIVES',
  PAGE_TOO_LARGE: 'PAGE_TOO_LARGE',
  TOO_MANY_SUBSCRIPTIONS: 'TOO_MANY_SUBSCRIPTIONS',
  BODY_TOO_LARGE: 'BODY_TOO_LARGE',
} as const;
export type LimitReason = (typeof LimitReason)[keyof typeof LimitReason];

export class BadUserInputError extends GraphQLError {
  constructor(message: string, extensions: { field?: string; reason?: LimitReason; [key: string]: unknown } = {}) {
    super(message, { extensions: { ...extensions, code: ErrorCode.BAD_USER_INPUT } });
  }
}

export class UnauthenticatedError extends GraphQLError {
  /**
   * `httpStatus` 401 where the credential sent is refused as a whole (Apollo reads
   * `extensions.http` and drops it from the response); a refusal inside a resolver leaves
   * the rest of the answer standing, so it stays 200.
   */
  constructor(message = '请先登录 / Authentication required', options: { httpStatus?: number } = {}) {
    const http = options.httpStatus === undefined ? {} : { http: { status: options.httpStatus } };
    super(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, ...http } });
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(message = '无权执行此操作 / Not allowed for your role') {
    super(message, { extensions: { code: ErrorCode.FORBIDDEN } });
  }
}

export class NotFoundError extends GraphQLError {
  /** `what` is bilingual, e.g. '城市 / City'. */
  constructor(what: string, key: string) {
    super(`${what} ${key}: 不存在 / not found`, { extensions: { code: ErrorCode.NOT_FOUND, key } });
  }
}

export class ConflictError extends GraphQLError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code: ErrorCode.CONFLICT } });
  }
}

const PUBLIC_CODES = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.NOT_FOUND,
  ErrorCode.CONFLICT,
]);

/** Apollo's own request-level codes, folded into BAD_USER_INPUT with a reason. */
const APOLLO_CLIENT_CODES: Record<string, LimitReason> = {
  GRAPHQL_PARSE_FAILED: LimitReason.PARSE_FAILED,
  GRAPHQL_VALIDATION_FAILED: LimitReason.VALIDATION_FAILED,
  BAD_REQUEST: LimitReason.VALIDATION_FAILED,
  OPERATION_RESOLUTION_FAILURE: LimitReason.VALIDATION_FAILED,
  PERSISTED_QUERY_NOT_SUPPORTED: LimitReason.VALIDATION_FAILED,
  PERSISTED_QUERY_NOT_FOUND: LimitReason.VALIDATION_FAILED,
};

/** Whether an error's code is one the client may see as it is (ours or Apollo's request errors). */
export function isClientError(code: unknown): boolean {
  return typeof code === 'string' && (PUBLIC_CODES.has(code) || code in APOLLO_CLIENT_CODES);
}

export const INTERNAL_MESSAGE = '服务器内部错误 / Internal server error';

/**
 * The edge of the API: keeps our own codes, folds request errors into BAD_USER_INPUT and
 * masks everything else. Never lets a stack trace or an internal message through; the
 * request id of a masked error is added where the request is known (http/error-plugin.ts).
 */
export function formatError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? '');
  const extensions = { ...(formatted.extensions ?? {}) };
  delete extensions.stacktrace;
  if (PUBLIC_CODES.has(code)) {
    return { ...formatted, extensions };
  }
  const apolloReason = APOLLO_CLIENT_CODES[code];
  if (apolloReason) {
    const tooManyTokens = apolloReason === LimitReason.PARSE_FAILED && /more th(?:an|at) \d+ tokens/.test(formatted.message);
    const reason = tooManyTokens ? LimitReason.TOO_MANY_TOKENS : ((extensions.reason as LimitReason | undefined) ?? apolloReason);
    return { message: formatted.message, locations: formatted.locations, extensions: { ...extensions, code: ErrorCode.BAD_USER_INPUT, reason } };
  }
  return {
    message: INTERNAL_MESSAGE,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/** graphql-js's hints at names in the schema ("Did you mean …?"), in English. */
const SUGGESTION = / ?Did you mean [^?]*\?/g;

/**
 * Removes field and type suggestions from an error message: with introspection off or in
 * production, they would list the schema to whoever probes with typos.
 */
export function withoutSuggestions(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const message = formatted.message.replace(SUGGESTION, '');
  return message === formatted.message ? formatted : { ...formatted, message };
}

/**
 * The formatter of every error a client sees: formatError, and without field suggestions in
 * production or when introspection is off (they would list the schema to a prober).
 */
export function clientErrorFormatter(options: { production: boolean; introspection: boolean }): (formatted: GraphQLFormattedError) => GraphQLFormattedError {
  return options.production || !options.introspection ? (formatted) => withoutSuggestions(formatError(formatted)) : formatError;
}
