import type { APIRoute } from 'astro';
import { CorrectionResolution, correctionProblem } from 'errata/schema';
import { refuseUnlessModerator } from '../../../../lib/corrections/guard';
import { correctionsOrNothing, STORE_DOWN } from '../../../../lib/corrections/open';
import { json, problem, readBody } from '../../../../lib/http';

export const prerender = false;
const NO_STORE = { 'cache-control': 'no-store' };
const ID = /^[0-9a-f]{16}$/;

/** One report (moderators only). */
export const GET: APIRoute = async ({ request, clientAddress, params }) => {
  const refused = refuseUnlessModerator(request, clientAddress);
  if (refused) return refused;
  const store = await correctionsOrNothing();
  if (!store) return problem(503, STORE_DOWN);
  const report = ID.test(params.id ?? '') ? await store.get(params.id as string) : undefined;
  return report ? json(report, 200, NO_STORE) : problem(404, `no report has the id ${String(params.id).slice(0, 40)}`, 'id');
};

/** A moderator's decision: {"status": "accepted" | "rejected", "reason": "..."}; a report is resolved once (409 after). */
export const PATCH: APIRoute = async ({ request, clientAddress, params }) => {
  const refused = refuseUnlessModerator(request, clientAddress);
  if (refused) return refused;
  if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) {
    return problem(415, 'send the decision as application/json: {"status": "accepted" | "rejected", "reason": "..."}', 'content-type');
  }
  const body = await readBody(request, 8192);
  if (body === undefined) return problem(413, 'the decision is over 8192 bytes');
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return problem(400, `the body is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = CorrectionResolution.safeParse(value);
  if (!parsed.success) {
    const { error, field } = correctionProblem(parsed.error);
    return problem(400, error, field);
  }
  if (!ID.test(params.id ?? '')) return problem(404, `no report has the id ${String(params.id).slice(0, 40)}`, 'id');
  const store = await correctionsOrNothing();
  if (!store) return problem(503, STORE_DOWN);
  const result = await store.resolve(params.id as string, parsed.data);
  if ('missing' in result) return problem(404, `no report has the id ${params.id}`, 'id');
  if ('conflict' in result) return problem(409, `report ${params.id} is already ${result.conflict.status}`, 'status');
  return json(result.resolved, 200, NO_STORE);
};

export const ALL: APIRoute = () => problem(405, 'GET a report, or PATCH it with a decision', undefined, { allow: 'GET, PATCH' });
