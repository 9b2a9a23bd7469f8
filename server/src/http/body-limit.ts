import { Transform } from 'node:stream';
import type { FastifyRequest } from 'fastify';

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
