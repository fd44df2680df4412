import { ConfidentialClientApplication, type INetworkModule, type NetworkResponse } from '@azure/msal-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifier } from '../../test/classifier.js';
import { startHttpServer } from '../../test/http-server.js';

const TENANT = '00000000-0000-0000-0000-0000000000aa';
const AUTHORITY = `https://login.microsoftonline.com/${TENANT}`;

let server: Awaited<ReturnType<typeof startHttpServer>>;
beforeAll(async () => {
  server = await startHttpServer();
});
afterAll(() => server.close());

/**
 * MSAL Node's own network hook (system.networkClient), sending every token request to one path of the
 * loopback server: the error then comes out of MSAL's real response handling, as an app would catch it.
 */
function loopback(path: string): INetworkModule {
  const send = async <T>(_url: string, options?: { body?: string; headers?: Record<string, string> }): Promise<NetworkResponse<T>> => {
    const res = await fetch(`${server.origin}${path}`, { method: 'POST', body: options?.body ?? '', headers: options?.headers ?? {} });
    return { headers: Object.fromEntries(res.headers), body: (await res.json()) as T, status: res.status };
  };
  return { sendGetRequestAsync: send, sendPostRequestAsync: send };
}

function app(path: string): ConfidentialClientApplication {
  return new ConfidentialClientApplication({
    auth: {
      clientId: '11111111-1111-1111-1111-111111111111',
      clientSecret: 'not-a-secret',
      authority: AUTHORITY,
      // Given up front so MSAL makes no discovery calls: the token request is the only one.
      authorityMetadata: JSON.stringify({
        token_endpoint: `${AUTHORITY}/oauth2/v2.0/token`,
        authorization_endpoint: `${AUTHORITY}/oauth2/v2.0/authorize`,
        end_session_endpoint: `${AUTHORITY}/oauth2/v2.0/logout`,
        issuer: `https://login.microsoftonline.com/${TENANT}/v2.0`,
        jwks_uri: `https://login.microsoftonline.com/${TENANT}/discovery/v2.0/keys`,
      }),
      cloudDiscoveryMetadata: JSON.stringify({
        tenant_discovery_endpoint: `${AUTHORITY}/v2.0/.well-known/openid-configuration`,
        'api-version': '1.1',
        metadata: [
          { preferred_network: 'login.microsoftonline.com', preferred_cache: 'login.windows.net', aliases: ['login.microsoftonline.com'] },
        ],
      }),
    },
    system: { networkClient: loopback(path) },
  });
}

describe('classify: errors raised by MSAL Node itself from a token endpoint response', () => {
  it('reads the ServerError for an expired grant: AADSTS70008 first, the OAuth error beside it', async () => {
    const err = await app('/token')
      .acquireTokenByRefreshToken({ refreshToken: 'stale', scopes: ['https://graph.microsoft.com/.default'] })
      .catch((e: unknown) => e);
    expect((err as Error).name).toMatch(/ServerError|InteractionRequiredAuthError/);
    const d = classifier.classify(err);
    expect(d.id).toBe('entra/AADSTS70008');
    expect(d.codes.map((c) => c.id)).toContain('oauth/invalid_grant');
    expect(d.context?.traceId).toBe('11111111-2222-3333-4444-555555555555');
  });

  it('reads a throttled client-credentials request', async () => {
    const err = await app('/token-throttled')
      .acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] })
      .catch((e: unknown) => e);
    const d = classifier.classify(err);
    expect(d.codes.map((c) => c.id)).toEqual(expect.arrayContaining(['entra/AADSTS50196', 'oauth/temporarily_unavailable']));
    expect(d).toMatchObject({ kind: 'msal', status: 429, actor: 'app-developer' });
  });
});
