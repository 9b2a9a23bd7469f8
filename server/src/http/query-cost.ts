import type { DocumentNode, GraphQLSchema } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { createRequire } from 'node:module';
import { BadUserInputError, LimitReason } from '../common/errors.js';
import type { Limits } from '../config.js';
import { listSize } from './list-sizes.js';
import { statementEstimate } from './statement-estimate.js';

// The library's ESM build imports 'graphql/index.mjs', a second copy of graphql beside the
// CommonJS one that Node resolves for everything else here (graphql 16 has no "exports"),
// and two copies cannot share a schema. Its CommonJS build uses the same copy as we do.
const { getComplexity, simpleEstimator } = createRequire(import.meta.url)('graphql-query-complexity') as typeof import('graphql-query-complexity');

/**
 * A list field costs 1 plus its expected size (list-sizes.ts) times the cost of its
 * selection, so the estimate follows what a query really fans out to. A connection field
 * sized by `first` multiplies its whole selection (edges, pageInfo and totalCount alike, an
 * upper bound); its edges then count once. Other fields count once.
 */
const listEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const n = listSize(type.name, field.name, args);
  return n === undefined ? undefined : 1 + n * childComplexity;
};

/**
 * Costs already estimated, per parsed document (Apollo Server hands the same document object
 * to every request with the same query text) and per operation name and variables.
 */
const known = new WeakMap<DocumentNode, Map<string, number>>();
const KNOWN_PER_DOCUMENT = 64;

/** The estimated cost of an operation, with its variables. */
export function queryCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string): number {
  const key = `${operationName ?? ''}\n${JSON.stringify(variables)}`;
  let costs = known.get(document);
  const cached = costs?.get(key);
  if (cached !== undefined) return cached;
  const cost = estimate(schema, document, variables, operationName);
  if (!costs) known.set(document, (costs = new Map()));
  if (costs.size >= KNOWN_PER_DOCUMENT) costs.clear();
  costs.set(key, cost);
  return cost;
}

function estimate(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName?: string): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    ...(operationName ? { operationName } : {}),
    estimators: [listEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
}

/**
 * Refuses an operation whose estimated cost or SQL statements are over their limits, before
 * anything runs; returns the statement estimate (for EXPOSE_SQL_STATS).
 */
export function assertAffordable(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
  limits: Pick<Limits, 'maxCost' | 'maxStatements'>,
): number {
  let cost: number;
  let statements: number;
  try {
    cost = queryCost(schema, document, variables, operationName);
    statements = statementEstimate(schema, document, variables, operationName);
  } catch (error) {
    // Estimating reads the variables first; bad ones are the caller's mistake.
    const message = error instanceof Error ? error.message : String(error);
    throw new BadUserInputError(message, { reason: LimitReason.VALIDATION_FAILED, http: { status: 400 } });
  }
  if (cost > limits.maxCost) {
    throw new BadUserInputError(`查询代价 ${cost} 超过上限 ${limits.maxCost} / Query cost ${cost} exceeds the limit of ${limits.maxCost}`, {
      reason: LimitReason.TOO_COSTLY,
      limit: limits.maxCost,
      cost,
      http: { status: 400 },
    });
  }
  if (statements > limits.maxStatements) {
    throw new BadUserInputError(
      `查询预计需要 ${statements} 条 SQL 语句，超过上限 ${limits.maxStatements} / Query would need about ${statements} SQL statements, over the limit of ${limits.maxStatements}`,
      { reason: LimitReason.TOO_MANY_STATEMENTS, limit: limits.maxStatements, statements, http: { status: 400 } },
    );
  }
  return statements;
}
