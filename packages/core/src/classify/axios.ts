import { prop, stringProp } from './headers.js';
import { httpStatusOf, readHttp } from './http.js';
import { readSystem } from './system.js';
import type { Reading } from './types.js';

/** axios marks its errors with `isAxiosError: true` (and `AxiosError.toJSON()` keeps the response status). */
export function isAxiosError(value: unknown): boolean {
  return prop(value, 'isAxiosError') === true;
}

/**
 * Reads an AxiosError: with a response, as that HTTP response (status, Retry-After, an OAuth error in
 * `data`); without one, as the network failure its `code` names. Either way the method comes from
 * `config.method`, so idempotency can be judged.
 */
export function readAxios(error: unknown, now?: number): Reading | undefined {
  const response = prop(error, 'response');
  const status = httpStatusOf(response) ?? httpStatusOf(error);
  let reading: Reading | undefined;
  if (status !== undefined) reading = readHttp(response ?? error, status, now);
  else reading = readSystem(error);
  if (!reading) return undefined;
  reading.kind = 'axios';
  const code = stringProp(error, 'code');
  if (code && !reading.systemCode && status === undefined) reading.systemCode = code;
  const method = stringProp(prop(error, 'config'), 'method');
  if (method) reading.method = method;
  return reading;
}
