import { json } from '../../../lib/http';
import { MAX_BODY } from './decode';

const match = {
  type: 'object',
  required: ['id', 'provider', 'code', 'start', 'end', 'confidence', 'known'],
  properties: {
    id: { type: 'string', example: 'entra/AADSTS65004' },
    provider: { type: 'string' },
    code: { type: 'string' },
    start: { type: 'integer', description: 'UTF-16 offset of the code in the text' },
    end: { type: 'integer' },
    confidence: { type: 'number', minimum: 0, maximum: 1 },
    known: { type: 'boolean' },
    title: { type: 'string' },
    summary: { type: 'string' },
    lookupUrl: { type: 'string', description: "For unknown codes: the vendor's official lookup" },
    context: {
      type: 'object',
      properties: { traceId: { type: 'string' }, correlationId: { type: 'string' }, timestamp: { type: 'string' } },
    },
  },
};
const error = { type: 'object', required: ['error'], properties: { error: { type: 'string' }, field: { type: 'string' } } };
const doc = (description: string) => ({
  get: { summary: description, responses: { 200: { description: 'The document as JSON' }, 404: { description: 'No such document' } } },
});

export const GET = () =>
  json({
    openapi: '3.1.0',
    info: {
      title: 'Errata API',
      version: '1.0.0',
      description: 'Error-code entries, compare guides and playbooks as JSON, and a decoder for pasted text.',
    },
    paths: {
      '/api/v1/index.json': doc('Every provider and document, with links to their JSON'),
      '/api/v1/errors/{provider}/{code}.json': {
        parameters: [
          { name: 'provider', in: 'path', required: true, schema: { type: 'string', enum: ['entra', 'oauth', 'msal', 'http', 'grpc'] } },
          { name: 'code', in: 'path', required: true, schema: { type: 'string' }, example: 'AADSTS65004' },
        ],
        ...doc('One error entry: facts, sections, structured causes and fixes, sources, review date'),
      },
      '/api/v1/compare/{slug}.json': {
        parameters: [{ name: 'slug', in: 'path', required: true, schema: { type: 'string' }, example: '429-vs-503' }],
        ...doc('One compare guide'),
      },
      '/api/v1/playbooks/{slug}.json': {
        parameters: [{ name: 'slug', in: 'path', required: true, schema: { type: 'string' }, example: 'api-timeout-recovery' }],
        ...doc('One playbook'),
      },
      '/api/v1/decode': {
        post: {
          summary: 'Find and explain every error code in a text (the same result as `errata decode --json`)',
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: { type: 'object', required: ['text'], properties: { text: { type: 'string', maxLength: MAX_BODY } } },
              },
            },
          },
          responses: {
            200: {
              description: 'The codes found',
              content: { 'application/json': { schema: { type: 'object', properties: { matches: { type: 'array', items: match } } } } },
            },
            400: { description: 'Invalid JSON, or no string "text"', content: { 'application/json': { schema: error } } },
            413: { description: `Body over ${MAX_BODY} bytes`, content: { 'application/json': { schema: error } } },
            415: { description: 'Body not application/json', content: { 'application/json': { schema: error } } },
          },
        },
      },
    },
  });
