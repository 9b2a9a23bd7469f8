import { execute, GraphQLError, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { FastifyBaseLogger, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import { requestContext, type ContextDeps, type GraphQLContext } from '../context.js';
import { BadUserInputError, ErrorCode, INTERNAL_MESSAGE, isClientError, LimitReason } from '../common/errors.js';
import { INSTITUTION_SELECTION, institutionTable, type InstitutionRow } from './institution-table.js';
import { seriesTable, type SeriesExport } from './series-table.js';
import { toCsv, type Lang, type Table } from './table.js';
import { toXlsx } from './xlsx.js';
import { assertValidText } from '../http/input-text.js';

/**
 * Files for analysts: GET /export/institutions.(csv|xlsx) and
 * /export/indicator-series.(csv|xlsx). Each runs the API's own query through the schema,
 * so the filters, their checks, who may read what and the errors are the API's exactly:
 *
 * - institutions: `filter` and `orderBy` as the JSON of InstitutionFilter and
 *   InstitutionOrder; every page, up to MAX_ROWS rows.
 * - indicator-series: `key`, `scopeCode`, `from`, `to`, `granularity` as in indicatorSeries.
 * - `lang=en` for English headers and words (Chinese by default).
 *
 * Send the access token as `Authorization: Bearer …`, as for /graphql.
 */
const MAX_ROWS = 50_000;

const INSTITUTIONS = parse(`query ExportInstitutions($filter: InstitutionFilter, $orderBy: InstitutionOrder, $first: Int, $after: String) {
  institutions(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    edges { node { ${INSTITUTION_SELECTION} } }
    pageInfo { hasNextPage endCursor }
  }
}`);

const SERIES = parse(`query ExportSeries($key: String!, $scopeCode: String!, $from: LocalDate!, $to: LocalDate!, $granularity: Granularity! = MONTH) {
  indicatorSeries(key: $key, scopeCode: $scopeCode, from: $from, to: $to, granularity: $granularity) { period value live }
  indicators { key nameZh nameEn unit }
}`);

const STATUS: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
};

interface Deps {
  schema: GraphQLSchema;
  /** What each export's context is built from (context.ts), as for /graphql. */
  context: ContextDeps;
  config: Config;
  log: FastifyBaseLogger;
}

type Query = Record<string, string | undefined>;

export function registerExports(app: FastifyInstance, deps: Deps): void {
  // The documents are checked against the schema once, at start-up.
  for (const document of [INSTITUTIONS, SERIES]) {
    const errors = validate(deps.schema, document);
    if (errors.length > 0) throw new Error(`export document does not match the schema: ${errors[0]!.message}`);
  }
  const exporters: Record<string, (context: GraphQLContext, query: Query, lang: Lang) => Promise<{ table: Table; scope: string }>> = {
    institutions: (context, query, lang) => exportInstitutions(deps, context, query, lang),
    'indicator-series': (context, query, lang) => exportSeries(deps, context, query, lang),
  };

  app.get<{ Params: { file: string }; Querystring: Query }>('/export/:file', async (request, reply) => {
    const match = /^(institutions|indicator-series)\.(csv|xlsx)$/.exec(request.params.file);
    const exporter = match ? exporters[match[1]!] : undefined;
    if (!match || !exporter) return sendErrors(reply, 404, [{ message: '没有这种导出 / No such export', extensions: { code: ErrorCode.NOT_FOUND } }]);
    const lang: Lang = request.query.lang === 'en' ? 'en' : 'zh-CN';
    try {
      const context = await requestContext(deps.context, {
        caller: { authorization: request.headers.authorization },
        requestId: String(request.id),
        clientAddress: request.ip,
      });
      const { table, scope } = await exporter(context, request.query, lang);
      const name = `${lang === 'en' ? table.title.en : table.title.zh}-${scope}-${context.today}.${match[2]}`;
      reply
        .header('content-disposition', `attachment; filename="${match[1]}.${match[2]}"; filename*=UTF-8''${encodeURIComponent(name)}`)
        .header('cache-control', 'no-store');
      if (match[2] === 'csv') return reply.type('text/csv; charset=utf-8').send(toCsv(table, lang));
      return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(await toXlsx(table, lang));
    } catch (error) {
      return sendError(reply, request, deps.log, error);
    }
  });
}

/** Runs one of the export documents; its errors are thrown as they would reach a client. */
async function run<T>(deps: Deps, context: GraphQLContext, document: DocumentNode, variables: Record<string, unknown>): Promise<T> {
  assertValidText(deps.schema, document, undefined, variables);
  const result = await execute({ schema: deps.schema, document, variableValues: variables, contextValue: context });
  const [first] = result.errors ?? [];
  if (first) {
    // Request-level errors (a variable of the wrong shape) have no path: the caller's input.
    if (!isClientError(first.extensions?.code) && !first.path) throw new BadUserInputError(first.message, { reason: LimitReason.VALIDATION_FAILED });
    throw first;
  }
  return result.data as T;
}

function json(query: Query, name: string): unknown {
  const raw = query[name];
  if (raw === undefined || raw === '') return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    throw new BadUserInputError(`${name} 须为 JSON / ${name} must be JSON`, { field: name });
  }
}

