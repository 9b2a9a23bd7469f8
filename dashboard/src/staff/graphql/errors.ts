import { pickLanguage, type Lang } from '../i18n';

/** The API's error codes (README "API conventions"), plus NETWORK for no answer at all. */
export type ApiErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'INTERNAL_SERVER_ERROR' | 'NETWORK';

export interface RowError {
  row: number;
  column: string;
  message: string;
}

/** One failed operation, read from whatever Apollo or fetch threw. */
export interface ApiError {
  code: ApiErrorCode;
  /** The first error's message as the API wrote it (bilingual), without a "field: " prefix. */
  message: string;
  /** Every offending field the API named, by its argument path (`patch.slots`). */
  problems: { field: string; message: string }[];
  /** CONFLICT: the version the record is at now, and its state (the other person's change). */
  currentVersion?: number;
  current?: Record<string, unknown>;
  /** A refused import commit: the file's problems. */
  rowErrors?: RowError[];
  /** INTERNAL_SERVER_ERROR: the id the server logged the error under. */
  requestId?: string;
}

interface GraphQLErrorLike {
  message: string;
  extensions?: Record<string, unknown> | null;
}

const CODES = new Set<string>(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'INTERNAL_SERVER_ERROR']);

function withoutFieldPrefix(message: string, field: string | undefined): string {
  return field && message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;
}

function graphQLErrorsOf(error: unknown): GraphQLErrorLike[] | null {
  if (error && typeof error === 'object' && Array.isArray((error as { errors?: unknown }).errors)) {
    return (error as { errors: GraphQLErrorLike[] }).errors;
  }
  return null;
}

/** Reads Apollo's CombinedGraphQLErrors, a ServerError, a network failure or a plain `{ errors }` body. */
export function readApiError(error: unknown): ApiError {
  const errors = graphQLErrorsOf(error);
  const first = errors?.[0];
  if (!first) {
    const status = (error as { statusCode?: number } | null)?.statusCode;
    if (status === 401) return { code: 'UNAUTHENTICATED', message: String((error as Error).message), problems: [] };
    return { code: 'NETWORK', message: error instanceof Error ? error.message : String(error), problems: [] };
  }
  const ext = first.extensions ?? {};
  const rawCode = String(ext.code ?? '');
  const code = (CODES.has(rawCode) ? rawCode : 'INTERNAL_SERVER_ERROR') as ApiErrorCode;
  const field = typeof ext.field === 'string' ? ext.field : undefined;
  const listed = Array.isArray(ext.problems) ? (ext.problems as { field: string; message: string }[]) : [];
  const problems = listed.length > 0 ? listed : field ? [{ field, message: withoutFieldPrefix(first.message, field) }] : [];
  const result: ApiError = { code, message: withoutFieldPrefix(first.message, field), problems };
  if (typeof ext.currentVersion === 'number') result.currentVersion = ext.currentVersion;
  if (ext.current && typeof ext.current === 'object') result.current = ext.current as Record<string, unknown>;
  if (Array.isArray(ext.rowErrors)) result.rowErrors = ext.rowErrors as RowError[];
  if (typeof ext.requestId === 'string') result.requestId = ext.requestId;
  return result;
}

/** Whether the operation failed because the caller's credential is missing, expired or revoked. */
export function isUnauthenticated(error: unknown): boolean {
  return readApiError(error).code === 'UNAUTHENTICATED';
}

/**
 * The form field an API argument path belongs to: `patch.slots` and `input.slots` are the
 * form's `slots`; `filedOn`, `reason` stay as they are; `patch` alone (the whole change) is
 * no field. Only fields the form shows count: the rest go to the form's general messages.
 */
export function formFieldOf(apiField: string, formFields: readonly string[]): string | null {
  const parts = apiField.split('.');
  const candidate = (parts[0] === 'patch' || parts[0] === 'input') && parts.length > 1 ? parts.slice(1).join('.') : apiField;
  // A list element (`input.districtCodes.0`) belongs to its list.
  const field = candidate.replace(/\.\d+$/, '');
  return formFields.includes(field) ? field : null;
}

export interface FormErrors {
  /** Message per form field, in the page's language, to show beside it. */
  byField: Record<string, string>;
  /** Messages that belong to no field shown (the form as a whole). */
  general: string[];
}

/** Spreads an API error over a form: each problem beside its field, the rest above the form. */
export function formErrors(error: ApiError, formFields: readonly string[], lang: Lang): FormErrors {
  const byField: Record<string, string> = {};
  const general: string[] = [];
  for (const problem of error.problems) {
    const field = formFieldOf(problem.field, formFields);
    const message = pickLanguage(problem.message, lang);
    if (field && !(field in byField)) byField[field] = message;
    else if (!field) general.push(message);
  }
  if (error.problems.length === 0) general.push(describeError(error, lang));
  return { byField, general: [...new Set(general)] };
}

const FALLBACK: Record<ApiErrorCode, [string, string]> = {
  BAD_USER_INPUT: ['输入有误', 'The input was not accepted'],
  UNAUTHENTICATED: ['请重新登录', 'Please sign in again'],
  FORBIDDEN: ['您的角色无权执行此操作', 'Your role may not do this'],
  NOT_FOUND: ['记录不存在', 'Not found'],
  CONFLICT: ['记录已被他人修改', 'Someone else changed the record'],
  INTERNAL_SERVER_ERROR: ['服务器出错，请稍后重试', 'The server failed; try again later'],
  NETWORK: ['无法连接服务器，请检查网络后重试', 'Could not reach the server; check the network and try again'],
};

/** One line for a person: the API's own message in their language, or a plain description. */
export function describeError(error: ApiError, lang: Lang): string {
  const fallback = FALLBACK[error.code][lang === 'en' ? 1 : 0];
  if (error.code === 'NETWORK') return fallback;
  if (error.code === 'INTERNAL_SERVER_ERROR') return error.requestId ? `${fallback} (${error.requestId})` : fallback;
  return error.message ? pickLanguage(error.message, lang) : fallback;
}
