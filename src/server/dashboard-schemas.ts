/** Query-string schemas of the dashboard's read endpoints; fastify validates with them. */

const actorCode = { type: 'string', pattern: '^[A-Za-z]{3}([A-Za-z]{3})*$' } as const;
const date = { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' } as const;
const page = {
  limit: { type: 'integer', minimum: 1, maximum: 200, default: 20 },
  offset: { type: 'integer', minimum: 0, default: 0 },
} as const;
const many = <T extends object>(item: T) => ({ type: 'array', maxItems: 10, items: item }) as const;

/** Facet filters are lists: every value given must hold, so a facet's count equals its list. */
export const articleSearchQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    q: { type: 'string', maxLength: 1000, description: 'Words that must all occur.' },
    outlet: many({ type: 'string', minLength: 1, maxLength: 200 }),
    actor: many(actorCode),
    country: many({ type: 'string', pattern: '^[A-Za-z]{3}$' }),
    root: many({ type: 'string', pattern: '^\\d{2}$' }),
    quad: many({ type: 'integer', minimum: 1, maximum: 4 }),
    from: date,
    to: date,
    ...page,
  },
} as const;

export const quoteSearchQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    q: { type: 'string', maxLength: 1000 },
    actor: { ...actorCode, description: 'The speaker is this actor or starts with it.' },
    ...page,
  },
} as const;

export const articleParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'integer', minimum: 1 } },
} as const;
