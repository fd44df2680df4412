import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GOOD } from '../../test/fixture.js';
import { Catalog } from '../catalog/index.js';
import { loadContent } from '../loader/index.js';
import { DecodeInputError, Decoder } from './decode.js';

const REAL = new URL('../../../../content/', import.meta.url).pathname;
const decoder = new Decoder(new Catalog(loadContent(REAL).data));
const ids = (text: string) => decoder.decode(text).map((m) => m.id);

describe('decode', () => {
  it('reads a percent-encoded redirect and points at the code in the original', () => {
    const text =
      'GET /cb?error=access_denied&error_description=AADSTS65004%3a+The+user+declined. HTTP/1.1 400 Bad Request (port 8443, line 404)';
    const matches = decoder.decode(text);
    expect(matches.map((m) => m.id)).toEqual(['oauth/access_denied', 'entra/AADSTS65004', 'http/400']);
    const entra = matches[1];
    expect(text.slice(entra?.start, entra?.end)).toBe('AADSTS65004');
  });

  it('finds each number of an error_codes array inside an escaped JSON string', () => {
    const text = '{"body":"{\\"error\\":\\"interaction_required\\",\\"error_codes\\":[50076,50079]}"}';
    const matches = decoder.decode(text);
    expect(matches.map((m) => [m.id, text.slice(m.start, m.end)])).toEqual([
      ['oauth/interaction_required', 'interaction_required'],
      ['entra/AADSTS50076', '50076'],
      ['entra/AADSTS50079', '50079'],
    ]);
  });

  it('returns trace id, correlation id and timestamp with an Entra error', () => {
    const [m] = decoder.decode(
      'AADSTS50126: Error validating credentials.\r\nTrace ID: 11111111-2222-3333-4444-555555555555\r\nCorrelation ID: 66666666-7777-8888-9999-000000000000\r\nTimestamp: 2026-11-27 08:00:01Z',
    );
    expect(m?.context).toEqual({
      traceId: '11111111-2222-3333-4444-555555555555',
      correlationId: '66666666-7777-8888-9999-000000000000',
      timestamp: '2026-11-27 08:00:01Z',
    });
  });

  it('reports a well-formed unknown AADSTS code as unknown, with the official lookup', () => {
    const [m] = decoder.decode('AADSTS99999991: something new');
    expect(m).toMatchObject({
      id: 'entra/AADSTS99999991',
      known: false,
      lookupUrl: 'https://login.microsoftonline.com/error?code=99999991',
    });
    expect(m?.title).toBeUndefined();
  });

  it('reads gRPC codes as each language prints them', () => {
    expect(ids('rpc error: code = DeadlineExceeded desc = context deadline exceeded')).toEqual(['grpc/DEADLINE_EXCEEDED']);
    expect(ids('Error: 14 UNAVAILABLE: No connection established')).toEqual(['grpc/UNAVAILABLE']);
    expect(ids('status = StatusCode.RESOURCE_EXHAUSTED')).toEqual(['grpc/RESOURCE_EXHAUSTED']);
    expect(ids('grpc-status: 4')).toEqual(['grpc/DEADLINE_EXCEEDED']);
  });

  it('leaves non-error codes out unless asked', () => {
    expect(ids('"GET / HTTP/1.1" 200 512')).toEqual([]);
    expect(decoder.decode('"GET / HTTP/1.1" 200 512', { includeNonErrors: true }).map((m) => m.id)).toEqual(['http/200']);
  });

  it('refuses text over the size limit with a clear error, and non-strings', () => {
    expect(() => decoder.decode('x'.repeat(11), { maxLength: 10 })).toThrow(
      new DecodeInputError('the text is 11 characters, over the limit of 10; decode it in pieces'),
    );
    expect(() => decoder.decode(42 as unknown as string)).toThrow(DecodeInputError);
  });

  it('shifts offsets for callers that decode in pieces', () => {
    expect(decoder.decode('AADSTS50058', { offset: 1000 })[0]).toMatchObject({ start: 1000, end: 1011 });
  });
});

describe('decode with a team provider', () => {
  it('decodes codes of a provider added as data alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'errata-team-'));
    cpSync(GOOD, dir, { recursive: true });
    writeFileSync(
      join(dir, 'providers/acme.yaml'),
      [
        'id: acme',
        'name: ACME billing errors',
        'description: Error codes of the ACME billing service, written ACME- and four digits.',
        'codeForm: ACME- followed by four digits',
        "codePattern: '^ACME-\\d{4}$'",
        'lookupUrl: https://runbooks.acme.test/errors/{code}',
        'sources:',
        '  - title: ACME runbook',
        '    url: https://runbooks.acme.test/',
        'matchers:',
        '  - name: acme-code',
        "    pattern: '\\bACME-(?<code>\\d{4})\\b'",
        "    canonical: 'ACME-{code}'",
        '    confidence: 0.95',
      ].join('\n'),
    );
    mkdirSync(join(dir, 'errors/acme'));
    writeFileSync(
      join(dir, 'errors/acme/ACME-1001.md'),
      '---\nid: acme/ACME-1001\nprovider: acme\ncode: ACME-1001\ntitle: Card declined\nsummary: The payment processor declined the card for this charge.\ncategory: request\nactor: end-user\nretry: after-user-action\nsources:\n  - title: ACME runbook\n    url: https://runbooks.acme.test/1001\nreviewed: 2026-11-01\ndepth: reference\n---\n\n## Meaning\n\nThe card was declined.\n',
    );
    const { data, faults } = loadContent(dir);
    expect(faults).toEqual([]);
    const team = new Decoder(new Catalog(data));
    expect(team.decode('charge failed: ACME-1001 (then ACME-2002)').map((m) => [m.id, m.known, m.lookupUrl])).toEqual([
      ['acme/ACME-1001', true, undefined],
      ['acme/ACME-2002', false, 'https://runbooks.acme.test/errors/ACME-2002'],
    ]);
  });
});

describe('decode safety', () => {
  it('terminates with sane output on random, adversarial and binary input', () => {
    const alphabet = fc.constantFrom(
      ...'AADSTS0123456789 %+\\"\':=,[]{}HTTP/1. status code rpc error UNAVAILABLE_\n\r\t\u0000\uD800\uDFFF'.split(''),
    );
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: alphabet, maxLength: 2000 }), fc.string({ unit: 'binary', maxLength: 2000 })), (text) => {
        for (const m of decoder.decode(text)) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.confidence).toBeGreaterThanOrEqual(0);
          expect(m.confidence).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['a 1 MB line of digits', '4'.repeat(1 << 20)],
    ['a 1 MB line of near-misses', 'AADSTS'.repeat(180_000)],
    ['a 1 MB run of escapes', '%3'.repeat(350_000)],
    ['a 1 MB line of status words', 'status code status code '.repeat(45_000)],
    ['lone surrogates', '\uD800AADSTS50058\uDC00 HTTP/1.1 503'.repeat(20_000)],
  ])('reads %s and terminates (the test timeout catches catastrophic backtracking)', (_, text) => {
    for (const m of decoder.decode(text)) expect(m.end).toBeLessThanOrEqual(text.length);
  });
});
