import { prop, stringProp } from './headers.js';
import type { Fallback, Reading } from './types.js';

/**
 * Network and runtime failures that carry no protocol code: Node system errors (`err.code`), undici's
 * codes inside `fetch failed`, axios' own codes, and the DOMException names of aborted fetches. Whether a
 * request may have reached the server decides the advice: refused or unresolved connections never did
 * (safe to retry any method); a reset or a timeout may have (idempotent calls only).
 */
const SYSTEM: Record<string, Fallback> = {
  ECONNREFUSED: { title: 'Connection refused', category: 'network', actor: 'service-operator', advice: 'with-backoff' },
  ECONNRESET: { title: 'Connection reset by the peer', category: 'network', actor: 'service-operator', advice: 'idempotent-only' },
  EPIPE: { title: 'Connection closed while writing', category: 'network', actor: 'service-operator', advice: 'idempotent-only' },
  ETIMEDOUT: { title: 'Network operation timed out', category: 'timeout', actor: 'service-operator', advice: 'idempotent-only' },
  ECONNABORTED: { title: 'Request timed out (axios)', category: 'timeout', actor: 'service-operator', advice: 'idempotent-only' },
  EHOSTUNREACH: { title: 'Host unreachable', category: 'network', actor: 'service-operator', advice: 'with-backoff' },
  ENETUNREACH: { title: 'Network unreachable', category: 'network', actor: 'end-user', advice: 'with-backoff' },
  ENETDOWN: { title: 'Network is down', category: 'network', actor: 'end-user', advice: 'with-backoff' },
  EAI_AGAIN: { title: 'DNS lookup failed for now', category: 'network', actor: 'service-operator', advice: 'with-backoff' },
  ENOTFOUND: { title: 'Host name not found (DNS)', category: 'network', actor: 'app-developer', advice: 'after-fix' },
  UND_ERR_CONNECT_TIMEOUT: {
    title: 'Connection timed out (fetch)',
    category: 'timeout',
    actor: 'service-operator',
    advice: 'with-backoff',
  },
  UND_ERR_HEADERS_TIMEOUT: {
    title: 'Response headers timed out (fetch)',
    category: 'timeout',
    actor: 'service-operator',
    advice: 'idempotent-only',
  },
  UND_ERR_BODY_TIMEOUT: {
    title: 'Response body timed out (fetch)',
    category: 'timeout',
    actor: 'service-operator',
    advice: 'idempotent-only',
  },
  UND_ERR_SOCKET: { title: 'Socket closed (fetch)', category: 'network', actor: 'service-operator', advice: 'idempotent-only' },
  ERR_NETWORK: {
    title: 'Network error: offline, blocked, or refused by CORS (axios in a browser)',
    category: 'network',
    actor: 'end-user',
    advice: 'idempotent-only',
  },
  ERR_CANCELED: { title: 'Request cancelled by the caller', category: 'request', actor: 'client-code', advice: 'not-applicable' },
  AbortError: { title: 'Request aborted by the caller', category: 'request', actor: 'client-code', advice: 'not-applicable' },
  TimeoutError: {
    title: 'Request timed out (AbortSignal.timeout)',
    category: 'timeout',
    actor: 'service-operator',
    advice: 'idempotent-only',
  },
  CERT_HAS_EXPIRED: {
    title: "The server's TLS certificate has expired",
    category: 'network',
    actor: 'service-operator',
    advice: 'after-fix',
  },
  DEPTH_ZERO_SELF_SIGNED_CERT: {
    title: 'Self-signed TLS certificate',
    category: 'network',
    actor: 'service-operator',
    advice: 'after-fix',
  },
  SELF_SIGNED_CERT_IN_CHAIN: {
    title: 'Self-signed certificate in the TLS chain',
    category: 'network',
    actor: 'service-operator',
    advice: 'after-fix',
  },
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: {
    title: 'TLS certificate chain incomplete',
    category: 'network',
    actor: 'service-operator',
    advice: 'after-fix',
  },
  ERR_TLS_CERT_ALTNAME_INVALID: {
    title: 'TLS certificate does not name this host',
    category: 'network',
    actor: 'service-operator',
    advice: 'after-fix',
  },
};

/** A browser's fetch rejects with a bare TypeError and no code: the request did not get a response. */
const BROWSER_FETCH_FAILURE: Fallback = {
  title: 'Network request failed: offline, blocked, or refused by CORS',
  category: 'network',
  actor: 'end-user',
  advice: 'idempotent-only',
};

/**
 * Reads a system or network error, following `cause` (Node's fetch wraps the socket error in
 * `TypeError: fetch failed`). Undefined when the value carries none of the codes above.
 */
export function readSystem(error: unknown, depth = 0): Reading | undefined {
  if (depth > 3 || !error || typeof error !== 'object') return undefined;
  const code = stringProp(error, 'code');
  const name = stringProp(error, 'name');
  const key = code && code in SYSTEM ? code : name && name in SYSTEM ? name : undefined;
  if (key) {
    const reading: Reading = { kind: 'system', refs: [], systemCode: key, fallback: SYSTEM[key] as Fallback };
    const message = stringProp(error, 'message');
    if (message) reading.detail = message;
    return reading;
  }
  const inner = readSystem(prop(error, 'cause'), depth + 1);
  if (inner) return inner;
  const message = stringProp(error, 'message') ?? '';
  if (
    name === 'TypeError' &&
    /^(?:failed to fetch|fetch failed|networkerror when attempting to fetch resource\.|load failed)$/i.test(message)
  ) {
    return { kind: 'system', refs: [], systemCode: 'FETCH_FAILED', fallback: BROWSER_FETCH_FAILURE, detail: message };
  }
  return undefined;
}
