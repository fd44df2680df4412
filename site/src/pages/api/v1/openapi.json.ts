import { z } from 'astro/zod';
import { Correction, CorrectionInput, CorrectionList, CorrectionResolution } from 'errata/schema';
import { MAX_REPORT_BODY } from '../../../lib/corrections/input';
import { json } from '../../../lib/http';
import { MAX_BODY } from './decode';

/** JSON Schema from the zod schema the server validates with: the one source of truth. */
const schemaOf = (schema: z.ZodType, io: 'input' | 'output' = 'output') => {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  return rest;
};

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
const errors = (codes: Record<number, string>) =>
  Object.fromEntries(
    Object.entries(codes).map(([code, description]) => [code, { description, content: { 'application/json': { schema: error } } }]),
  );
const admin = [{ adminToken: [] }];
const moderation = errors({
  401: 'No admin token, or a wrong one',
  429: 'Too many wrong tokens',
  503: 'Moderation is off: ERRATA_ADMIN_TOKEN is not set',
});
const report = schemaOf(CorrectionInput, 'input');
const corrections = {
  '/api/v1/corrections': {
    post: {
      summary: 'Report a correction to an entry, compare guide or playbook',
      description: `A form or JSON body of at most ${MAX_REPORT_BODY} bytes; the form's honeypot field "website" must be empty. Browsers submitting the form (Accept: text/html) get 303 to a confirmation page instead of JSON.`,
      requestBody: {
        required: true,
        content: { 'application/json': { schema: report }, 'application/x-www-form-urlencoded': { schema: report } },
      },
      responses: {
        201: {
          description: 'Stored; Location points at the report',
          content: { 'application/json': { schema: { type: 'object', required: ['id', 'status', 'target', 'createdAt'] } } },
        },
        ...errors({
          400: 'A field is missing or wrong (`field` names it)',
          403: 'Posted from another site',
          413: 'Body too large',
          415: 'Not JSON or a form',
          429: 'Too many reports from this client (see Retry-After)',
        }),
      },
    },
    get: {
      summary: 'Every report, newest first (moderators)',
      security: admin,
      parameters: [
        { name: 'status', in: 'query', schema: { type: 'string', enum: ['new', 'accepted', 'rejected', 'all'], default: 'all' } },
        { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 1000, default: 100 } },
      ],
      responses: {
        200: { description: 'Reports and counts by status', content: { 'application/json': { schema: schemaOf(CorrectionList) } } },
        ...moderation,
      },
    },
  },
  '/api/v1/health': {
    get: {
      summary: 'Readiness: the corrections store is open',
      responses: { 200: { description: '{"ok": true}' }, ...errors({ 503: 'The store cannot be opened (see the server log)' }) },
    },
  },
  '/api/v1/corrections/{id}': {
    parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^[0-9a-f]{16}$' } }],
    get: {
      summary: 'One report (moderators)',
      security: admin,
      responses: {
        200: { description: 'The report', content: { 'application/json': { schema: schemaOf(Correction) } } },
        ...errors({ 404: 'No such report' }),
        ...moderation,
      },
    },
    patch: {
      summary: 'Accept or reject a report, once (moderators); a rejection needs a reason',
      security: admin,
      requestBody: { required: true, content: { 'application/json': { schema: schemaOf(CorrectionResolution, 'input') } } },
      responses: {
        200: { description: 'The resolved report', content: { 'application/json': { schema: schemaOf(Correction) } } },
        ...errors({ 400: 'Bad decision (`field` names it)', 404: 'No such report', 409: 'Already resolved' }),
        ...moderation,
      },
    },
  },
};
const doc = (description: string) => ({
  get: { summary: description, responses: { 200: { description: 'The document as JSON' }, 404: { description: 'No such document' } } },
});

export const GET = () =>
  json({
    openapi: '3.1.0',
    info: {
      title: 'Errata API',
      version: '1.0.0',
      description: 'Error-code entries, compare guides and playbooks as JSON, a decoder for pasted text, and correction reports.',
    },
    components: { securitySchemes: { adminToken: { type: 'http', scheme: 'bearer', description: 'ERRATA_ADMIN_TOKEN' } } },
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
      ...corrections,
    },
  });
