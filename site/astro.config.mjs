import node from '@astrojs/node';
import { defineConfig } from 'astro/config';

// Pages are static; the few API routes that take input (decode, corrections) render on demand.
export default defineConfig({
  site: process.env.ERRATA_SITE_URL ?? 'http://localhost:4321',
  output: 'static',
  adapter: node({ mode: 'standalone' }),
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'always' },
  server: { host: process.env.HOST ?? 'localhost', port: Number(process.env.PORT ?? 4321) },
  // Posts are checked by our own middleware (same origin for forms, JSON for the API), with JSON errors.
  security: { checkOrigin: false },
  devToolbar: { enabled: false },
  // Every script stays a file of its own, so the Content-Security-Policy can be script-src 'self' (no inline hashes).
  // Web workers (the /diagnose/ page's) are ES modules, like every other script.
  vite: { build: { assetsInlineLimit: 0 }, worker: { format: 'es' } },
  telemetry: false,
});
