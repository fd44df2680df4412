import { headerValue, numberProp, prop, stringProp } from './headers.js';
import type { Reading } from './types.js';

/** A @grpc/grpc-js `ServiceError` (or any `{ code: number, details: string }` status object). */
export function isGrpcError(value: unknown): boolean {
  const code = numberProp(value, 'code');
  return code !== undefined && Number.isInteger(code) && code >= 0 && code <= 16 && typeof stringProp(value, 'details') === 'string';
}

/**
 * Reads a gRPC status: the numeric code, the details for the developer, and the server's retry pushback
 * (`grpc-retry-pushback-ms` in trailing metadata, gRFC A6): a non-negative number of ms to wait, while a
 * negative or malformed value means "do not retry".
 */
export function readGrpc(error: unknown): Reading {
  const code = numberProp(error, 'code') as number;
  const reading: Reading = { kind: 'grpc', refs: [{ provider: 'grpc', code: String(code) }] };
  const details = stringProp(error, 'details');
  if (details) reading.detail = details;
  const pushback = headerValue(prop(error, 'metadata'), 'grpc-retry-pushback-ms');
  if (pushback !== undefined) reading.afterMs = /^\d{1,10}$/.test(pushback) ? Number(pushback) : -1;
  return reading;
}
