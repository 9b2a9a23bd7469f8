import type { ApolloServerPlugin } from '@apollo/server';
import type { Config } from '../config.js';
import type { GraphQLContext } from '../context.js';
import { assertAffordable } from './query-cost.js';
import { assertValidText } from './input-text.js';
import type { RequestWithStats } from './sql-stats-plugin.js';

/** Refuses an operation over the cost or statement limit, or with text the API refuses, before it runs (they need the variables). */
export function costLimitPlugin(limits: Config['limits']): ApolloServerPlugin<GraphQLContext & RequestWithStats> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, contextValue }) {
          assertValidText(schema, document, request.query, request.variables);
          contextValue.statementEstimate = assertAffordable(schema, document, request.variables, request.operationName, limits);
        },
      };
    },
  };
}
