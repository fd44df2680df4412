// Headers for every response: static files (set by site/server.mjs, which wraps the adapter's server) and
// pages and API routes rendered on demand (set again by src/middleware.ts, in case the bare entry is run).
// Plain JavaScript so that both the built server and server.mjs can import it.

/**
 * Scripts only from this origin (Astro's bundled modules; vite's inlining is off in astro.config.mjs). JSON-LD
 * blocks are data, not scripts, so the policy does not apply to them. Styles allow 'unsafe-inline': the CSS
 * is inlined into every page and code colours are style attributes. No external origins at all.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
].join('; ');

/** @type {ReadonlyArray<readonly [string, string]>} */
export const SECURITY_HEADERS = [
  ['Content-Security-Policy', CONTENT_SECURITY_POLICY],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-Frame-Options', 'DENY'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
  // Ignored over plain HTTP; behind a TLS proxy it keeps browsers on HTTPS.
  ['Strict-Transport-Security', 'max-age=31536000'],
];
