import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the loopback server answers on each path. */
const ROUTES: Record<string, (res: ServerResponse, at: number) => void> = {
  '/429-seconds': (res) => send(res, 429, { 'retry-after': '7' }),
  // An HTTP-date 30 s after the moment the request arrived, in IMF-fixdate form.
  '/429-date': (res, at) => send(res, 429, { 'retry-after': new Date(at + 30_000).toUTCString() }),
  '/503': (res) => send(res, 503, { 'retry-after': '120' }),
  '/502': (res) => send(res, 502),
  '/404': (res) => send(res, 404),
  '/token': (res) =>
    send(
      res,
      400,
      { 'content-type': 'application/json' },
      JSON.stringify({
        error: 'invalid_grant',
        error_description: 'AADSTS70008: The provided authorization code or refresh token has expired due to inactivity.',
        error_codes: [70008],
        trace_id: '11111111-2222-3333-4444-555555555555',
        correlation_id: '66666666-7777-8888-9999-000000000000',
      }),
    ),
  // Entra throttling a token request: 429, Retry-After, and an OAuth error body.
  '/token-throttled': (res) =>
    send(
      res,
      429,
      { 'content-type': 'application/json', 'retry-after': '9' },
      JSON.stringify({
        error: 'temporarily_unavailable',
        error_description: 'AADSTS50196: The server terminated an operation because it encountered a client request loop.',
        error_codes: [50196],
      }),
    ),
  '/slow': (res) => {
    setTimeout(() => send(res, 200), 2_000).unref();
  },
};

function send(res: ServerResponse, status: number, headers: Record<string, string> = {}, body = ''): void {
  res.writeHead(status, headers).end(body);
}

/** A real HTTP server on 127.0.0.1 with an ephemeral port; `close` stops it. */
export async function startHttpServer(): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const route = ROUTES[req.url ?? ''];
    if (route) route(res, Date.now());
    else send(res, 404);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A loopback port with nothing listening on it: bind one, note it, close it. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
