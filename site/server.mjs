// The production server: the Astro node adapter's standalone server, with the security headers added to
// every response — static files included, which the adapter serves before any Astro middleware runs —
// and responses compressed for clients that accept it. Same environment as the adapter (HOST, PORT,
// SERVER_CERT_PATH/SERVER_KEY_PATH), plus docs/corrections.md.
import compression from 'compression';
import { SECURITY_HEADERS } from './src/lib/security-headers.mjs';

/**
 * gzip or Brotli, as the client asks, for pages, CSS, scripts and JSON (the browser's search and decode
 * data: about 530 KB, 66 KB with Brotli). Never for moderation or the corrections API:
 * they put reporters' text beside the moderator's session in one response, the mix BREACH needs.
 */
const compress = compression({
  filter: (req, res) => !/^\/(admin|corrections|api\/v1\/corrections)(\/|\?|$)/.test(req.url ?? '') && compression.filter(req, res),
});

process.env.ASTRO_NODE_AUTOSTART = 'disabled';
const { startServer } = await import('./dist/server/entry.mjs');
const { server } = startServer();
const http = server.server;
const [astro] = http.listeners('request');
http.removeAllListeners('request');
http.on('request', (req, res) => {
  for (const [name, value] of SECURITY_HEADERS) res.setHeader(name, value);
  compress(req, res, () => astro.call(http, req, res));
});

// Open the corrections store now rather than on the first report: it is created on first start, and a
// bad DATABASE_URL shows in the log at once.
http.once('listening', async () => {
  const { address, port } = http.address();
  const host = address === '0.0.0.0' || address === '::' ? '127.0.0.1' : address.includes(':') ? `[${address}]` : address;
  const scheme = process.env.SERVER_CERT_PATH ? 'https' : 'http';
  try {
    const response = await fetch(`${scheme}://${host}:${port}/api/v1/health`);
    if (!response.ok) console.error(`errata: the corrections store is not ready (${response.status}); reports will fail until it is`);
  } catch (error) {
    console.error(`errata: could not check the corrections store: ${error.message}`);
  }
});
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => server.stop().finally(() => process.exit(0)));
