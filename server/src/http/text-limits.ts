import { TokenKind, type Token, type ValidationContext, type ValidationRule } from 'graphql';
import { BadUserInputError, LimitReason } from '../common/errors.js';

/**
 * The parser's token limit does not count comments, so a document padded with thousands of
 * them passes it. This rule counts comments and tokens together against the same limit.
 */
export function maxTokensWithCommentsRule(maxTokens: number): ValidationRule {
  return (context: ValidationContext) => {
    let count = 0;
    for (let token: Token | null | undefined = context.getDocument().loc?.startToken; token; token = token.next) {
      if (token.kind !== TokenKind.SOF && token.kind !== TokenKind.EOF) count += 1;
    }
    if (count > maxTokens) {
      context.reportError(
        new BadUserInputError(`查询超出限制：含注释共 ${count} 个记号，上限 ${maxTokens} / Query refused: ${count} tokens with comments, over the limit of ${maxTokens}`, {
          reason: LimitReason.TOO_MANY_TOKENS,
          limit: maxTokens,
        }),
      );
    }
    return {};
  };
}

/** Whether a value (variables, deeply) holds a string with a NUL character. */
export function hasNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 32 || value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([key, inner]) => key.includes('\u0000') || hasNul(inner, depth + 1));
}
