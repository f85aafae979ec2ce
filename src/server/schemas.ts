/** Request and response schemas: fastify validates with them, and `/openapi.json` is built from them. */
import { MODALITIES } from '../doc/types.js';

const actor = { type: 'string', pattern: '^[A-Za-z]{3}([A-Za-z]{3})*$' } as const;
const date = { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' } as const;
const MODALITY = MODALITIES.join('|');

export const eventsQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    actor: {
      ...actor,
      description: 'Either side is this actor or starts with it (RUS matches RUSGOV).',
    },
    source: actor,
    target: actor,
    dyad: {
      type: 'string',
      pattern: '^[A-Za-z]{3,}-[A-Za-z]{3,}$',
      description: 'AAA-BBB, either way round.',
    },
    code: { type: 'string', pattern: '^\\d{2,4}$', description: 'CAMEO code or prefix.' },
    quad: { type: 'integer', minimum: 1, maximum: 4 },
    from: date,
    to: date,
    modality: {
      type: 'string',
      pattern: `^(${MODALITY})(,(${MODALITY}))*$`,
      description: 'Modalities to keep, comma-separated (asserted,intended).',
    },
    limit: { type: 'integer', minimum: 1, maximum: 10000, default: 100 },
    offset: { type: 'integer', minimum: 0, default: 0 },
  },
} as const;

const { limit: _limit, offset: _offset, ...filterProperties } = eventsQuery.properties;

export const seriesQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...filterProperties,
    period: { type: 'string', enum: ['day', 'month', 'year'], default: 'month' },
  },
} as const;

export const networkQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...filterProperties,
    limit: { type: 'integer', minimum: 1, maximum: 10000, default: 200 },
  },
} as const;

export const searchQuery = {
  type: 'object',
  additionalProperties: false,
  required: ['q'],
  properties: {
    q: { type: 'string', minLength: 1, maxLength: 500, description: 'Words that must all occur.' },
    limit: { type: 'integer', minimum: 1, maximum: 1000, default: 20 },
    offset: { type: 'integer', minimum: 0, default: 0 },
  },
} as const;

export const articleBody = {
  type: 'object',
  additionalProperties: false,
  properties: {
    id: { type: 'string', maxLength: 200 },
    html: { type: 'string' },
    text: { type: 'string' },
    body: { type: 'string', description: 'An already-extracted article body, analysed verbatim.' },
    url: { type: 'string', maxLength: 2000 },
    published: date,
  },
  oneOf: [{ required: ['html'] }, { required: ['text'] }, { required: ['body'] }],
} as const;

export const errorResponse = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: { code: { type: 'string' }, message: { type: 'string' } },
    },
  },
} as const;
