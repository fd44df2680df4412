import type { APIRoute } from 'astro';
import { correctionsOrNothing, STORE_DOWN } from '../../../lib/corrections/open';
import { json, problem } from '../../../lib/http';

export const prerender = false;

/** Readiness: 200 once the corrections store is open (server.mjs calls it at start, so the store is created then). */
export const GET: APIRoute = async () =>
  (await correctionsOrNothing()) ? json({ ok: true }, 200, { 'cache-control': 'no-store' }) : problem(503, STORE_DOWN);
