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
    },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  };
}
