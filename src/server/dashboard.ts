import type { FastifyInstance, FastifyRequest } from 'fastify';
import { busiestActors } from '../query/actors.js';
import type { Store } from '../store/store.js';
import { articleDetail } from './article-detail.js';
import { type ArticleSearch, searchWithFacets } from './article-search.js';
import { articleParams, articleSearchQuery, quoteSearchQuery } from './dashboard-schemas.js';
import { ingestStatus } from './ingest-status.js';
import { type QuoteSearch, searchQuotes } from './quote-search.js';
import { registerWebStatic } from './web-static.js';

/**
 * The web dashboard (`src/web`, built to `dist/web`) at `/`, and the read endpoints its views need
 * beside the REST API: an article with its layers, faceted search, quotes, ingest status, actors.
 */
export function registerDashboard(app: FastifyInstance, options: { store: Store }): void {
  const { store } = options;
  registerWebStatic(app);

  app.get(
    '/articles',
    { schema: { querystring: articleSearchQuery } },
    async (request: FastifyRequest<{ Querystring: ArticleSearch }>) => {
      const page = await searchWithFacets(store, request.query);
      return { ...page, limit: request.query.limit, offset: request.query.offset };
    },
  );

  app.get(
    '/articles/:id',
    { schema: { params: articleParams } },
    async (request: FastifyRequest<{ Params: { id: number } }>, reply) => {
      const article = await articleDetail(store, request.params.id);
      if (article) return article;
      const message = `article ${request.params.id}: no such article in the store`;
      return reply.code(404).send({ error: { code: 'NG_E005', message } });
    },
  );

  app.get(
    '/quotes',
    { schema: { querystring: quoteSearchQuery } },
    async (request: FastifyRequest<{ Querystring: QuoteSearch }>) => {
      const page = await searchQuotes(store, request.query);
      return { ...page, limit: request.query.limit, offset: request.query.offset };
    },
  );

  app.get('/ingest', async () => ingestStatus(store));
  // The store's running counts: reading every event took seconds over ten million of them.
  app.get('/actors', async () => ({ actors: await busiestActors(store) }));
}
