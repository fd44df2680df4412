/**
 * Methods whose intended effect is the same whether a request is sent once or many times (RFC 9110
 * §9.2.2): the safe methods GET, HEAD, OPTIONS and TRACE, plus PUT and DELETE. POST and PATCH are not.
 */
export const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE', 'PUT', 'DELETE']);

/**
 * Whether a request with this method may be repeated after a failure that might have reached the server.
 * Upper-cases first, as fetch and axios spell methods either way (`get`, `GET`).
 */
export function isIdempotent(method: string | undefined): boolean {
  return typeof method === 'string' && IDEMPOTENT_METHODS.has(method.trim().toUpperCase());
}
