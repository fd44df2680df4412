import { connect, createServer, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { classifier, summary } from '../../test/classifier.js';
import { closedPort } from '../../test/http-server.js';
import { Classifier, SummaryFormatError, USER_MESSAGES } from './index.js';

/** The error a real TCP connection to this port ends with. */
function socketError(port: number): Promise<NodeJS.ErrnoException> {
  return new Promise((resolve) => {
    const socket: Socket = connect(port, '127.0.0.1');
    socket.on('error', resolve);
  });
}

describe('classify: Node system errors', () => {
  it('reads ECONNREFUSED from a real refused connection: retry any method, the service is at fault', async () => {
    const err = await socketError(await closedPort());
    expect(err.code).toBe('ECONNREFUSED');
    const d = classifier.classify(err, { method: 'POST' });
    expect(d).toMatchObject({
      kind: 'system',
      systemCode: 'ECONNREFUSED',
      known: false,
      retry: { retryable: true, onlyIfIdempotent: false },
    });
    expect(d.developerMessage).toMatch(/^ECONNREFUSED \(Connection refused\)\. Details: connect ECONNREFUSED 127\.0\.0\.1:\d+\. Who acts/);
  });

  it('reads ECONNRESET from a real reset: the request may have landed, so idempotent calls only', async () => {
    const server = createServer((socket) => socket.resetAndDestroy());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    const err = await socketError(port);
    server.close();
    expect(err.code).toBe('ECONNRESET');
    expect(classifier.classify(err, { method: 'POST' }).retry).toMatchObject({ retryable: false, onlyIfIdempotent: true });
    expect(classifier.classify(err, { method: 'GET' }).retry).toMatchObject({ retryable: true, onlyIfIdempotent: true });
  });
});

describe('classify: OAuth errors', () => {
  it('reads an error response object with Entra fields', () => {
    const d = classifier.classify({
      error: 'invalid_grant',
      error_description: 'AADSTS50173: The provided grant has expired due to it being revoked.',
      error_codes: [50173],
      correlation_id: 'c-1',
    });
    expect(d).toMatchObject({ id: 'entra/AADSTS50173', kind: 'oauth', context: { correlationId: 'c-1' } });
    expect(d.codes.map((c) => c.id)).toEqual(['entra/AADSTS50173', 'oauth/invalid_grant']);
  });

  it('reads a redirect URL with the error in the fragment or the query, as a string or a URL', () => {
    const fragment = 'https://app.example/cb#error=access_denied&error_description=AADSTS65004%3a+User+declined+to+consent&state=x';
    expect(classifier.classify(fragment)).toMatchObject({ id: 'entra/AADSTS65004', kind: 'oauth' });
    const query = new URL('https://app.example/cb?error=consent_required&error_description=AADSTS65001%3A+not+consented');
    expect(classifier.classify(query).codes.map((c) => c.id)).toEqual([
      'entra/AADSTS65001',
      'oauth/consent_required',
      'msal/consent_required',
    ]);
  });
});

describe('classify: strings and numbers', () => {
  it('decodes a pasted message and puts the most specific family first', () => {
    expect(classifier.classify('HTTP/1.1 400 Bad Request: AADSTS50126: Error validating credentials').codes.map((c) => c.id)).toEqual([
      'entra/AADSTS50126',
      'http/400',
    ]);
    expect(classifier.classify('Error: 14 UNAVAILABLE: No connection established').id).toBe('grpc/UNAVAILABLE');
  });

  it('takes a bare code of any family', () => {
    expect(classifier.classify('user_cancelled').id).toBe('msal/user_cancelled');
    expect(classifier.classify('DeadlineExceeded').id).toBe('grpc/DEADLINE_EXCEEDED');
    expect(classifier.classify('invalid_grant').id).toBe('oauth/invalid_grant');
  });

  it('reads 100–599 as HTTP, 0–16 as gRPC, and larger numbers as AADSTS', () => {
    expect(classifier.classify(503).id).toBe('http/503');
    expect(classifier.classify(4).id).toBe('grpc/DEADLINE_EXCEEDED');
    expect(classifier.classify(65004).id).toBe('entra/AADSTS65004');
    expect(classifier.classify(99999991)).toMatchObject({ id: 'entra/AADSTS99999991', known: false, retry: { retryable: false } });
  });

  it('reads any other Error by its message', () => {
    expect(classifier.classify(new Error('upstream said 504 Gateway Timeout')).id).toBe('http/504');
  });
});

describe('classify: what it cannot read', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['an empty object', {}],
    ['a symbol', Symbol('x')],
    ['a bigint', 10n],
    ['NaN', Number.NaN],
    ['an empty string', ''],
    [
      'an object whose getters throw',
      Object.defineProperty({}, 'errorCode', {
        get() {
          throw new Error('boom');
        },
        enumerable: true,
      }),
    ],
    [
      'a revoked proxy',
      (() => {
        const { proxy, revoke } = Proxy.revocable({}, {});
        revoke();
        return proxy;
      })(),
    ],
  ])('answers %s with a cautious decision and no throw', (_, input) => {
    const d = classifier.classify(input);
    expect(d).toMatchObject({ known: false, retry: { retryable: false, maxAttempts: 1 } });
    expect(d.userMessage).toBe('Something went wrong. Please try again, and contact support if it keeps happening.');
  });

  it('reads a megabyte of text without trouble', () => {
    expect(classifier.classify(`${'x '.repeat(500_000)}AADSTS50058`).known).toBe(false);
  });
});

describe('Classifier options', () => {
  it('builds docsUrl under the caller’s origin and uses the caller’s words', () => {
    const own = new Classifier(summary, { docsBase: 'https://errors.example.com/', messages: { cancelled: 'Sign-in was cancelled.' } });
    const d = own.classify('user_cancelled');
    expect(d.docsUrl).toBe('https://errors.example.com/errors/msal/user_cancelled');
    expect(d.userMessage).toBe('Sign-in was cancelled.');
  });

  it('refuses summary data of another format with a reason', () => {
    expect(() => new Classifier({ format: 3, providers: [], entries: {} })).toThrow(SummaryFormatError);
    expect(() => new Classifier({ format: 2, providers: [], entries: [] })).toThrow('"entries" (rows by provider)');
    expect(() => new Classifier(null)).toThrow('summary data must be an object, not null');
    expect(() => new Classifier({ format: 1 })).toThrow('needs "providers" (an array) and "entries" (an array)');
  });

  it('accepts a JSON module namespace ({ default }) as imported', () => {
    expect(new Classifier({ default: summary }).classify(429).id).toBe('http/429');
  });
});

describe('userMessage', () => {
  it('never shows a code, a class name or a snake_case identifier, for any entry', () => {
    const leaks = /\d{3,}|AADSTS|[a-z]+_[a-z]+|[A-Z][a-z]+[A-Z][a-z]+|\b[A-Z]{3,}\b|Error\b/;
    for (const text of Object.values(USER_MESSAGES)) expect(text).not.toMatch(leaks);
    for (const entry of summary.entries) {
      const d = classifier.classify(entry.provider === 'http' ? Number(entry.code) : entry.code);
      // Some codes are spelled the same in two families (consent_required in MSAL and OAuth): both are read.
      expect(
        d.codes.map((c) => c.id),
        `classify(${entry.code})`,
      ).toContain(entry.id);
      expect(d.userMessage).not.toMatch(leaks);
    }
  });
});
