import { z } from 'zod';
import { RECORD_VERSION } from '../record/schema.js';
import { ENDPOINTS, type Endpoint } from './endpoints.js';
import { ContentBody, ErrorBody } from './schemas.js';

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

function parameters(endpoint: Endpoint): JsonSchema[] {
  const path = Object.entries(endpoint.pathParams ?? {}).map(([name, schema]) => ({
    name, in: 'path', required: true, schema: jsonSchema(schema, 'input'),
  }));
  const query = Object.entries(endpoint.query?.shape ?? {}).map(([name, schema]) => ({
    name, in: 'query', required: false, schema: jsonSchema(schema as z.ZodType, 'output'),
  }));
  return [...path, ...query];
}

function requestBody(endpoint: Endpoint): JsonSchema | undefined {
  if (!endpoint.content) return undefined;
  const raw = { schema: { type: 'string' } };
  const batches = endpoint.content.batches
    ? { 'application/x-ndjson': raw, 'application/rss+xml': raw, 'application/atom+xml': raw, 'application/xml': raw }
    : {};
  return {
    required: true,
    content: { 'application/json': { schema: jsonSchema(ContentBody, 'input') }, 'text/plain': raw, 'text/html': raw, ...batches },
  };
}

const ERROR_RESPONSE = { content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };

/** The OpenAPI 3.1 description of the API, generated from the same zod schemas that validate requests. */
export function openApiDocument(): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const endpoint of ENDPOINTS) {
    const path = endpoint.path.replace(/:(\w+)/g, '{$1}');
    const errors: Record<string, unknown> = {
      400: { description: 'invalid request', ...ERROR_RESPONSE },
      ...(endpoint.pathParams ? { 404: { description: 'not found', ...ERROR_RESPONSE } } : {}),
      ...(endpoint.content ? {
        413: { description: 'body too large', ...ERROR_RESPONSE },
        415: { description: 'unsupported content type', ...ERROR_RESPONSE },
        422: { description: 'no document could be read from the body', ...ERROR_RESPONSE },
      } : {}),
      ...(endpoint.write ? { 401: { description: 'token missing', ...ERROR_RESPONSE }, 403: { description: 'wrong token', ...ERROR_RESPONSE } } : {}),
    };
    paths[path] = {
      ...paths[path],
      [endpoint.method]: {
        summary: endpoint.summary,
        operationId: `${endpoint.method}${path.replace(/[{}]/g, '').split('/').filter(Boolean).map((part) => part[0]!.toUpperCase() + part.slice(1)).join('')}`,
        parameters: parameters(endpoint),
        ...(endpoint.content ? { requestBody: requestBody(endpoint) } : {}),
        ...(endpoint.write ? { security: [{ bearer: [] }] } : {}),
        responses: {
          [endpoint.status]: { description: 'success', content: { 'application/json': { schema: jsonSchema(endpoint.response, 'output') } } },
          ...errors,
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'presscope API',
      version: RECORD_VERSION,
      description: 'Analysed news articles with offset-anchored layers (UTF-16 [start, end) offsets into the record text).',
    },
    paths,
    components: {
      schemas: { Error: jsonSchema(ErrorBody, 'output') },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'required for write endpoints when PRESSCOPE_TOKEN is set' } },
    },
  };
}
