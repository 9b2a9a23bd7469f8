import { Transform } from 'node:stream';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ErrorCode, LimitReason } from '../common/errors.js';

function tooLarge(limit: number): Error {
  return Object.assign(new Error(`请求体超过 ${limit} 字节 / Request body is larger than ${limit} bytes`), { statusCode: 413, code: 'FST_ERR_CTP_BODY_TOO_LARGE' });
}

/**
 * Anonymous requests get the small body limit; signed-in ones the large limit that a CSV
 * import needs (Fastify's own bodyLimit). Checked on the declared length first, then on
 * the bytes as they arrive, so a chunked body cannot slip past.
 */
export function anonymousBodyLimit(limit: number) {
  return async (request: FastifyRequest, _reply: unknown, payload: NodeJS.ReadableStream): Promise<NodeJS.ReadableStream> => {
    if (request.headers.authorization) return payload;
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > limit) throw tooLarge(limit);
    let seen = 0;
    return payload.pipe(
      new Transform({
        transform(chunk: Buffer, _encoding, done) {
          seen += chunk.length;
          done(seen > limit ? tooLarge(limit) : null, chunk);
        },
      }),
    );
  };
}

/**
 * Errors of /graphql that Fastify meets before Apollo sees the request (a body over a
 * limit, a body that is not JSON), in the API's error shape with their HTTP status, so a
 * client reads every refusal the same way: BAD_USER_INPUT with a reason.
 */
export function graphqlRequestErrors(limits: { anonymous: number; signedIn: number }) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply => {
    const status = error.statusCode ?? 500;
    if (status < 400 || status >= 500) throw error;
    if (status === 413) {
      const limit = request.headers.authorization ? limits.signedIn : limits.anonymous;
      const message = `请求体超过 ${limit} 字节 / Request body is larger than ${limit} bytes`;
      return reply.code(413).send({ errors: [{ message, extensions: { code: ErrorCode.BAD_USER_INPUT, reason: LimitReason.BODY_TOO_LARGE, limit } }] });
    }
    // 400: the body is not JSON; 415 and the like: not a body the API reads at all.
    const reason = status === 400 ? LimitReason.PARSE_FAILED : LimitReason.VALIDATION_FAILED;
    return reply.code(status).send({ errors: [{ message: error.message, extensions: { code: ErrorCode.BAD_USER_INPUT, reason } }] });
  };
}
