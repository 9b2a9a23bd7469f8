import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from '../context.js';
import type { SqlStats } from '../db/sql-stats.js';

export interface RequestWithStats {
  sqlStats?: SqlStats;
  /** The statements the operation was estimated to need (http/statement-estimate.ts). */
  statementEstimate?: number;
}

/** Adds the request's SQL statement count to the response (EXPOSE_SQL_STATS, never production). */
export function sqlStatsPlugin(): ApolloServerPlugin<GraphQLContext & RequestWithStats> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind === 'single' && contextValue.sqlStats) {
            const estimate = contextValue.statementEstimate === undefined ? {} : { statementEstimate: contextValue.statementEstimate };
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, sqlStatements: contextValue.sqlStats.statements, ...estimate };
          }
        },
      };
    },
  };
}
