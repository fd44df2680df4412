import axios from 'axios';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifier } from '../../test/classifier.js';
import { closedPort, startHttpServer } from '../../test/http-server.js';

let server: Awaited<ReturnType<typeof startHttpServer>>;
beforeAll(async () => {
  server = await startHttpServer();
});
afterAll(() => server.close());

/** The error axios rejects with, from a real request. */
const caught = (request: Promise<unknown>) =>
  request.then(
    () => expect.fail('the request should have failed'),
    (e: unknown) => e,
  );

describe('classify: real axios errors from a loopback server', () => {
  it('reads 429 with Retry-After in seconds', async () => {
    const err = await caught(axios.get(`${server.origin}/429-seconds`));
    expect(axios.isAxiosError(err)).toBe(true);
    const d = classifier.classify(err);
    expect(d).toMatchObject({ id: 'http/429', kind: 'axios', status: 429, retry: { retryable: true, afterMs: 7000 } });
    expect(d.developerMessage).toContain('Method GET.');
  });

  it('reads 429 with Retry-After as an HTTP-date', async () => {
    const d = classifier.classify(await caught(axios.get(`${server.origin}/429-date`)));
    expect(d.retry.afterMs).toBeGreaterThan(28_000);
    expect(d.retry.afterMs).toBeLessThanOrEqual(30_000);
  });

  it('reads 503 as the service operator, retry after the server says', async () => {
    const d = classifier.classify(await caught(axios.get(`${server.origin}/503`)));
    expect(d).toMatchObject({ id: 'http/503', actor: 'service-operator', retry: { retryable: true, afterMs: 120_000 } });
  });

  it('takes the method from config: a 502 on POST is not retried, on GET it is', async () => {
    const post = classifier.classify(await caught(axios.post(`${server.origin}/502`, { order: 1 })));
    expect(post.retry).toMatchObject({ retryable: false, onlyIfIdempotent: true });
    const get = classifier.classify(await caught(axios.get(`${server.origin}/502`)));
    expect(get.retry).toMatchObject({ retryable: true, onlyIfIdempotent: true });
  });

  it('reads the OAuth error and AADSTS code in a token response body (data)', async () => {
    const d = classifier.classify(await caught(axios.post(`${server.origin}/token`, 'grant_type=refresh_token')));
    expect(d.codes.map((c) => c.id)).toEqual(['entra/AADSTS70008', 'oauth/invalid_grant', 'http/400']);
  });

  it('reads a 404 as the app developer, no retry', async () => {
    const d = classifier.classify(await caught(axios.get(`${server.origin}/404`)));
    expect(d).toMatchObject({ id: 'http/404', actor: 'app-developer', retry: { retryable: false } });
  });

  it('reads a refused connection (no response) as ECONNREFUSED', async () => {
    const port = await closedPort();
    const d = classifier.classify(await caught(axios.get(`http://127.0.0.1:${port}/`)));
    expect(d).toMatchObject({ kind: 'axios', systemCode: 'ECONNREFUSED', retry: { retryable: true } });
    expect(d.id).toBeUndefined();
  });

  it('reads an axios timeout as a timeout, retried only for idempotent calls', async () => {
    const get = classifier.classify(await caught(axios.get(`${server.origin}/slow`, { timeout: 50 })));
    expect(get).toMatchObject({ systemCode: 'ECONNABORTED', category: 'timeout', retry: { retryable: true, onlyIfIdempotent: true } });
    const post = classifier.classify(await caught(axios.post(`${server.origin}/slow`, {}, { timeout: 50 })));
    expect(post.retry.retryable).toBe(false);
  });
});
