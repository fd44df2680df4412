import type { APIContext, APIRoute } from 'astro';
import { type CorrectionList, CorrectionStatus } from 'errata/schema';
import { catalog } from '../../../../lib/catalog';
import { refuseUnlessModerator } from '../../../../lib/corrections/guard';
import { isFormPost, type ReportProblem, readReport } from '../../../../lib/corrections/input';
import { clientOf, reportLimiter } from '../../../../lib/corrections/limits';
import { correctionsOrNothing, STORE_DOWN } from '../../../../lib/corrections/open';
import { json, problem } from '../../../../lib/http';

export const prerender = false;
const NO_STORE = { 'cache-control': 'no-store' };

/**
 * A reader's correction report, as JSON or as the page's form: 201 with the id (JSON), or 303 to the
 * confirmation page (a browser's form). Errors are 4xx JSON naming the field, or the form again with the error.
 */
export const POST: APIRoute = async (context) => {
  const { request } = context;
  const limited = reportLimiter.take(clientOf(request, context.clientAddress));
  if (!limited.ok) {
    const error = `too many reports from this address; try again in ${limited.retryAfter} seconds`;
    return refuse(context, { status: 429, error }, { 'retry-after': String(limited.retryAfter) });
  }
  const read = await readReport(request);
  if ('status' in read) return refuse(context, read);
  const { report } = read;
  if (!catalog().get(report.target)) {
    const error = `the field "target" names no entry, compare guide or playbook: ${report.target}`;
    return refuse(context, { status: 400, error, field: 'target', fields: report });
  }
  const store = await correctionsOrNothing();
  if (!store) return refuse(context, { status: 503, error: STORE_DOWN, fields: report });
  const stored = await store.add(report);
  if (isFormPost(request)) {
    const sent = new URLSearchParams({ sent: stored.id, target: stored.target });
    return new Response(null, { status: 303, headers: { location: `/corrections/?${sent}`, ...NO_STORE } });
  }
  const body = { id: stored.id, status: stored.status, target: stored.target, createdAt: stored.createdAt };
  return json(body, 201, { location: `/api/v1/corrections/${stored.id}`, ...NO_STORE });
};

/** Every report, newest first (moderators only): ?status=new|accepted|rejected|all, ?limit=1..1000. */
export const GET: APIRoute = async ({ request, clientAddress, url }) => {
  const refused = refuseUnlessModerator(request, clientAddress);
  if (refused) return refused;
  const statusParam = url.searchParams.get('status') ?? 'all';
  const status = statusParam === 'all' ? undefined : CorrectionStatus.safeParse(statusParam).data;
  if (statusParam !== 'all' && !status) return problem(400, 'status must be new, accepted, rejected or all', 'status');
  const limit = Number(url.searchParams.get('limit') ?? 100);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) return problem(400, 'limit must be a whole number from 1 to 1000', 'limit');
  const store = await correctionsOrNothing();
  if (!store) return problem(503, STORE_DOWN);
  const body: CorrectionList = { corrections: await store.list({ ...(status && { status }), limit }), counts: await store.counts() };
  return json(body, 200, NO_STORE);
};

export const ALL: APIRoute = () => problem(405, 'POST a report, or GET the list with the admin token', undefined, { allow: 'GET, POST' });

/** JSON clients get the JSON error; a browser's form gets the form again, filled in, with the error beside the field. */
function refuse(context: APIContext, failure: ReportProblem, headers: Record<string, string> = {}): Response | Promise<Response> {
  if (!isFormPost(context.request)) return problem(failure.status, failure.error, failure.field, { ...headers, ...NO_STORE });
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(failure.fields ?? {})) if (typeof value === 'string') values[key] = value;
  context.locals.correctionForm = { status: failure.status, error: failure.error, ...(failure.field && { field: failure.field }), values };
  return context.rewrite(new Request(new URL('/corrections/', context.url), { headers: context.request.headers }));
}
