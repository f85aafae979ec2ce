import { articleParams, articleSearchQuery, quoteSearchQuery } from './dashboard-schemas.js';
import {
  articleBody,
  errorResponse,
  eventsQuery,
  networkQuery,
  searchQuery,
  seriesQuery,
} from './schemas.js';

function queryParameters(schema: { properties: object; required?: readonly string[] }) {
  return Object.entries(schema.properties).map(([name, property]) => ({
    name,
    in: 'query',
    required: schema.required?.includes(name) ?? false,
    schema: property,
  }));
}

/** The OpenAPI 3.1 description served at `/openapi.json`. */
export function openApiDocument(version: string) {
  const errors = {
    description: 'Error',
    content: { 'application/json': { schema: errorResponse } },
  };
  return {
    openapi: '3.1.0',
    info: { title: 'newsgraph API', version },
    paths: {
      '/health': {
        get: {
          summary: 'Liveness and the store engine',
          responses: { 200: { description: 'OK' } },
        },
      },
      '/events': {
        get: {
          summary: 'CAMEO events matching a filter, newest first, with the total they page through',
          parameters: queryParameters(eventsQuery),
          responses: { 200: { description: 'A page of events' }, 400: errors },
        },
      },
      '/series': {
        get: {
          summary:
            'Events per period and quad class with mean Goldstein, for a filter such as a dyad',
          parameters: queryParameters(seriesQuery),
          responses: { 200: { description: 'A time series' }, 400: errors },
        },
      },
      '/network': {
        get: {
          summary: 'Actors and directed edges weighted by event counts, for a filter',
          parameters: queryParameters(networkQuery),
          responses: { 200: { description: 'Weighted edges' }, 400: errors },
        },
      },
      '/search': {
        get: {
          summary: 'Articles holding every word of a query, best first, with matched passages',
          parameters: queryParameters(searchQuery),
          responses: { 200: { description: 'A page of articles' }, 400: errors },
        },
      },
      '/articles': {
        get: {
          summary:
            'Articles matching words and facets (outlet, actor, country, root, quad, dates), with facet counts',
          parameters: queryParameters(articleSearchQuery),
          responses: { 200: { description: 'A page of articles with facets' }, 400: errors },
        },
        post: {
          summary: 'Analyse and store one article (needs the write token)',
          security: [{ bearer: [] }],
          requestBody: { required: true, content: { 'application/json': { schema: articleBody } } },
          responses: {
            201: { description: 'Stored (or already stored)' },
            400: errors,
            401: errors,
            403: errors,
            413: errors,
          },
        },
      },
      '/articles/{id}': {
        get: {
          summary: 'One stored article with its layers: entities, times, quotes, events',
          parameters: [
            { name: 'id', in: 'path', required: true, schema: articleParams.properties.id },
          ],
          responses: { 200: { description: 'The article' }, 400: errors, 404: errors },
        },
      },
      '/quotes': {
        get: {
          summary: 'Quotations matching words, or by a speaker actor',
          parameters: queryParameters(quoteSearchQuery),
          responses: { 200: { description: 'A page of quotes' }, 400: errors },
        },
      },
      '/ingest': {
        get: {
          summary:
            'Ingest jobs, progress and errors per source (PostgreSQL), or stored articles per outlet',
          responses: { 200: { description: 'Ingest status' } },
        },
      },
      '/actors': {
        get: {
          summary: 'Actor codes found in stored events, for pickers',
          responses: { 200: { description: 'Actor codes' } },
        },
      },
    },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  };
}
