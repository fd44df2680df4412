import { describe, expect, it } from 'vitest';
import { isFormPost, MAX_REPORT_BODY, readReport } from './input.js';

const URL_ = 'http://127.0.0.1/api/v1/corrections';
const GOOD = { target: 'http/429', problem: 'The Retry-After advice is missing.', suggestion: 'Mention Retry-After.' };
const json = (body: unknown) =>
  new Request(URL_, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const form = (fields: [string, string][]) =>
  new Request(URL_, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    body: new URLSearchParams(fields).toString(),
  });

describe('readReport', () => {
  it('reads JSON, a urlencoded form and a multipart form alike', async () => {
    expect(await readReport(json(GOOD))).toEqual({ report: GOOD });
    expect(await readReport(form([...Object.entries(GOOD), ['website', ''], ['source', '']]))).toEqual({ report: GOOD });
    const multipart = new FormData();
    for (const [k, v] of Object.entries(GOOD)) multipart.set(k, v);
    expect(await readReport(new Request(URL_, { method: 'POST', body: multipart }))).toEqual({ report: GOOD });
  });

  it('refuses a filled honeypot, naming it', async () => {
    expect(await readReport(form([...Object.entries(GOOD), ['website', 'http://spam.example']]))).toMatchObject({
      status: 400,
      error: 'the field "website" must be left empty',
      field: 'website',
    });
  });

  it.each([
    [
      'another content type',
      new Request(URL_, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' }),
      415,
      'content-type',
    ],
    ['a body over the limit', json({ ...GOOD, problem: 'x'.repeat(MAX_REPORT_BODY) }), 413, undefined],
    [
      'broken JSON',
      new Request(URL_, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"target":' }),
      400,
      undefined,
    ],
    ['a JSON array', json([GOOD]), 400, undefined],
    ['a field sent twice', form([...Object.entries(GOOD), ['target', 'http/503']]), 400, 'target'],
    ['a missing field', json({ ...GOOD, suggestion: undefined }), 400, 'suggestion'],
    ['an unknown field', json({ ...GOOD, extra: 1 }), 400, 'extra'],
    ['a field named "error"', json({ ...GOOD, error: 'x' }), 400, 'error'],
    ['a form field named "__proto__"', form([...Object.entries(GOOD), ['__proto__', 'x']]), 400, '__proto__'],
  ])('answers %s with %i', async (_, request, status, field) => {
    const result = await readReport(request);
    expect(result).toMatchObject({ status, error: expect.any(String) });
    expect((result as { field?: string }).field).toBe(field);
  });

  it('tells a browser form from an API client', () => {
    expect(isFormPost(form([]))).toBe(true);
    expect(isFormPost(json(GOOD))).toBe(false);
    expect(isFormPost(new Request(URL_, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' } }))).toBe(false);
  });
});
