import { describe, expect, it } from 'vitest';
import { crossSiteReason, publicOrigins } from './same-origin.js';

const post = (headers: Record<string, string>, url = 'http://127.0.0.1:4321/api/v1/corrections') =>
  new Request(url, { method: 'POST', headers });

describe('crossSiteReason', () => {
  it('lets same-origin posts and non-browser clients through', () => {
    expect(crossSiteReason(post({ origin: 'http://127.0.0.1:4321' }))).toBeUndefined();
    expect(crossSiteReason(post({ 'sec-fetch-site': 'same-origin' }))).toBeUndefined();
    expect(crossSiteReason(post({}))).toBeUndefined();
    expect(crossSiteReason(new Request('http://x.test/', { headers: { origin: 'https://evil.test' } }))).toBeUndefined();
  });

  it('refuses posts from other origins, including other ports and the "null" origin', () => {
    expect(crossSiteReason(post({ origin: 'https://evil.test' }))).toContain('Origin https://evil.test is not this site');
    expect(crossSiteReason(post({ origin: 'http://127.0.0.1:9999' }))).toBeDefined();
    expect(crossSiteReason(post({ origin: 'null' }))).toBeDefined();
    expect(crossSiteReason(post({ 'sec-fetch-site': 'cross-site' }))).toContain('Sec-Fetch-Site: cross-site');
    expect(crossSiteReason(new Request('http://x.test/', { method: 'PATCH', headers: { origin: 'https://evil.test' } }))).toBeDefined();
  });

  it('accepts the public origin behind a proxy', () => {
    const origins = publicOrigins({ ERRATA_SITE_URL: 'https://errata.example/' });
    expect(origins).toEqual(['https://errata.example']);
    expect(crossSiteReason(post({ origin: 'https://errata.example' }), origins)).toBeUndefined();
    expect(publicOrigins({ ERRATA_SITE_URL: 'not a url' })).toEqual([]);
  });
});
