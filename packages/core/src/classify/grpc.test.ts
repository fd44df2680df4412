import {
  credentials,
  type handleUnaryCall,
  Metadata,
  makeGenericClientConstructor,
  Server,
  ServerCredentials,
  type ServiceError,
  status,
} from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifier } from '../../test/classifier.js';
import { closedPort } from '../../test/http-server.js';

// A generic service with no .proto: raw Buffers in and out. The request's first byte is the status the
// server answers with; a second byte of 1 adds a retry pushback to the trailers; 255 never answers.
const identity = (b: Buffer) => b;
const SERVICE = {
  fail: {
    path: '/errata.test.Failer/Fail',
    requestStream: false,
    responseStream: false,
    requestSerialize: identity,
    requestDeserialize: identity,
    responseSerialize: identity,
    responseDeserialize: identity,
  },
} as const;

const fail: handleUnaryCall<Buffer, Buffer> = (call, callback) => {
  const [code = 2, flag = 0] = call.request;
  if (code === 255) return; // hang: the client's deadline ends the call
  const metadata = new Metadata();
  if (flag === 1) metadata.set('grpc-retry-pushback-ms', '1500');
  if (flag === 2) metadata.set('grpc-retry-pushback-ms', '-1');
  callback({ code, details: `the test server answered ${status[code]}`, metadata });
};

const FailerClient = makeGenericClientConstructor(SERVICE, 'Failer');
let server: Server;
let client: InstanceType<typeof FailerClient>;

beforeAll(async () => {
  server = new Server();
  server.addService(SERVICE, { fail });
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))),
  );
  client = new FailerClient(`127.0.0.1:${port}`, credentials.createInsecure());
});

afterAll(() => {
  client.close();
  server.forceShutdown();
});

/** Calls the server and returns the real ServiceError grpc-js rejects with. */
function call(target: InstanceType<typeof FailerClient>, request: number[], deadlineMs = 5_000): Promise<ServiceError> {
  return new Promise((resolve, reject) => {
    const method = (target as unknown as Record<string, (...args: unknown[]) => void>).fail as (...args: unknown[]) => void;
    method.call(target, Buffer.from(request), { deadline: Date.now() + deadlineMs }, (err: ServiceError | null) =>
      err ? resolve(err) : reject(new Error('the call should have failed')),
    );
  });
}

const NAMES = Object.entries(status).filter(([name, n]) => typeof n === 'number' && n > 0 && /^[A-Z_]+$/.test(name)) as [string, number][];

describe('classify: real @grpc/grpc-js errors from a loopback server', () => {
  it.each(NAMES)('reads %s (%i) as its entry', async (name, code) => {
    const err = await call(client, [code]);
    expect(err.code).toBe(code);
    const d = classifier.classify(err);
    expect(d).toMatchObject({ id: `grpc/${name}`, known: true, kind: 'grpc' });
    expect(d.developerMessage).toContain(`Details: the test server answered ${name}.`);
    expect(d.userMessage).not.toContain(name);
  });

  it('advises backoff for UNAVAILABLE and honours the server retry pushback', async () => {
    expect(classifier.classify(await call(client, [status.UNAVAILABLE])).retry).toEqual({
      retryable: true,
      onlyIfIdempotent: false,
      maxAttempts: 3,
    });
    expect(classifier.classify(await call(client, [status.UNAVAILABLE, 1])).retry).toMatchObject({ retryable: true, afterMs: 1500 });
    expect(classifier.classify(await call(client, [status.UNAVAILABLE, 2])).retry).toMatchObject({ retryable: false, maxAttempts: 1 });
  });

  it('does not retry INVALID_ARGUMENT or PERMISSION_DENIED', async () => {
    expect(classifier.classify(await call(client, [status.INVALID_ARGUMENT])).retry.retryable).toBe(false);
    expect(classifier.classify(await call(client, [status.PERMISSION_DENIED])).retry.retryable).toBe(false);
  });

  it('reads a deadline the client set and the server missed as DEADLINE_EXCEEDED, retried only if idempotent', async () => {
    const err = await call(client, [255], 100);
    expect(err.code).toBe(status.DEADLINE_EXCEEDED);
    const d = classifier.classify(err, { idempotent: false });
    expect(d).toMatchObject({ id: 'grpc/DEADLINE_EXCEEDED', retry: { retryable: false, onlyIfIdempotent: true } });
    expect(classifier.classify(err, { idempotent: true }).retry.retryable).toBe(true);
  });

  it('reads a server that is not there as UNAVAILABLE', async () => {
    const port = await closedPort();
    const nowhere = new FailerClient(`127.0.0.1:${port}`, credentials.createInsecure());
    try {
      const err = await call(nowhere, [0], 2_000);
      expect(classifier.classify(err).id).toBe('grpc/UNAVAILABLE');
    } finally {
      nowhere.close();
    }
  });
});
