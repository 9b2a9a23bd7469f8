import type { ValidationContext, ValidationRule, GraphQLError } from 'graphql';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { Limits } from '../config.js';
import { BadUserInputError, LimitReason } from '../common/errors.js';
import { maxTokensWithCommentsRule } from './text-limits.js';

/** Reports a limit as BAD_USER_INPUT with its reason, instead of the library's own error. */
function reject(reason: LimitReason, limit: number) {
  return (context: ValidationContext | null, error: GraphQLError): void => {
    const message = error.message.replace(/^Syntax Error: /, '');
    context?.reportError(new BadUserInputError(`查询超出限制：${message} / Query refused: ${message}`, { reason, limit }));
  };
}

/**
 * Depth, alias and directive limits, as validation rules: the same list serves HTTP and
 * (later) the WebSocket transport, so no operation reaches a resolver past a limit. The
 * cost limit needs the variables, so it runs once the operation is resolved (query-cost.ts).
 */
export function limitRules(limits: Limits): ValidationRule[] {
  const common = { propagateOnRejection: false, exposeLimits: true } as const;
  return [
    maxDepthRule({ ...common, n: limits.maxDepth, flattenFragments: false, onReject: [reject(LimitReason.TOO_DEEP, limits.maxDepth)] }),
    maxAliasesRule({ ...common, n: limits.maxAliases, onReject: [reject(LimitReason.TOO_MANY_ALIASES, limits.maxAliases)] }),
    maxDirectivesRule({ ...common, n: limits.maxDirectives, onReject: [reject(LimitReason.TOO_MANY_DIRECTIVES, limits.maxDirectives)] }),
    maxTokensWithCommentsRule(limits.maxTokens),
  ] as ValidationRule[];
}
