import type { DocumentNode, GraphQLSchema } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { createRequire } from 'node:module';
import { BadUserInputError, LimitReason } from '../common/errors.js';
import { DEFAULT_PAGE_SIZE } from '../common/pagination.js';

// The library's ESM build imports 'graphql/index.mjs', a second copy of graphql beside the
// CommonJS one that Node resolves for everything else here (graphql 16 has no "exports"),
// and two copies cannot share a schema. Its CommonJS build uses the same copy as we do.
const { getComplexity, simpleEstimator } = createRequire(import.meta.url)('graphql-query-complexity') as typeof import('graphql-query-complexity');

/**
 * How many items each list field is expected to return: a field's cost is 1 plus that many
 * times the cost of its selection, so the estimate follows what a query really fans out
 * to. 'first' means the page size the query asks for. Unlisted fields count once.
 */
export const LIST_SIZE: Record<string, number | 'first' | 'connection'> = {
  'Query.cities': 5,
  'Query.indicators': 15,
  'Query.indicatorSeries': 60,
  'Query.institutions': 'first',
  'City.districts': 15,
  'City.targets': 10,
  'District.institutions': 'first',
  'CityOverview.districts': 15,
  'CityOverview.targets': 10,
  'CityOverview.indicators': 15,
  'Institution.ageClasses': 3,
};

const listEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const size = LIST_SIZE[`${type.name}.${field.name}`];
  if (size === undefined) return undefined;
  const n = size === 'first' ? Number(args.first ?? DEFAULT_PAGE_SIZE) : size;
  return 1 + Math.max(n, 1) * childComplexity;
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

/** Refuses an operation whose estimated cost is over the limit, before anything runs. */
export function assertAffordable(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
  maxCost: number,
): void {
  let cost: number;
  try {
    cost = queryCost(schema, document, variables, operationName);
  } catch (error) {
    // Estimating reads the variables first; bad ones are the caller's mistake.
    const message = error instanceof Error ? error.message : String(error);
    throw new BadUserInputError(message, { reason: LimitReason.VALIDATION_FAILED, http: { status: 400 } });
  }
  if (cost > maxCost) {
    throw new BadUserInputError(`查询代价 ${cost} 超过上限 ${maxCost} / Query cost ${cost} exceeds the limit of ${maxCost}`, {
      reason: LimitReason.TOO_COSTLY,
      limit: maxCost,
      cost,
      http: { status: 400 },
    });
  }
}
