import { prop, stringProp } from './headers.js';
import type { Reading } from './types.js';

/** An OAuth 2.0 / OIDC error response as JSON (RFC 6749 §5.2), with Entra's extra fields. */
export function isOAuthError(value: unknown): boolean {
  return typeof stringProp(value, 'error') === 'string';
}

/** Reads `{ error, error_description, error_codes, suberror, error_uri, trace_id, correlation_id, timestamp }`. */
export function readOAuth(body: unknown): Reading {
  const refs: Reading['refs'] = [];
  const codes = prop(body, 'error_codes');
  if (Array.isArray(codes)) {
    for (const n of codes.slice(0, 20))
      if (Number.isInteger(n) || (typeof n === 'string' && /^\d{1,9}$/.test(n))) refs.push({ provider: 'entra', code: `AADSTS${n}` });
  }
  const error = stringProp(body, 'error');
  if (error) refs.push({ provider: 'oauth', code: error }, { provider: 'msal', code: error });
  const suberror = stringProp(body, 'suberror');
  if (suberror) refs.push({ provider: 'oauth', code: suberror }, { provider: 'msal', code: suberror });
  const reading: Reading = {
    kind: 'oauth',
    refs,
    texts: [stringProp(body, 'error_description') ?? '', stringProp(body, 'error_uri') ?? ''],
  };
  const context: NonNullable<Reading['context']> = {};
  for (const [key, field] of [
    ['traceId', 'trace_id'],
    ['correlationId', 'correlation_id'],
    ['timestamp', 'timestamp'],
  ] as const) {
    const value = stringProp(body, field);
    if (value) context[key] = value;
  }
  if (Object.keys(context).length) reading.context = context;
  return reading;
}

/**
 * The error parameters of an OAuth redirect: `?error=access_denied&error_description=AADSTS65004...` in
 * the query (response_mode=query) or the fragment (fragment, the SPA default). Undefined when the URL
 * carries no `error`.
 */
export function oauthParamsOf(url: string | URL): Record<string, string> | undefined {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return undefined;
  }
  for (const part of [parsed.search, parsed.hash]) {
    const params = new URLSearchParams(part.replace(/^[?#]/, ''));
    const error = params.get('error');
    if (error) {
      const fields: Record<string, string> = {};
      for (const [k, v] of params) if (!(k in fields)) fields[k] = v;
      return fields;
    }
  }
  return undefined;
}

/** A string that is a URL with an OAuth `error` in its query or fragment. */
export function readOAuthUrl(text: string | URL): Reading | undefined {
  if (typeof text === 'string' && !/^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(text.trim())) return undefined;
  const params = oauthParamsOf(typeof text === 'string' ? text.trim() : text);
  return params ? readOAuth(params) : undefined;
}
