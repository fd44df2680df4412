import type { APIRoute } from 'astro';
import { Decoder, publicMatch } from 'errata/decode';
import { catalog } from '../../../lib/catalog';
import { json, problem, readBody } from '../../../lib/http';

export const prerender = false;

/** Largest body accepted, in bytes; larger texts belong to the CLI, which streams. */
export const MAX_BODY = 1_000_000;
let decoder: Decoder | undefined;

/** POST {"text": "..."} → the same JSON as `errata decode --json`. For clients without JavaScript or the library. */
export const POST: APIRoute = async ({ request }) => {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) return problem(415, 'send the body as application/json: {"text": "..."}', 'content-type');
  const body = await readBody(request, MAX_BODY);
  if (body === undefined)
    return problem(413, `the body is over ${MAX_BODY} bytes; decode larger text with the CLI (npx errata decode FILE)`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    return problem(400, `the body is not valid JSON: ${(error as Error).message}`);
  }
  const text = (parsed as { text?: unknown } | null)?.text;
  if (typeof text !== 'string') return problem(400, 'the field "text" is required and must be a string', 'text');
  decoder ??= new Decoder(catalog());
  return json({ matches: decoder.decode(text).map(publicMatch) });
};

export const ALL: APIRoute = () => problem(405, 'use POST with {"text": "..."}', undefined, { allow: 'POST' });
