import { CorrectionInput, correctionProblem } from 'errata/schema';
import { readBody } from '../http.js';

/** The largest report body accepted: five fields of a few KB each. */
export const MAX_REPORT_BODY = 16_384;

/** The form's trap for robots: hidden from people (CSS and aria), filled in by bots that fill in everything. */
export const HONEYPOT = 'website';

/** A problem with a report; `fields` holds what was sent (to fill the form in again), when it could be read. */
export interface ReportProblem {
  status: number;
  error: string;
  field?: string;
  fields?: Record<string, unknown>;
}

export type ReadResult = { report: CorrectionInput } | ReportProblem;

const FORM = /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i;
const JSON_TYPE = /^application\/json\b/i;

/** True for a browser submitting the HTML form (answer with pages), false for API clients (answer with JSON). */
export const isFormPost = (request: Request) =>
  FORM.test(request.headers.get('content-type') ?? '') && /\btext\/html\b/.test(request.headers.get('accept') ?? '');

/** Reads a report sent as a form or as JSON, and validates it against the schema; errors name the field. */
export async function readReport(request: Request): Promise<ReadResult> {
  const type = request.headers.get('content-type') ?? '';
  if (!FORM.test(type) && !JSON_TYPE.test(type)) {
    return {
      status: 415,
      error: 'send the report as application/json or as a form (application/x-www-form-urlencoded)',
      field: 'content-type',
    };
  }
  const body = await readBody(request, MAX_REPORT_BODY);
  if (body === undefined) return { status: 413, error: `the report is over ${MAX_REPORT_BODY} bytes; shorten it` };
  const read = JSON_TYPE.test(type) ? parseJson(body) : await parseForm(body, type);
  if (!read.ok) return { status: 400, error: read.error, ...(read.field && { field: read.field }) };
  const { fields } = read;
  const trap = fields[HONEYPOT];
  if (trap !== undefined && trap !== '')
    return { status: 400, error: `the field "${HONEYPOT}" must be left empty`, field: HONEYPOT, fields };
  delete fields[HONEYPOT];
  const parsed = CorrectionInput.safeParse(fields);
  return parsed.success ? { report: parsed.data } : { status: 400, ...correctionProblem(parsed.error), fields };
}

type Fields = Record<string, unknown>;
type Parsed = { ok: true; fields: Fields } | { ok: false; error: string; field?: string };

function parseJson(body: string): Parsed {
  try {
    const value: unknown = JSON.parse(body);
    if (value && typeof value === 'object' && !Array.isArray(value)) return { ok: true, fields: value as Fields };
    return { ok: false, error: 'the body must be a JSON object: {"target", "problem", "suggestion", "source", "contact"}' };
  } catch (error) {
    return { ok: false, error: `the body is not valid JSON: ${(error as Error).message}` };
  }
}

async function parseForm(body: string, type: string): Promise<Parsed> {
  let form: FormData | URLSearchParams;
  try {
    form = /^multipart\//i.test(type)
      ? await new Response(body, { headers: { 'content-type': type } }).formData()
      : new URLSearchParams(body);
  } catch {
    return { ok: false, error: 'the form data could not be read' };
  }
  const fields: Fields = Object.create(null);
  for (const [key, value] of form.entries()) {
    if (typeof value !== 'string') return { ok: false, error: `the field "${key}" must be text, not a file`, field: key };
    if (Object.hasOwn(fields, key)) return { ok: false, error: `the field "${key}" is sent twice; send it once`, field: key };
    fields[key] = value;
  }
  return { ok: true, fields };
}
