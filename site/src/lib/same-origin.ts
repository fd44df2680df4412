/** Methods that change nothing; every other one must come from this site when it comes from a browser. */
export const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Why a state-changing request is refused as cross-site, or undefined when it may proceed.
 * Browsers send Origin with every POST (and Sec-Fetch-Site with every request); it must be this site's own
 * origin — the address the request came to, or the public ERRATA_SITE_URL behind a proxy. A request with
 * neither header is not from a browser (curl, the CLI) and cannot be a forged cross-site submission.
 */
export function crossSiteReason(request: Request, publicOrigins: string[] = []): string | undefined {
  if (SAFE_METHODS.has(request.method)) return undefined;
  const origin = request.headers.get('origin');
  const own = new Set([new URL(request.url).origin, ...publicOrigins]);
  if (origin !== null) {
    return own.has(origin) ? undefined : `cross-site ${request.method} refused: Origin ${origin.slice(0, 200)} is not this site`;
  }
  const site = request.headers.get('sec-fetch-site');
  if (site === 'cross-site' || site === 'same-site') return `cross-site ${request.method} refused (Sec-Fetch-Site: ${site})`;
  return undefined;
}

/** The public origin from ERRATA_SITE_URL, if set and valid. */
export function publicOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  try {
    return env.ERRATA_SITE_URL ? [new URL(env.ERRATA_SITE_URL).origin] : [];
  } catch {
    return [];
  }
}
