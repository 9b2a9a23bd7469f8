import type { ApolloServerPlugin } from '@apollo/server';
import type { FastifyBaseLogger } from 'fastify';
import type { GraphQLContext } from '../context.js';
import { ErrorCode, INTERNAL_MESSAGE, isClientError } from '../common/errors.js';

/**
 * Logs every error a client will see masked, with the request's id, and puts that id in
 * the masked error, so an operator can find the cause from what the user reports.
 */
export function errorReportingPlugin(log: FastifyBaseLogger): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            if (isClientError(error.extensions?.code)) continue;
            // reqId as on the request's other lines (fastify's key), so one filter finds them all.
            log.error({ err: error.originalError ?? error, reqId: contextValue.requestId, requestId: contextValue.requestId, operationName, path: error.path }, 'unexpected error in a GraphQL request');
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (!errors?.some((e) => e.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR)) return;
          const requestId = contextValue.requestId;
          response.body.singleResult.errors = errors.map((e) =>
            e.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR
              ? { ...e, message: `${INTERNAL_MESSAGE}（请求编号 request ${requestId}）`, extensions: { ...e.extensions, requestId } }
              : e,
          );
        },
      };
    },
  };
}
