import { clientKey, RateLimiter } from './rate-limit.js';

const TEN_MINUTES = 10 * 60_000;

/** ERRATA_RATE_LIMIT: reports one client may send in any ten minutes (default 10; 0 turns the limit off). */
export function reportsPerTenMinutes(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.ERRATA_RATE_LIMIT ?? 10);
  return Number.isInteger(n) && n >= 0 ? n : 10;
}

/** New reports, per client. */
export const reportLimiter = new RateLimiter(reportsPerTenMinutes(), TEN_MINUTES);

/** Failed sign-ins and bad bearer tokens, per client: ten wrong guesses per ten minutes. */
export const authLimiter = new RateLimiter(10, TEN_MINUTES);

/** The rate-limit key of the client behind a request (ERRATA_TRUST_PROXY=1 behind a reverse proxy). */
export function clientOf(request: Request, clientAddress: string | undefined): string {
  return clientKey(clientAddress, request.headers.get('x-forwarded-for'), process.env.ERRATA_TRUST_PROXY === '1');
}
