import { defineMiddleware } from 'astro:middleware';
import { problem } from './lib/http';
import { crossSiteReason, publicOrigins } from './lib/same-origin';
import { SECURITY_HEADERS } from './lib/security-headers.mjs';

const ORIGINS = publicOrigins();

/**
 * For everything rendered on demand: refuse cross-site posts (Astro's own checkOrigin is off so that the answer
 * is our JSON error and also covers JSON bodies), and add the security headers. Static files get the same
 * headers from server.mjs; prerendered pages pass through here only at build time.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  if (context.isPrerendered) return next();
  const refused = crossSiteReason(context.request, ORIGINS);
  const response = refused ? problem(403, refused, 'origin') : await next();
  return withHeaders(response);
});

function withHeaders(response: Response): Response {
  // A page reached through a rewrite keeps the "OK" of the first route whatever its status: drop it, so Node
  // sends the phrase that belongs to the status.
  let out =
    response.statusText === 'OK' && response.status !== 200
      ? new Response(response.body, { status: response.status, headers: response.headers })
      : response;
  try {
    for (const [name, value] of SECURITY_HEADERS) if (!out.headers.has(name)) out.headers.set(name, value);
  } catch {
    // Some responses (redirects made by Response.redirect) have immutable headers: copy them.
    out = new Response(out.body, out);
    for (const [name, value] of SECURITY_HEADERS) if (!out.headers.has(name)) out.headers.set(name, value);
  }
  return out;
}
