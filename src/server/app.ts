import { timingSafeEqual } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Analyzer } from '../analyze/analyzer.js';
import { analyzeRecord, type BatchInput } from '../analyze/batch.js';
import { type ErrorCode, isNewsgraphError } from '../doc/errors.js';
import { actorNetwork, eventSeries, type Period } from '../query/aggregates.js';
import type { EventFilter } from '../query/event-filter.js';
import { queryEvents } from '../query/events.js';
import { searchArticles } from '../query/search.js';
import type { Store } from '../store/store.js';
import { registerDashboard } from './dashboard.js';
import { openApiDocument } from './openapi.js';
import { articleBody, eventsQuery, networkQuery, searchQuery, seriesQuery } from './schemas.js';
import { bearerToken, stringFieldsOnly } from './strict-body.js';

export interface ServerOptions {
  store: Store;
  analyzer: Analyzer;
  /** Bearer token for write endpoints; without one the API is read-only. */
  token?: string;
  /** Largest request body in bytes. */
  bodyLimit?: number;
  version?: string;
}

const STATUS: Partial<Record<ErrorCode, number>> = { NG_E004: 413, NG_E012: 500, NG_E005: 500 };

function fail(reply: FastifyReply, status: number, code: string, message: string) {
  return reply.code(status).send({ error: { code, message } });
}

interface ValidationIssue {
  instancePath?: string;
  message?: string;
  params?: { additionalProperty?: string };
}

/** "querystring.dyad must match pattern …", naming the field a client got wrong. */
function describe(issues: ValidationIssue[], error: unknown): string {
  const context = (error as { validationContext?: string }).validationContext ?? 'request';
  return issues
    .map((issue) => {
      const field =
        issue.params?.additionalProperty ?? issue.instancePath?.replace(/^\//u, '') ?? '';
      return `${context}${field ? `.${field}` : ''} ${issue.message ?? 'is invalid'}`;
    })
    .join('; ');
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

type SearchRequest = FastifyRequest<{ Querystring: { q: string; limit: number; offset: number } }>;
type SeriesRequest = FastifyRequest<{ Querystring: EventFilter & { period: Period } }>;
type EventsRequest = FastifyRequest<{
  Querystring: EventFilter & { limit: number; offset: number };
}>;

/** The HTTP API over one store; tested in-process with `app.inject`. */
export function buildServer(options: ServerOptions): FastifyInstance {
  const app = Fastify({
    bodyLimit: options.bodyLimit ?? 5 * 1024 * 1024,
    logger: false,
    // Unknown fields are refused, not silently dropped; query strings are still coerced to numbers.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true } },
  });

  app.setErrorHandler((error, _request, reply) => {
    if (isNewsgraphError(error))
      return fail(reply, STATUS[error.code] ?? 400, error.code, error.message);
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    const validation = (error as { validation?: ValidationIssue[] }).validation;
    if (validation) return fail(reply, 400, 'NG_E008', describe(validation, error));
    const code = status === 413 ? 'NG_E004' : 'NG_E000';
    return fail(reply, status, code, status >= 500 ? 'internal error' : (error as Error).message);
  });

  app.get('/health', async () => ({ ok: true, engine: options.store.engine }));
  app.get('/openapi.json', async () => openApiDocument(options.version ?? '0'));

  app.get('/events', { schema: { querystring: eventsQuery } }, async (request: EventsRequest) => {
    const { limit, offset, ...filter } = request.query;
    const page = await queryEvents(options.store, filter, { limit, offset });
    return { total: page.total, limit, offset, rows: page.rows };
  });

  app.get('/series', { schema: { querystring: seriesQuery } }, async (request: SeriesRequest) => {
    const { period, ...filter } = request.query;
    return { period, points: await eventSeries(options.store, filter, period) };
  });

  app.get('/network', { schema: { querystring: networkQuery } }, async (request: EventsRequest) => {
    const { limit, offset: _offset, ...filter } = request.query;
    return { edges: await actorNetwork(options.store, filter, limit) };
  });

  app.get('/search', { schema: { querystring: searchQuery } }, async (request: SearchRequest) => {
    const { q, limit, offset } = request.query;
    const page = await searchArticles(options.store, q, { limit, offset });
    return { total: page.total, limit, offset, rows: page.rows };
  });

  const write = { schema: { body: articleBody }, preValidation: stringFieldsOnly };
  app.post('/articles', write, async (request, reply) => {
    if (!options.token)
      return fail(reply, 403, 'NG_E013', 'read-only: start the server with a token to write');
    const token = bearerToken(request.headers.authorization);
    if (token === null || !sameToken(token, options.token)) {
      return fail(reply, 401, 'NG_E014', 'missing or wrong token');
    }
    const input = request.body as BatchInput;
    const analysis = analyzeRecord(options.analyzer, input, 'request body');
    const stored = await options.store.saveAnalysis(analysis, `api:${input.id ?? input.url ?? ''}`);
    return reply.code(201).send({ stored, id: input.id ?? null, events: analysis.events.length });
  });

  registerDashboard(app, options);
  return app;
}
