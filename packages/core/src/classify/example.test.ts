import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const EXAMPLE = new URL('../../../../docs/examples/fetch-with-retry.mjs', import.meta.url).pathname;

describe('docs/examples/fetch-with-retry.mjs', () => {
  it('runs as documented: retries a 503 as the server asks, then gives up on a POST that hit a 502', () => {
    const run = spawnSync(process.execPath, [EXAMPLE], { encoding: 'utf8', timeout: 20_000 });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim().split('\n')).toEqual([
      'retrying in 1000 ms: http/503 — The service is having trouble right now. Please try again in a few minutes.',
      'retrying in 1000 ms: http/503 — The service is having trouble right now. Please try again in a few minutes.',
      'got 200: hello',
      'POST gave up: The service is having trouble right now. Please try again in a few minutes.',
    ]);
  });
});
