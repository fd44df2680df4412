// Serves the built site for the browser tests on a port of their own, so a running `npm start` does not clash.
process.env.HOST = '127.0.0.1';
process.env.PORT = process.env.PORT ?? '4329';
await import('../site/dist/server/entry.mjs');
