import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Refuses a JSON body whose fields are not all strings, before validation: the query strings'
 * type coercion would otherwise turn `{"body": 42}` into the article "42".
 */
export async function stringFieldsOnly(request: FastifyRequest, reply: FastifyReply) {
  const body = request.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return;
  for (const [field, value] of Object.entries(body)) {
    if (typeof value !== 'string') {
      return reply.code(400).send({
        error: { code: 'NG_E008', message: `body.${field} must be a string` },
      });
    }
  }
}

/** The token of an `Authorization: Bearer <token>` header, or null for any other header. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer (\S+)$/u.exec(header ?? '');
  return match?.[1] ?? null;
}
