import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifier } from '../../test/classifier.js';
import { closedPort, startHttpServer } from '../../test/http-server.js';

let server: Awaited<ReturnType<typeof startHttpServer>>;
beforeAll(async () => {
  server = await startHttpServer();
});
afterAll(() => server.close());

describe('classify: fetch Responses', () => {
  it('reads a constructed Response: 429 with Retry-After in seconds', () => {
    const d = classifier.classify(new Response(null, { status: 429, headers: { 'Retry-After': '5' } }));
    expect(d).toMatchObject({
      id: 'http/429',
      kind: 'http',
      status: 429,
      retry: { retryable: true, afterMs: 5000, onlyIfIdempotent: false },
    });
    expect(d.userMessage).not.toMatch(/429|Too Many/);
  });

  it('reads 429 with Retry-After as an HTTP-date, from a real fetch to a loopback server', async () => {
    const response = await fetch(`${server.origin}/429-date`);
    const d = classifier.classify(response);
    expect(d.id).toBe('http/429');
    // The date is whole seconds, 30 s after the request arrived: between 29 and 30 s from now.
    expect(d.retry.afterMs).toBeGreaterThan(28_000);
    expect(d.retry.afterMs).toBeLessThanOrEqual(30_000);
  });

  it('reads 503 with Retry-After from a real fetch, and says who acts', async () => {
    const d = classifier.classify(await fetch(`${server.origin}/503`));
    expect(d).toMatchObject({ id: 'http/503', actor: 'service-operator', retry: { retryable: true, afterMs: 120_000 } });
  });

  it('retries a 502 only for idempotent methods, once told the method', async () => {
    const response = await fetch(`${server.origin}/502`, { method: 'POST' });
    expect(classifier.classify(response).retry).toMatchObject({ retryable: true, onlyIfIdempotent: true });
    expect(classifier.classify(response, { method: 'POST' }).retry).toMatchObject({
      retryable: false,
      onlyIfIdempotent: true,
      maxAttempts: 1,
    });
    expect(classifier.classify(response, { method: 'put' }).retry.retryable).toBe(true);
    expect(classifier.classify(response, { method: 'POST', idempotent: true }).retry.retryable).toBe(true);
  });

  it('reads the OAuth error inside a token endpoint response when given its parsed body', async () => {
    const response = await fetch(`${server.origin}/token`, { method: 'POST' });
    const d = classifier.classify({ status: response.status, headers: response.headers, body: await response.json() });
    expect(d.id).toBe('entra/AADSTS70008');
    expect(d.codes.map((c) => c.id)).toEqual(['entra/AADSTS70008', 'oauth/invalid_grant', 'http/400']);
    expect(d.context).toMatchObject({ traceId: '11111111-2222-3333-4444-555555555555' });
  });

  it('falls back on the status class for a status with no entry, and marks it unknown', () => {
    const d = classifier.classify({ status: 599, headers: {} });
    expect(d).toMatchObject({ known: false, category: 'server', actor: 'service-operator', retry: { onlyIfIdempotent: true } });
    expect(d.id).toBeUndefined();
  });

  it('reads a refused connection from a real fetch (TypeError: fetch failed, cause ECONNREFUSED)', async () => {
    const port = await closedPort();
    const err = await fetch(`http://127.0.0.1:${port}/`).catch((e: unknown) => e);
    const d = classifier.classify(err);
    expect(d).toMatchObject({ kind: 'system', systemCode: 'ECONNREFUSED', category: 'network', retry: { retryable: true } });
    expect(d.userMessage).toBe('The service is having trouble right now. Please try again in a few minutes.');
  });

  it('reads a fetch stopped by AbortSignal.timeout as a timeout, retryable for GET', async () => {
    const err = await fetch(`${server.origin}/slow`, { signal: AbortSignal.timeout(50) }).catch((e: unknown) => e);
    const d = classifier.classify(err, { method: 'GET' });
    expect(d).toMatchObject({ systemCode: 'TimeoutError', category: 'timeout', retry: { retryable: true, onlyIfIdempotent: true } });
  });
});