async function exportInstitutions(deps: Deps, context: GraphQLContext, query: Query, lang: Lang): Promise<{ table: Table; scope: string }> {
  const filter = json(query, 'filter');
  const orderBy = json(query, 'orderBy');
  const rows: InstitutionRow[] = [];
  let after: string | null = null;
  for (;;) {
    const data: { institutions: { edges: { node: InstitutionRow }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await run(deps, context, INSTITUTIONS, {
      filter,
      orderBy,
      first: deps.config.limits.maxPageSize,
      after,
    });
    rows.push(...data.institutions.edges.map((e) => e.node));
    if (rows.length > MAX_ROWS) throw new BadUserInputError(`超过 ${MAX_ROWS} 行，请缩小筛选范围 / More than ${MAX_ROWS} rows: narrow the filter`, { field: 'filter' });
    if (!data.institutions.pageInfo.hasNextPage) break;
    after = data.institutions.pageInfo.endCursor;
  }
  const given = (filter ?? {}) as { districtCode?: unknown; cityCode?: unknown };
  // The file is named for the area asked for (its checks have passed by now).
  const scope = String(given.districtCode ?? given.cityCode ?? 'all');
  return { table: institutionTable(rows, lang), scope };
}

async function exportSeries(deps: Deps, context: GraphQLContext, query: Query, lang: Lang): Promise<{ table: Table; scope: string }> {
  const variables: Record<string, unknown> = { key: query.key, scopeCode: query.scopeCode, from: query.from, to: query.to };
  if (query.granularity) variables.granularity = query.granularity;
  const data = await run<{ indicatorSeries: SeriesExport['points']; indicators: NonNullable<SeriesExport['indicator']>[] }>(deps, context, SERIES, variables);
  const indicator = data.indicators.find((i) => i.key === query.key) ?? null;
  return { table: seriesTable({ indicator, scopeCode: String(query.scopeCode), points: data.indicatorSeries }, lang), scope: `${query.key}-${query.scopeCode}` };
}

function sendErrors(reply: FastifyReply, status: number, errors: { message: string; extensions: Record<string, unknown> }[]): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send({ errors });
}

function sendError(reply: FastifyReply, request: FastifyRequest, log: FastifyBaseLogger, error: unknown): FastifyReply {
  const code = error instanceof GraphQLError ? String(error.extensions?.code ?? '') : '';
  if (error instanceof GraphQLError && isClientError(code)) {
    const { http: _http, ...extensions } = error.extensions as Record<string, unknown>;
    return sendErrors(reply, STATUS[code] ?? 400, [{ message: error.message, extensions }]);
  }
  log.error({ err: error instanceof GraphQLError ? (error.originalError ?? error) : error, requestId: request.id }, 'unexpected error in an export');
  return sendErrors(reply, 500, [{ message: `${INTERNAL_MESSAGE}（请求编号 request ${request.id}）`, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId: request.id } }]);
}
